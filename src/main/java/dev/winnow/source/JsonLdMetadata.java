package dev.winnow.source;

import dev.winnow.internal.AuthorNames;
import dev.winnow.internal.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The metadata in a page's JSON-LD blocks: headline, section, author, date, publisher, language,
 * address and description of its article object (a schema.org {@code Article},
 * {@code NewsArticle}, {@code BlogPosting} and kin, found at top level, in an {@code @graph} or
 * nested anywhere), and the section a {@code BreadcrumbList} names. Malformed JSON reads as far
 * as it goes ({@link TolerantJson}); nothing here throws.
 *
 * <p>One instance reads one document; not thread-safe.
 */
final class JsonLdMetadata {
  /** schema.org types of an article's main object. */
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
      "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
      "liveblogposting", "techarticle", "scholarlyarticle", "report", "socialmediaposting",
      "medicalscholarlyarticle", "satiricalarticle", "advertisercontentarticle", "posting");

  /** Types whose author or date is not the page's: a review or comment inside it, a person. */
  private static final Set<String> NOT_AUTHORED = Set.of("review", "comment", "answer", "question", "person",
      "organization", "imageobject");

  /** The most {@code @id} nodes remembered; a page has a few dozen. */
  static final int MAX_IDS = 1_000;

  /** A breadcrumb item with more words than this is the article's own title, not its section. */
  static final int SECTION_MAX_WORDS = 4;

  private final List<Object> values = new ArrayList<>();
  private @Nullable Map<?, ?> article;
  private @Nullable Map<?, ?> anyWithHeadline;
  private @Nullable Map<?, ?> anyWithAuthor;
  private @Nullable Map<?, ?> anyWithDate;
  private @Nullable Map<?, ?> anyWithUpload;
  /** Nodes by their {@code @id}, for an author given as a reference ({@code {"@id": "#person"}}). */
  private final Map<String, Map<?, ?>> byId = new HashMap<>();
  private @Nullable List<?> breadcrumbs;

  /** Reads one script's content. */
  void read(String script) {
    List<Object> read = TolerantJson.readAll(script);
    values.addAll(read);
    Deque<Object> todo = new ArrayDeque<>(read);
    while (!todo.isEmpty()) {
      Object v = todo.pollFirst();
      if (v instanceof Collection<?> c) {
        List<Object> items = new ArrayList<>(c);
        for (int i = items.size() - 1; i >= 0; i--) {
          todo.addFirst(items.get(i));
        }
      } else if (v instanceof Map<?, ?> m) {
        visit(m);
        List<Object> children = new ArrayList<>(m.values());
        for (int i = children.size() - 1; i >= 0; i--) {
          Object child = children.get(i);
          if (child instanceof Map || child instanceof Collection) {
            todo.addFirst(child);
          }
        }
      }
    }
  }

  private void visit(Map<?, ?> m) {
    if (article == null && hasType(m, ARTICLE_TYPES)) {
      article = m;
    }
    if (anyWithHeadline == null && string(m.get("headline")) != null) {
      anyWithHeadline = m;
    }
    if (anyWithAuthor == null && m.get("author") != null && !hasType(m, NOT_AUTHORED)) {
      anyWithAuthor = m;
    }
    if (anyWithUpload == null && m.get("uploadDate") != null) {
      anyWithUpload = m;
    }
    if (anyWithDate == null && (m.get("datePublished") != null || m.get("dateCreated") != null)
        && !hasType(m, NOT_AUTHORED)) {
      anyWithDate = m;
    }
    if (m.get("@id") instanceof String id && m.size() > 1 && byId.size() < MAX_IDS) {
      byId.putIfAbsent(id, m);
    }
    if (breadcrumbs == null && hasType(m, Set.of("breadcrumblist")) && m.get("itemListElement") instanceof List<?> l) {
      breadcrumbs = l;
    }
  }

  private static boolean hasType(Map<?, ?> m, Set<String> types) {
    Object t = m.get("@type");
    if (t instanceof String s) {
      return types.contains(localName(s));
    }
    if (t instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof String s && types.contains(localName(s))) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code "http://schema.org/NewsArticle"} and {@code "schema:NewsArticle"} read {@code newsarticle}. */
  private static String localName(String type) {
    int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return type.substring(cut + 1).trim().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether an article object was found. */
  boolean hasArticle() {
    return article != null;
  }

  @Nullable String headline() {
    Map<?, ?> m = article != null && string(article.get("headline")) != null ? article : anyWithHeadline;
    return m == null ? null : string(m.get("headline"));
  }

  @Nullable String section() {
    return article == null ? null : string(article.get("articleSection"));
  }

  /**
   * The names the article object gives as its author (or creator), each as stated: a string, a
   * {@code Person}'s or {@code Organization}'s name, or the name of the node an {@code @id}
   * reference points to; arrays are read up to {@link AuthorNames#MAX_NAMES}. Addresses are skipped.
   */
  List<String> authors() {
    Map<?, ?> m = article != null && article.get("author") != null ? article : anyWithAuthor;
    List<String> names = new ArrayList<>();
    if (m == null) {
      return names;
    }
    Object a = m.get("author");
    if (a == null) {
      a = m.get("creator");
    }
    if (a instanceof List<?> l) {
      for (Object o : l) {
        if (names.size() >= AuthorNames.MAX_NAMES) {
          break;
        }
        addName(o, names);
      }
    } else {
      addName(a, names);
    }
    return names;
  }

  private void addName(@Nullable Object o, List<String> names) {
    if (o instanceof Map<?, ?> m && m.get("name") == null && m.get("@id") instanceof String id) {
      o = byId.get(id);
    }
    String name = o instanceof Map<?, ?> m ? string(m.get("name")) : string(o);
    if (name != null && !name.startsWith("http://") && !name.startsWith("https://") && !names.contains(name)) {
      names.add(name);
    }
  }

  /** The publisher's name, the site's, which is never an author's. */
  @Nullable String publisher() {
    Map<?, ?> m = article != null ? article : anyWithAuthor;
    if (m != null && m.get("publisher") instanceof Map<?, ?> p) {
      Map<?, ?> node = p.get("name") == null && p.get("@id") instanceof String id ? byId.get(id) : p;
      // A blog's owner may publish as a person: that is an author's name, not a site's.
      return node == null || hasType(node, Set.of("person")) ? null : string(node.get("name"));
    }
    return null;
  }

  /** The article's {@code datePublished}, else its {@code dateCreated}, else another node's. */
  @Nullable String published() {
    String d = article == null ? null : date(article, "datePublished", "dateCreated");
    return d != null || anyWithDate == null ? d : date(anyWithDate, "datePublished", "dateCreated");
  }

  /** A video's or other media object's {@code uploadDate}: the page's date when nothing else states one. */
  @Nullable String uploaded() {
    return anyWithUpload == null ? null : date(anyWithUpload, "uploadDate");
  }

  /** The article's {@code dateModified}, else that of the node that gave the published date. */
  @Nullable String modified() {
    String d = article == null ? null : date(article, "dateModified");
    return d != null ? d : anyWithDate == null ? null : date(anyWithDate, "dateModified");
  }

  private static @Nullable String date(Map<?, ?> m, String... keys) {
    for (String k : keys) {
      String d = IsoDates.normalize(string(m.get(k)));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  @Nullable String siteName() {
    if (article != null && article.get("publisher") instanceof Map<?, ?> p) {
      return string(p.get("name"));
    }
    return null;
  }

  @Nullable String language() {
    return article == null ? null : string(article.get("inLanguage"));
  }

  @Nullable String description() {
    return article == null ? null : string(article.get("description"));
  }

  @Nullable String url() {
    if (article == null) {
      return null;
    }
    String url = string(article.get("url"));
    if (url == null && article.get("mainEntityOfPage") instanceof Map<?, ?> p) {
      url = string(p.get("@id"));
    } else if (url == null) {
      url = string(article.get("mainEntityOfPage"));
    }
    return url;
  }

  /**
   * The breadcrumb's last section: its last item, passing over a first "home" item and a last
   * item long enough to be the article's own title.
   */
  @Nullable String breadcrumbSection() {
    if (breadcrumbs == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (Object o : breadcrumbs) {
      if (o instanceof Map<?, ?> m) {
        String name = string(m.get("name"));
        if (name == null && m.get("item") instanceof Map<?, ?> item) {
          name = string(item.get("name"));
        }
        if (name != null) {
          names.add(name);
        }
      }
    }
    if (!names.isEmpty() && names.get(names.size() - 1).split(" ").length > SECTION_MAX_WORDS) {
      names.remove(names.size() - 1);
    }
    if (names.size() > 1 || (names.size() == 1 && !names.get(0).equalsIgnoreCase("home"))) {
      String last = names.get(names.size() - 1);
      return last.equalsIgnoreCase("home") ? null : last;
    }
    return null;
  }

  List<Object> values() {
    return values;
  }

  /** The value as folded text: a string as is, the first string of a list, else null. */
  private static @Nullable String string(@Nullable Object o) {
    if (o instanceof List<?> l && !l.isEmpty()) {
      o = l.get(0);
    }
    if (o instanceof String s) {
      String t = Texts.fold(s);
      return t.isEmpty() ? null : org.jsoup.parser.Parser.unescapeEntities(t, false);
    }
    return null;
  }
}
