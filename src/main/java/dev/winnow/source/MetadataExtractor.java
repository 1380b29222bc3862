package dev.winnow.source;

import dev.winnow.block.PageMetadata;
import dev.winnow.internal.AuthorNames;
import dev.winnow.internal.Texts;
import dev.winnow.internal.VisibleDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
 *       on a wiki's page, which states only its last edit, that edit's day and its editor;
 *   <li>site name, language, canonical address, description: from their usual tags.
 * </ul>
 * Nothing is guessed: a field no tag states stays {@code null}.
 *
 * <p>One instance reads one document; not thread-safe.
 */
final class MetadataExtractor {
  /** Metas that state the publication date, most trusted first. */
  private static final List<String> PUBLISHED_KEYS = List.of("article:published_time", "og:article:published_time",
      "og:published_time", "datepublished", "parsely-pub-date", "pubdate", "publish-date", "publishdate",
      "publish_date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dcterms.created",
      "citation_publication_date", "citation_date");

  /**
   * Metas that state some date of the page without saying which: content systems fill them with
   * the day the page was generated or last saved as often as with the publication day, so a
   * microdata {@code datePublished} goes before them.
   */
  private static final List<String> GENERIC_DATE_KEYS = List.of("dc.date", "dcterms.date", "date");

  /** Metas that state the last change. */
  private static final List<String> MODIFIED_KEYS = List.of("article:modified_time", "og:updated_time",
      "og:article:modified_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified");

  /**
   * Class words of a part of an {@code <h1>} that is not the headline: the kicker above it
   * ({@code <span class="dachzeile">}, {@code overline}, {@code roofline}) or the subtitle under it.
   */
  private static final HintPatterns HEADING_EXTRAS = HintPatterns.of("kicker*", "*kicker", "overline*",
      "*overline", "strapline*", "roofline*", "*roofline", "dachzeile*", "topline*", "*topline", "eyebrow*", "spitzmarke*",
      "supertitle*", "overtitle*", "pretitle*", "preheadline*", "*subtitle", "subtitle*", "subline*",
      "subheadline*", "*subheadline", "date", "*date", "element-invisible", "sr-only", "screen-reader-text",
      "visually-hidden", "visuallyhidden", "=invisible");

  /**
   * Class words of the part of an {@code <h1>} that holds the headline itself, beside a kicker
   * whose class says nothing: {@code <h1><span class="green">Energy</span><span class="headline">
   * Council cuts bioenergy</span></h1>}.
   */
  private static final HintPatterns HEADLINE_PART = HintPatterns.of("headline", "=title");

  /**
   * Hint words of an {@code <h1>} that mark it as the entry's title: hAtom's {@code entry-title},
   * which WordPress themes print, and schema.org microdata's {@code headline}.
   */
  private static final HintPatterns ENTRY_TITLE = HintPatterns.of("entry-title", "headline", "post-title");

