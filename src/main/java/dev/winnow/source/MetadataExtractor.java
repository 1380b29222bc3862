package dev.winnow.source;

import dev.winnow.block.PageMetadata;
import dev.winnow.internal.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Collects what an HTML page says about itself while {@link HtmlBlockBuilder} walks it: the
 * {@code <title>}, {@code <meta>} tags (Open Graph, Twitter, article, Dublin Core, Parse.ly),
 * the canonical link, the document language, microdata dates and JSON-LD (read by
 * {@link JsonLdMetadata}). {@link #build()} then picks each field by a fixed precedence:
 *
 * <ul>
 *   <li>headline: JSON-LD {@code headline}, {@code og:title}, {@code twitter:title}, the first
 *       {@code <h1>} inside an article or main element, the {@code <title>}, the first
 *       {@code <h1>}; the three titles lose their site name ({@link TitleCleaner});
 *   <li>section: {@code article:section}, JSON-LD {@code articleSection}, Parse.ly's section,
 *       the JSON-LD breadcrumb;
 *   <li>byline: JSON-LD {@code author}, {@code author} and {@code article:author} metas (not
 *       when they are addresses);
 *   <li>published: JSON-LD {@code datePublished}, {@code article:published_time} and its kin,
 *       microdata {@code datePublished}, all normalized to ISO 8601 ({@link IsoDates}) or dropped;
 *   <li>site name, language, canonical address, description: from their usual tags.
 * </ul>
 * Nothing is guessed: a field no tag states stays {@code null}.
 *
 * <p>One instance reads one document; not thread-safe.
 */
final class MetadataExtractor {
  /** Meta names and properties read, lower-cased, each with the first value the page gives. */
  private final Map<String, String> metas = new HashMap<>();
  private final JsonLdMetadata jsonLd = new JsonLdMetadata();
  private @Nullable String title;
  private @Nullable String language;
  private @Nullable String canonical;
  private @Nullable String microdataDate;
  private @Nullable String contentH1;
  private @Nullable String firstH1;

  /** Looks at one element of the walk (its normal name and attribute count given); cheap for the rest. */
  void onElement(Element e, String tag, int attributes) {
    if ("title".equals(tag)) {
      if (title == null && Parser.NamespaceHtml.equals(e.tag().namespace())) {
        title = nonEmpty(Texts.fold(e.text()));
      }
      return;
    }
    if (attributes == 0) {
      return;
    }
    switch (tag) {
      case "html" -> language = firstNonEmpty(language, e.attr("lang"));
      case "meta" -> onMeta(e);
      case "link" -> {
        if (canonical == null && "canonical".equalsIgnoreCase(e.attr("rel").trim())) {
          canonical = nonEmpty(e.attr("href").trim());
        }
      }
      case "script" -> {
        if (e.attr("type").trim().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
          jsonLd.read(scriptData(e));
        }
      }
      default -> { }
    }
    if (microdataDate == null && "datePublished".equals(e.attr("itemprop"))) {
      String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
      microdataDate = IsoDates.normalize(v);
    }
  }

  /** Notes the text of an {@code <h1>} block, and whether it sits in an article or main element. */
  void onHeading(String text, boolean inContent) {
    if (firstH1 == null) {
      firstH1 = text;
    }
    if (inContent && contentH1 == null) {
      contentH1 = text;
    }
  }

  private void onMeta(Element e) {
    String key = e.attr("property");
    if (key.isEmpty()) {
      key = e.attr("name");
    }
    if (key.isEmpty()) {
      key = e.attr("itemprop");
    }
    if (key.isEmpty()) {
      key = e.attr("http-equiv");
    }
    String content = Texts.fold(e.attr("content"));
    if (!key.isEmpty() && !content.isEmpty()) {
      metas.putIfAbsent(key.trim().toLowerCase(Locale.ROOT), content);
    }
  }

  private static String scriptData(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof DataNode d) {
        sb.append(d.getWholeData());
      }
    }
    return sb.toString();
  }

  /** The metadata, each field by the precedence in the class comment. */
  PageMetadata build() {
    String siteName = first(meta("og:site_name"), jsonLd.siteName(), meta("application-name"));
    String headline = first(jsonLd.headline(), cleanTitle(meta("og:title"), siteName),
        cleanTitle(meta("twitter:title"), siteName), contentH1, cleanTitle(title, siteName), firstH1);
    String section = first(meta("article:section"), jsonLd.section(), meta("parsely-section"), jsonLd.breadcrumbSection());
    String byline = first(jsonLd.author(), notAddress(meta("author")), notAddress(meta("article:author")),
        notAddress(meta("parsely-author")), notAddress(meta("byl")));
    String published = firstDate(jsonLd.published(), "article:published_time", "og:article:published_time",
        "datepublished", "parsely-pub-date", "pubdate", "publish-date", "sailthru.date", "dc.date.issued",
        "dcterms.created", "date");
    String lang = first(nonEmpty(language == null ? "" : language.trim()), meta("content-language"),
        locale(meta("og:locale")), jsonLd.language());
    String url = first(canonical, meta("og:url"), jsonLd.url());
    String description = first(meta("og:description"), meta("description"), meta("twitter:description"),
        jsonLd.description());
    return new PageMetadata(title, headline, section, byline, published, siteName, lang, url, description);
  }

  /** The first of the stated dates that reads as a date: JSON-LD's, the named metas', microdata's. */
  private @Nullable String firstDate(@Nullable String jsonLdDate, String... metaKeys) {
    if (jsonLdDate != null) {
      return jsonLdDate;
    }
    for (String key : metaKeys) {
      String d = IsoDates.normalize(meta(key));
      if (d != null) {
        return d;
      }
    }
    return microdataDate;
  }

  private @Nullable String meta(String key) {
    return metas.get(key);
  }

  private static @Nullable String cleanTitle(@Nullable String t, @Nullable String siteName) {
    return t == null ? null : TitleCleaner.clean(t, siteName);
  }

  /** {@code en_US} as a BCP 47 tag, {@code en-US}. */
  private static @Nullable String locale(@Nullable String v) {
    return v == null ? null : v.replace('_', '-');
  }

  private static @Nullable String notAddress(@Nullable String v) {
    return v == null || v.startsWith("http://") || v.startsWith("https://") || v.startsWith("/") ? null : v;
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static @Nullable String firstNonEmpty(@Nullable String a, String b) {
    return a != null ? a : nonEmpty(b);
  }

  private static @Nullable String nonEmpty(String s) {
    return s.isEmpty() ? null : s;
  }

  /** For tests: the JSON-LD values read so far. */
  List<Object> jsonLdValues() {
    return jsonLd.values();
  }
}