  /** Metas that name the author. */
  private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "parsely-author", "byl",
      "dc.creator", "dcterms.creator", "sailthru.author", "citation_author");

  /** The words that credit a dated line to its writer inside it, a space either side. */
  private static final List<String> INNER_CREDITS = List.of(" by ", " von ", " par ", " por ", " door ");

  /**
   * The ids of the line where wiki engines state a page's last edit: MediaWiki's footer ("Diese
   * Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.") and MoinMoin's page info
   * ("BeginnersGuide (last edited 2019-11-10 13:28:18 by MatsWichmann)").
   */
  private static final Set<String> WIKI_LAST_EDIT_IDS = Set.of("footer-info-lastmod", "pageinfo");

  /** The candidates after the chosen one read for a byline that names more authors. */
  static final int MAX_MORE_LINES = 6;

  /** Elements remembered before each {@code <h1>} for a date line above it; a power of two. */
  static final int RECENT = 4;

  /** The {@code <h1>}s kept of each kind: a page has one or two, a few have a dozen. */
  static final int MAX_HEADINGS = 8;

  /** A headline with fewer letters than this may stand in a byline by chance ("Home"). */
  static final int MIN_HEADLINE_LETTERS = 8;

  /** The date lines nearest the headline read for the day it shows: the day stands right by it. */
  static final int MAX_SHOWN_LINES = 4;

  /** No page on the web was published before this day. */
  static final String EARLIEST_PUBLISHED = "1995-01-01";

  /** Meta names and properties read, lower-cased, each with the first value the page gives. */
  private final Map<String, String> metas = new HashMap<>();
  private final JsonLdMetadata jsonLd = new JsonLdMetadata();
  private @Nullable String title;
  private @Nullable String language;
  private @Nullable String canonical;
  private @Nullable String microdataDate;
  private @Nullable String microdataModified;
  private @Nullable String microdataDateKey;
  /** The text of a wiki engine's last-edit line ({@link #WIKI_LAST_EDIT_IDS}), or null. */
  private @Nullable String lastEditLine;
  private final MarkupClues clues = new MarkupClues();
  /** {@link MarkupClues#dateLines}, once {@link #build} has anchored the clues on the headline. */
  private @Nullable List<String> dateLines;
  /** The {@code <h1>} texts, those in an article or main element first, each part in page order. */
  private final List<String> contentH1s = new ArrayList<>();
  private final List<String> otherH1s = new ArrayList<>();
  /** The {@code <h1>}s with a kicker or subtitle part: their letters whole, and their text without it. */
  private final Map<String, String> headingsWithoutExtras = new HashMap<>();
  /** The letters of the {@code <h1>}s the markup marks as the entry's title. */
  private final Set<String> markedHeadings = new HashSet<>();
  /** Their texts, in page order. */
  private final List<String> markedH1s = new ArrayList<>();
  /** The letters of the {@code <h1>}s that are a link to the site's front page and nothing else: its logo. */
  private final Set<String> homeHeadings = new HashSet<>();
  /** The text of the first such {@code <h1>}: the site's name as its logo shows it. */
  private @Nullable String homeName;
  private int h1s;
  /** The last {@link #RECENT} elements of the walk, a ring: what stands just before an {@code <h1>}. */
  private final Element[] recent = new Element[RECENT];
  private int recentCount;

  /** Looks at one element of the walk (its normal name and attribute count given); cheap for the rest. */
  void onElement(Element e, String tag, int attributes) {
    if ("title".equals(tag)) {
      if (title == null && Parser.NamespaceHtml.equals(e.tag().namespace())) {
        title = nonEmpty(Texts.fold(e.text()));
      }
      return;
    }
    if ("h1".equals(tag) && ++h1s <= 2 * MAX_HEADINGS) {
      noteHeadingExtras(e);
      clues.onBeforeHeading(e, recentInOrder());
    }
    recent[recentCount++ & (RECENT - 1)] = e;
    if (attributes == 0) {
      if (clues.readsPlainElements()) {
        clues.onPlainElement(e);
      } else if ("b".equals(tag) || "strong".equals(tag)) {
        clues.onBoldLabel(e);
      }
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
    String itemprop = e.attributes().get("itemprop");
    if ((microdataDate == null || "uploadDate".equals(microdataDateKey)) && "datePublished".equals(itemprop)) {
      microdataDateKey = itemprop;
      microdataDate = IsoDates.normalize(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
    } else if (microdataDate == null && "uploadDate".equals(itemprop)) {
      microdataDateKey = itemprop;
      microdataDate = IsoDates.normalize(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
    } else if (microdataModified == null && "dateModified".equals(itemprop)) {
      microdataModified = IsoDates.normalize(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
    }
    if (!"meta".equals(tag) && !"link".equals(tag) && !"script".equals(tag)) {
      clues.onElement(e, tag, itemprop);
    }
    if (lastEditLine == null && ("li".equals(tag) || "p".equals(tag)) && WIKI_LAST_EDIT_IDS.contains(e.id())) {
      lastEditLine = MarkupClues.text(e);
    }
  }

  /** The remembered elements, oldest first. */
  private Element[] recentInOrder() {
    Element[] out = new Element[RECENT];
    for (int i = 0; i < RECENT; i++) {
      out[i] = recent[(recentCount + i) & (RECENT - 1)];
    }
    return out;
  }

  /**
   * Notes the text of an {@code <h1>} without its kicker or subtitle, when a child element's
   * class says it holds one ({@link #HEADING_EXTRAS}) or it ends in a {@code <small>}, and other
   * text remains: {@code <h1><span class="dachzeile">Nach der Wahl</span> Koalition steht</h1>}
   * reads "Koalition steht".
   */
  private void noteHeadingExtras(Element h1) {
    String marks = HintWords.of(h1);
    if (!marks.isEmpty() && ENTRY_TITLE.matches(marks)) {
      String whole = Texts.fold(h1.text());
      if (whole.length() <= HeadlineChooser.MAX_CHARS) {
        markedHeadings.add(headingKey(whole));
      }
    }
    if (HomeLinks.isLogo(h1)) {
      String whole = Texts.fold(h1.text());
      if (whole.length() <= HeadlineChooser.MAX_CHARS) {
        homeHeadings.add(headingKey(whole));
      }
      return;
    }
    String own = marks;
    if (!own.isEmpty() && HEADING_EXTRAS.matches(own)) {
      String whole = Texts.fold(h1.text());
      if (whole.length() <= HeadlineChooser.MAX_CHARS) {
        headingsWithoutExtras.put(headingKey(whole), ""); // all kicker
      }
      return;
    }
    int n = h1.childrenSize();
    if (n == 0 || n > MAX_HEADINGS) {
      return;
    }
    List<Element> extras = new ArrayList<>();
    Element headlinePart = null;
    for (int i = 0; i < n; i++) {
      Element c = h1.child(i);
      String hints = HintWords.of(c);
      boolean small = i == n - 1 && "small".equals(c.normalName());
      if (small || (!hints.isEmpty() && HEADING_EXTRAS.matches(hints))) {
        extras.add(c);
      } else if (headlinePart == null && n > 1 && !hints.isEmpty() && HEADLINE_PART.matches(hints)) {
        headlinePart = c;
      }
    }
    if (headlinePart != null) {
      noteHeadlinePart(h1, headlinePart);
      return;
    }
    if (extras.isEmpty()) {
      return;
    }
    for (Element extra : extras) {
      clues.onHeadingExtra(extra);
    }
    String whole = Texts.fold(h1.text());
    if (whole.length() > HeadlineChooser.MAX_CHARS) {
      return;
    }
    StringBuilder rest = new StringBuilder();
    for (Node c : h1.childNodes()) {
      if (c instanceof TextNode t) {
        rest.append(t.getWholeText()).append(' ');
      } else if (c instanceof Element el && !extras.contains(el)) {
        rest.append(el.text()).append(' ');
      }
    }
    String clean = Texts.fold(rest);
    if (HeadlineChooser.words(clean).size() >= 2) {
      headingsWithoutExtras.put(headingKey(whole), clean);
    }
  }

  /** Notes the text of the part of an {@code <h1>} whose class says it is the headline, when it has two words or more. */
  private void noteHeadlinePart(Element h1, Element part) {
    String whole = Texts.fold(h1.text());
    String clean = Texts.fold(part.text());
    if (whole.length() <= HeadlineChooser.MAX_CHARS && HeadlineChooser.words(clean).size() >= 2) {
      headingsWithoutExtras.put(headingKey(whole), clean);
    }
  }

  /** Notes the text of an {@code <h1>} block, and whether it sits in an article or main element. */
  void onHeading(String blockText, boolean inContent) {
    if (!homeHeadings.isEmpty() && blockText.length() <= HeadlineChooser.MAX_CHARS
        && homeHeadings.contains(headingKey(blockText))) {
      homeName = homeName == null ? blockText : homeName;
      clues.onHeadline(inContent, blockText); // a window for byline and date lines all the same
      return; // the site's logo, never the headline
    }
    List<String> h1s = inContent ? contentH1s : otherH1s;
    String text = blockText;
    if (!headingsWithoutExtras.isEmpty() && blockText.length() <= HeadlineChooser.MAX_CHARS) {
      String clean = headingsWithoutExtras.get(headingKey(blockText));
      text = clean != null ? clean : blockText;
    }
    clues.onHeadline(inContent, text);
    if (!markedHeadings.isEmpty() && markedH1s.size() < MAX_HEADINGS && blockText.length() <= HeadlineChooser.MAX_CHARS
        && markedHeadings.contains(headingKey(blockText))) {
      markedH1s.add(text);
    }
    if (h1s.size() < MAX_HEADINGS && !text.isBlank()) {
      h1s.add(text.length() > HeadlineChooser.MAX_CHARS ? text.substring(0, HeadlineChooser.MAX_CHARS) : text);
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
    List<String> headings = new ArrayList<>(contentH1s);
    headings.addAll(otherH1s);
    List<@Nullable String> metaTitles = new ArrayList<>();
    metaTitles.add(jsonLd.headline());
    metaTitles.add(meta("og:title"));
    metaTitles.add(meta("twitter:title"));
    metaTitles.add(first(meta("dc.title"), meta("dcterms.title")));
    String headline = HeadlineChooser.choose(metaTitles, headings, markedH1s, title, first(siteName, homeName),
        hostLabel(first(canonical, meta("og:url"), jsonLd.url())));
    clues.anchorOn(headline);
    String section = first(meta("article:section"), jsonLd.section(), meta("parsely-section"), jsonLd.breadcrumbSection());
    String lang = first(nonEmpty(language == null ? "" : language.trim()), meta("content-language"),
        locale(meta("og:locale")), jsonLd.language());
    String url = first(canonical, meta("og:url"), jsonLd.url());
    List<String> authors = authors(siteName, url, headline);
    String modified = firstDate(jsonLd.modified(), MODIFIED_KEYS);
    if (modified == null) {
      modified = microdataModified;
    }
    if (modified == null && lastEditLine != null) {
      modified = VisibleDates.find(lastEditLine, lang);
    }
    String published = published(modified, lang, url);
    if (published == null && modified != null && lastEditLine != null) {
      published = modified; // a page that states only its last change, as a wiki's page does, is of that day
    }
    // A UTC instant is the page's own day only where its readers live: convert it to their zone.
    java.time.ZoneId zone = IsoDates.zoneOf(lang);
    published = published == null ? null : IsoDates.inZone(published, zone);
    modified = modified == null ? null : IsoDates.inZone(modified, zone);
    if (modified != null && published != null && day(modified).compareTo(day(published)) < 0) {
      modified = null; // a change before the publication is some other date
    }
    String description = first(meta("og:description"), meta("description"), meta("twitter:description"),
        jsonLd.description());
    String ogType = meta("og:type");
    String type = jsonLd.hasArticle() || (ogType != null && ogType.toLowerCase(Locale.ROOT).startsWith("article"))
        ? "article" : ogType == null ? null : ogType.toLowerCase(Locale.ROOT);
    return new PageMetadata(title, headline, section, AuthorNames.join(authors), authors, published, modified,
        siteName, lang, url, description, type);
  }

  /**
   * The authors, from the first source that names one credibly: JSON-LD, then the author metas,
   * then the byline markup nearest the headline. A source whose only name is the site's loses, and
   * a line whose names are all words of the headline is the title block, not a byline ({@code
   * "Yellow Vests and I December 4, 2018"} under the headline "Yellow Vests and I" names no author).
   */
  private List<String> authors(@Nullable String siteName, @Nullable String url, @Nullable String headline) {
    String headlineLetters =
        headline == null || headline.length() > HeadlineChooser.MAX_CHARS ? "" : Texts.lettersAndDigits(headline);
    List<String> sites = new ArrayList<>();
    for (String s : new String[] {siteName, jsonLd.publisher(), meta("application-name"), meta("og:site_name")}) {
      if (s != null) {
        sites.add(Texts.lettersAndDigits(s));
      }
    }
    String host = hostLabel(url);
    if (host != null) {
      sites.add(host);
    }
    List<String> lines = new ArrayList<>(jsonLd.authors());
    if (lines.size() > 1) {
      lines = new ArrayList<>(List.of(String.join("; ", lines)));
    }
    for (String key : AUTHOR_KEYS) {
      lines.add(meta(key));
    }
    for (int i = 1; i <= 4; i++) {
      String label = meta("twitter:label" + i);
      if (label != null && isAuthorLabel(label)) {
        lines.add(meta("twitter:data" + i));
      }
    }
    lines.addAll(clues.authorLines());
    lines.addAll(datedBylines());
    if (lastEditLine != null) {
      lines.add(innerCredit(lastEditLine)); // a wiki's last editor, when nothing else names one
    }
    // The Twitter card's creator, last: mostly the site's "@handle", which names no one and is
    // dropped, but a bare account name is the writer's login where a page states nothing else.
    lines.add(meta("twitter:creator"));
    List<String> weak = List.of();
    for (String line : lines) {
      if (line == null) {
        continue;
      }
      List<String> names = AuthorNames.parse(line, null); // the site name is weak here, not gone
      if (names.isEmpty() || inHeadline(names, headlineLetters)) {
        continue;
      }
      boolean strong = false;
      for (String n : names) {
        strong |= !isSiteLike(n, sites) && !isHandle(n);
      }
      if (strong) {
        return withMoreNames(names, lines, line);
      }
      if (weak.isEmpty()) {
        weak = names;
      }
    }
    if (!weak.isEmpty()) {
      return weak; // the site's name or a handle, when nothing better names the author
    }
    return deskName(); // "Staff Writer": a desk stated as the author, when no one else is named
  }

  /**
   * The desk, team or forum that the structured data's author or a byline in the author markup
   * names where it names no person ({@code "author": {"@type": "Person", "name": "Staff and news
   * service reports"}}, {@code <span class="author-name">By Staff Writer</span>}): what the page
   * states as its author, which {@link AuthorNames#parse} drops as a job title or as prose. Empty
   * when neither states one; a markup line counts only when it opens as a byline ("By").
   */
  private List<String> deskName() {
    for (String line : jsonLd.authors()) {
      String desk = AuthorNames.deskName(line);
      if (desk != null) {
        return List.of(desk);
      }
    }
    for (String line : clues.authorLines()) {
      String desk = AuthorNames.opensByline(line) ? AuthorNames.deskName(line) : null;
      if (desk != null) {
        return List.of(desk);
      }
    }
    return List.of();
  }

  /** Whether every name is part of the headline, given as its letters. */
  private static boolean inHeadline(List<String> names, String headlineLetters) {
    if (headlineLetters.length() < MIN_HEADLINE_LETTERS) {
      return false;
    }
    for (String n : names) {
      if (!headlineLetters.contains(Texts.lettersAndDigits(n))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The date lines near the headline that credit the date to full names ({@code "11.12.2019 - Ann
   * Lee"}, {@code "Posted on May 4, 2022 by Ann Lee"}), each as the names it gives: the last
   * resort, for pages whose only byline is the one beside the date.
   */
  private List<String> datedBylines() {
    List<String> out = new ArrayList<>();
    for (String line : dateLines()) {
      if (line.length() > AuthorNames.MAX_LINE) {
        continue;
      }
      if (Character.isDigit(line.charAt(0)) || AuthorNames.opensByline(line)) {
        List<String> names = AuthorNames.parse(line, null);
        if (AuthorNames.allFullNames(names)) {
          out.add(String.join("; ", names));
          continue;
        }
      }
      String credit = innerCredit(line);
      if (credit != null) {
        out.add(credit);
      }
    }
    return out;
  }

  /**
   * The names a dated line credits inside it, after "by" and before the date or "on": {@code
   * "Posted in News by ann_lee on August 3, 2019"}, {@code "Publiziert am 13. Januar 2014 von
   * Ann Lee"}; the form blog themes print under a post's title. A single word is kept too (the
   * writer's login is all many blogs show), but counts as a handle, weaker than a full name.
   * Null when the line states no date or credits no one.
   */
  private @Nullable String innerCredit(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String by : INNER_CREDITS) {
      int at = lower.indexOf(by);
      if (at > 0 && VisibleDates.find(line, language) != null) {
        List<String> names = AuthorNames.parse(line.substring(at + 1), null);
        return names.isEmpty() ? null : String.join("; ", names);
      }
    }
    return null;
  }

  /**
   * The names, or a later candidate's when it names all of them and more, each a full name: a
   * meta that names the first author loses to the byline that names all three.
   */
  private static List<String> withMoreNames(List<String> names, List<@Nullable String> lines, String chosen) {
    boolean after = false;
    int read = 0;
    List<String> best = names;
    for (String line : lines) {
      if (line == chosen) {
        after = true;
        continue;
      }
      if (!after || line == null || line.indexOf(',') < 0 && line.indexOf(';') < 0 && line.indexOf(' ') < 0) {
        continue;
      }
      if (++read > MAX_MORE_LINES) {
        break;
      }
      List<String> more = AuthorNames.parse(line, null);
      if (more.size() > best.size() && containsAll(more, best) && AuthorNames.allFullNames(more)) {
        best = more;
      } else if (more.size() == 1 && best.size() == 1 && best.get(0).indexOf(' ') < 0
          && more.get(0).startsWith(best.get(0) + " ") && AuthorNames.allFullNames(more)) {
        best = more; // structured data's "Todd" is the byline's "Todd Bates"
      }
    }
    return best;
  }

  private static boolean containsAll(List<String> more, List<String> names) {
    for (String n : names) {
      boolean found = false;
      for (String m : more) {
        found |= m.equalsIgnoreCase(n);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** Whether a name is the site's or a publisher's: a domain, the site's name, a company. */
  private static boolean isSiteLike(String name, List<String> sites) {
    String l = Texts.lettersAndDigits(name);
    for (String site : sites) {
      if (site.length() >= 4 && l.length() >= 4 && (l.contains(site) || site.contains(l))) {
        return true;
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    boolean domain = name.indexOf(' ') < 0 && dot > 0 && dot >= lower.length() - 4 && dot < lower.length() - 2;
    return domain || lower.endsWith(" gmbh") || lower.endsWith(" e.v.") || lower.endsWith(" ag")
        || lower.endsWith(" inc.") || lower.endsWith(" inc") || lower.endsWith(" ltd") || lower.endsWith(" llc")
        || lower.endsWith(" verlag") || lower.startsWith("die ") || lower.startsWith("the ");
  }

  /** A user name rather than a person's: one word in lower case, or with dots or underscores inside. */
  private static boolean isHandle(String name) {
    if (name.indexOf(' ') >= 0) {
      return false;
    }
    boolean inner = false;
    for (int i = 1; i < name.length() - 1; i++) {
      char c = name.charAt(i);
      inner |= (c == '.' || c == '_') && Character.isLetter(name.charAt(i + 1));
    }
    return inner || name.equals(name.toLowerCase(Locale.ROOT));
  }

  /**
   * An {@code <h1>}'s text as the heading notes and the blocks are matched on: its words, lower
   * case, run together, so that the element's text and its block's text meet whatever the spacing.
   */
  private static String headingKey(String text) {
    return String.join("", HeadlineChooser.words(text));
  }

  /** {@code krimiblog} of {@code https://archiv.krimiblog.de/x}: the host's name below its top level. */
  private static @Nullable String hostLabel(@Nullable String url) {
    if (url == null) {
      return null;
    }
    int start = url.indexOf("://");
    if (start < 0) {
      return null;
    }
    start += 3;
    int end = start;
    while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != ':' && url.charAt(end) != '?') {
      end++;
    }
    String[] labels = url.substring(start, end).toLowerCase(Locale.ROOT).split("\\.");
    return labels.length >= 2 ? Texts.lettersAndDigits(labels[labels.length - 2]) : null;
  }

  private static boolean isAuthorLabel(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    return l.contains("author") || l.contains("autor") || l.contains("auteur") || l.contains("written")
        || l.contains("verfasst") || l.contains("geschrieben") || l.contains("escrito") || l.contains("écrit");
  }

  /**
   * The publication date: structured data, metas, microdata, a {@code <time>} near the headline,
   * the address's path, a visible date near the headline, in that order of trust; a candidate
   * before 1995 or after the page's own last change is passed over. Where the day the page shows
   * by its headline is the stated last change's and not the stated publication's, the page was
   * updated and put out again, and says so to its readers: the last change is its date. A date
   * stated only by a generic meta or as a video's upload gives way to the day shown by the headline.
   */
  private @Nullable String published(@Nullable String modified, @Nullable String lang, @Nullable String url) {
    List<String> stated = new ArrayList<>();
    stated.add(jsonLd.published());
    for (String key : PUBLISHED_KEYS) {
      stated.add(IsoDates.normalize(meta(key)));
    }
    stated.add(microdataDate);
    for (String key : GENERIC_DATE_KEYS) {
      stated.add(IsoDates.normalize(meta(key)));
    }
    stated.add(jsonLd.uploaded());
    String newest = modified;
    String structured = null;
    // Whether the first credible value is a generic meta's or the upload date, which come last.
    int specific = stated.size() - GENERIC_DATE_KEYS.size() - 1;
    boolean generic = false;
    for (int i = 0; i < stated.size(); i++) {
      String d = stated.get(i);
      if (d != null && credible(d, null)) {
        generic |= structured == null && i >= specific;
        structured = structured == null ? d : structured;
        newest = newest == null || day(d).compareTo(day(newest)) > 0 ? d : newest;
      }
    }
    String inPath = VisibleDates.inPath(url, lang);
    if (structured != null) {
      // The address's day is the site's own calendar day; a stated instant a day off is the same
      // moment read in another time zone. A value stated with a local offset is already the
      // site's day: the address then holds the day the draft was made.
      if (inPath != null && !hasLocalOffset(structured) && daysApart(inPath, structured) == 1) {
        return inPath;
      }
      // So is the day the page shows by its headline, when the stated value is a UTC instant:
      // "3 May, 2022, 11:37 pm" over 2022-05-04T03:37:37+00:00 is one moment, seen where the site is.
      String shown = isUtc(structured) || modified != null || generic ? firstShownDate(lang) : null;
      if (shown != null && isUtc(structured) && daysApart(shown, structured) == 1) {
        return shown;
      }
      // A generic date meta ("date", "dc.date") holds the day the page was generated or saved as
      // often as the publication's: the day the page shows by its headline is the better word.
      if (generic && shown != null && credible(shown, null) && !day(shown).equals(day(structured))) {
        return shown;
      }
      // A page that shows its last change's day by the headline, and not its first publication's,
      // presents itself as of that day: the article was updated and put out again.
      if (shown != null && modified != null && day(shown).equals(day(modified)) && !day(shown).equals(day(structured))) {
        return modified;
      }
      return structured;
    }
    List<String> candidates = new ArrayList<>(clues.timeValues());
    candidates.add(inPath);
    for (String line : dateLines()) {
      candidates.add(VisibleDates.find(line, lang));
    }
    for (String d : candidates) {
      if (d != null && credible(d, newest)) {
        return d;
      }
    }
    return null;
  }

  /**
   * The visible date lines near the headline ({@link MarkupClues#dateLines}), read once: the
   * byline, the published date and the day shown all look at them, and each read of a clue's
   * element walks its text.
   */
  private List<String> dateLines() {
    if (dateLines == null) {
      dateLines = clues.dateLines();
    }
    return dateLines;
  }

  /** The first date the few visible lines nearest the headline state, or null. */
  private @Nullable String firstShownDate(@Nullable String lang) {
    List<String> lines = dateLines();
    for (String line : lines.subList(0, Math.min(lines.size(), MAX_SHOWN_LINES))) {
      String d = VisibleDates.find(line, lang);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** Whether an ISO 8601 value is an instant stated in UTC: {@code 2022-05-04T03:37:37Z}, {@code ...+00:00}. */
  static boolean isUtc(String iso) {
    return iso.length() > 16 && (iso.endsWith("Z") || iso.endsWith("+00:00"));
  }

  /** Whether an ISO 8601 value states its time with an offset other than UTC's: {@code 2022-05-07T13:43:46-05:00}. */
  static boolean hasLocalOffset(String iso) {
    if (iso.length() <= 16 || iso.endsWith("Z") || iso.endsWith("+00:00")) {
      return false;
    }
    char sign = iso.charAt(iso.length() - 6);
    return (sign == '+' || sign == '-') && iso.charAt(iso.length() - 3) == ':';
  }

  private static long daysApart(String a, String b) {
    try {
      return Math.abs(java.time.LocalDate.parse(day(a)).toEpochDay() - java.time.LocalDate.parse(day(b)).toEpochDay());
    } catch (java.time.format.DateTimeParseException e) {
      return Long.MAX_VALUE;
    }
  }

  private static boolean credible(String date, @Nullable String newest) {
    String day = day(date);
    return day.compareTo(EARLIEST_PUBLISHED) >= 0 && (newest == null || day.compareTo(day(newest)) <= 0);
  }

  private static String day(String iso) {
    return iso.length() > 10 ? iso.substring(0, 10) : iso;
  }

  /** The first of the stated dates that reads as a date: JSON-LD's, then the named metas'. */
  private @Nullable String firstDate(@Nullable String jsonLdDate, List<String> metaKeys) {
    if (jsonLdDate != null) {
      return jsonLdDate;
    }
    for (String key : metaKeys) {
      String d = IsoDates.normalize(meta(key));
      if (d != null) {
        return d;
      }
    }
    return null;
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
