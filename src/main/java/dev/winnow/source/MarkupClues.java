package dev.winnow.source;

import dev.winnow.internal.AuthorNames;
import dev.winnow.internal.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The author and date clues in a page's markup, noted while {@link HtmlBlockBuilder} walks it and
 * ranked by how near they stand to the headline. Only shared conventions count: schema.org
 * microdata ({@code itemprop=author}), {@code rel=author}, hCard and WordPress/Drupal class names
 * ({@code author}, {@code byline}, {@code entry-date}, {@code submitted}), author archive links
 * ({@code /author/slug/}), and {@code <time datetime>}. Each clue's text is read up to
 * {@link #MAX_TEXT} characters and at most {@link #MAX_CLUES} clues of a kind are kept, so a page
 * of any size costs a bounded amount here beyond the walk itself.
 *
 * <p>One instance reads one document; not thread-safe.
 */
final class MarkupClues {
  /** Clues of one kind kept at most. */
  static final int MAX_CLUES = 32;

  /** Characters of a clue's text read at most. */
  static final int MAX_TEXT = 240;

  /** Nodes of a clue's subtree read at most for its text. */
  static final int MAX_NODES = 200;

  /** The nearest clues handed on at most: further ones are not read when these fail. */
  static final int MAX_RANKED = 16;

  /** A clue further than this many elements from the headline is not about the article. */
  static final int MAX_DISTANCE = 400;

  /** Elements read after the headline for a line that opens as a byline does ("By", "Von:"). */
  static final int OPENED_WINDOW = 60;

  /** Elements read after an opening word that stands alone for the names it opens. */
  static final int PENDING_WINDOW = 4;

  /** A bold author label ("Autorin:") has at most this many characters. */
  static final int MAX_LABEL = 12;

  /** An element's own text longer than this is no date line. */
  static final int MAX_DATE_TEXT = 60;

  /** Top headings remembered, each opening a window: a page has one or two, a few a dozen. */
  static final int MAX_HEADINGS = 8;

  /** Author links at most this many elements apart are one byline's names. */
  static final int RUN_GAP = 4;

  /** A run of more author links than this is a list of the site's authors, not one byline. */
  static final int MAX_RUN = 4;

  /** Class-name parts that say a box is about the author but does not hold the byline. */
  private static final List<String> NOT_BYLINE = List.of("comment", "avatar", "img", "image", "photo", "pic",
      "bio", "description", "desc", "social", "follow", "share", "title", "role", "position", "job");

  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

  /**
   * A clue: where it stands (element ordinal), the element whose text it is (read only when the
   * clue ranks among the nearest) or the value itself, and whether it is a strong one.
   */
  record Clue(int at, @Nullable Element element, @Nullable String value, boolean strong) {
    String text() {
      return value != null ? value : element == null ? "" : MarkupClues.text(element);
    }
  }

  /**
   * The clues of one kind kept: the first and the last {@link #MAX_CLUES} before the first top
   * heading (the ones between give way, so a header full of dated teasers cannot crowd out the
   * article's own date, nor a long archive list at the foot of a page without a heading) and
   * the first {@link #MAX_CLUES} after each top heading, up to {@link #MAX_HEADINGS} of them: the
   * headline is chosen only once the page is read, and a site's logo is often an {@code <h1>} too.
   */
  private final class Kept {
    final ArrayDeque<Clue> clues = new ArrayDeque<>();
    /** The first {@link #MAX_CLUES} that gave way: a page with no top heading has its own date among them. */
    final List<Clue> first = new ArrayList<>();
    int after;

    void add(Clue c) {
      if (headlineAt >= 0 && c.at() > headlineAt) {
        if (after >= MAX_CLUES) {
          return;
        }
        after++;
      } else if (clues.size() >= MAX_CLUES) {
        Clue old = clues.pollFirst();
        if (first.size() < MAX_CLUES) {
          first.add(old);
        }
      }
      clues.addLast(c);
    }

    /** The clues kept, in page order. */
    List<Clue> all() {
      List<Clue> out = new ArrayList<>(first);
      out.addAll(clues);
      return out;
    }

    boolean full() {
      return headlineAt >= 0 && after >= MAX_CLUES;
    }
  }

  private final Kept authors = new Kept();
  private final Kept dateTexts = new Kept();
  private final Kept times = new Kept();
  private int ordinal;
  private int headlineAt = -1;
  /** The top headings seen, where each stands and its letters, for {@link #anchorOn}. */
  private final List<Heading> headings = new ArrayList<>();
  private boolean headlineInContent;
  /** Elements still to read after the headline for an opened byline line. */
  private int openedLeft;
  /** An opening word ("By") that stood alone, waiting for the names in the elements after it. */
  private @Nullable String pendingOpener;
  private int pendingLeft;

  /** Looks at one element of the walk that has attributes. */
  void onElement(Element e, String tag, String itempropAttr) {
    ordinal++;
    if (openedLeft > 0) {
      onPlainElement(e);
    }
    if (neverClue(tag)) {
      return; // images, media, form controls and SVG shapes hold no byline or date
    }
    boolean a = "a".equals(tag);
    boolean time = "time".equals(tag);
    String clsAttr = e.attributes().get("class");
    boolean clsClue = mayBeClue(clsAttr);
    if (!time && !a && !clsClue && itempropAttr.isEmpty()) {
      return; // most elements: nothing to read
    }
    String cls = clsClue ? clsAttr.toLowerCase(Locale.ROOT) : "";
    String itemprop = itempropAttr.isEmpty() ? "" : itempropAttr.toLowerCase(Locale.ROOT);
    if (time && !times.full() && e.hasAttr("datetime")) {
      String d = IsoDates.normalize(e.attributes().get("datetime"));
      boolean modified = cls.contains("updat") || cls.contains("modif") || itemprop.contains("modified");
      if (d != null && !modified) {
        times.add(new Clue(ordinal, null, d, e.hasAttr("pubdate") || cls.contains("publish")
            || itemprop.contains("published")));
      }
    }
    if (!authors.full()) {
      if (!itemprop.isEmpty() && (itemprop.contains("author") || itemprop.contains("creator"))) {
        Element name = e.selectFirst(ITEMPROP_NAME);
        authors.add(new Clue(ordinal, name != null ? name : e, null, true));
      } else if (a && (isAuthorLink(e.attributes().get("href"))
          || hasAuthorRel(e.attributes().get("rel")))) {
        authors.add(new Clue(ordinal, e, null, true));
      } else if (clsClue && isBylineClass(cls) && !HomeLinks.isLogo(e)) {
        // A box of the author's class that is one link to the front page is the site's masthead
        // (<h1 class="vcard author"><a href="/">Site</a>): blog themes mark the owner so.
        authors.add(new Clue(ordinal, e, null, false));
      }
    }
    if (clsClue && !dateTexts.full() && isDateClass(cls)) {
      dateTexts.add(new Clue(ordinal, e, null, false));
    }
  }

  /** Whether an element of this tag can never hold a byline or a date: its class is not read. */
  static boolean neverClue(String tag) {
    return switch (tag) {
      case "img", "picture", "source", "svg", "path", "g", "use", "circle", "rect", "polygon", "iframe", "input",
          "button", "select", "option", "textarea", "video", "audio", "br", "hr", "noscript", "style", "link" -> true;
      default -> false;
    };
  }

  /** Whether elements without attributes are read now: only just after the headline. */
  boolean readsPlainElements() {
    return openedLeft > 0;
  }

  /**
   * Looks at an element just after the headline for a visible line that opens as a byline does:
   * {@code <span>By</span> <a>Ann Lee</a>}, {@code <b>Von:</b> Götz Warnke}, {@code <p>von Ann Lee</p>}.
   * The element's own first text must open it; the line is the element's text, or its parent's
   * when the element holds the opening word alone.
   */
  void onPlainElement(Element e) {
    if (openedLeft <= 0) {
      return;
    }
    openedLeft--;
    if (!dateTexts.full() && e.childNodeSize() > 0) {
      noteShortDate(e);
    }
    if (pendingOpener != null && !authors.full()) {
      String name = ownLine(e);
      if (name != null) {
        String line = pendingOpener + " " + name;
        pendingOpener = null; // the first text after the opening word is its names, or none are
        if (!AuthorNames.parseOpenedLine(line, null).isEmpty()) {
          authors.add(new Clue(ordinal, null, line, false));
          pendingOpener = null;
          return;
        }
      } else if (--pendingLeft <= 0) {
        pendingOpener = null;
      }
    }
    if (authors.full() || e.childNodeSize() == 0 || !(e.childNode(0) instanceof TextNode first)) {
      return;
    }
    String own = first.getWholeText();
    if (own.length() > AuthorNames.MAX_LINE || !AuthorNames.opensByline(own)) {
      return;
    }
    String line = text(e);
    if (AuthorNames.parseOpenedLine(line, null).isEmpty() && line.length() <= MAX_LABEL) {
      String after = labelLine(e, line); // <b>Von:</b> Ann Lee<br>
      line = after != null && !AuthorNames.parseOpenedLine(after, null).isEmpty() ? after : line;
    }
    if (AuthorNames.parseOpenedLine(line, null).isEmpty() && e.parent() != null) {
      line = text(e.parent());
    }
    if (AuthorNames.parseOpenedLine(line, null).isEmpty() && AuthorNames.opensByline(line) && line.length() <= MAX_LABEL) {
      // The opening word alone, its names in the next box: <p><b>By</b></p><p>Todd Bates</p>.
      pendingOpener = line;
      pendingLeft = PENDING_WINDOW;
      return;
    }
    authors.add(new Clue(ordinal, null, line, false));
  }

  /**
   * Notes an element's own text as a date line when it is short and has digits: {@code
   * <small>31.01.2022</small>}, {@code <li><span>Datum:</span>26. Januar 2022</li>}. Whether it
   * states a date is read later, in the page's language.
   */
  private void noteShortDate(Element e) {
    noteShortDate(e, ordinal);
  }

  /**
   * Notes the short date lines among the few elements just before a top heading, nearest last:
   * the line above a headline ({@code <p class="subline">21. Jan 2022 // Ann Lee</p><h1>...})
   * holds its date as often as the line under it. Each counts as far from the heading as it
   * stands; the heading's own ancestors are passed over.
   */
  void onBeforeHeading(Element heading, Element[] before) {
    if (dateTexts.full() || headings.size() >= MAX_HEADINGS) {
      return;
    }
    for (int i = 0; i < before.length; i++) {
      Element e = before[i];
      if (e != null && e != heading && e.childNodeSize() > 0 && !isAncestor(e, heading)) {
        noteShortDate(e, ordinal - (before.length - i));
      }
    }
  }

  private static boolean isAncestor(Element e, Element of) {
    for (Element p = of.parent(); p != null; p = p.parent()) {
      if (p == e) {
        return true;
      }
    }
    return false;
  }

  private void noteShortDate(Element e, int at) {
    int chars = 0;
    boolean digit = false;
    boolean space = true;
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        String w = t.getWholeText();
        // Counted as folded: the indentation around a line in the source is no length of it.
        for (int i = 0; i < w.length(); i++) {
          char c = w.charAt(i);
          boolean white = Character.isWhitespace(c);
          if (!(white && space) && ++chars > MAX_DATE_TEXT) {
            return;
          }
          digit |= Character.isDigit(c);
          space = white;
        }
      }
    }
    if (digit) {
      dateTexts.add(new Clue(at, null, Texts.fold(e.ownText()), false));
    }
  }

  /** A top heading: where it stands, and its letters and digits, lower-cased. */
  private record Heading(int at, String letters) {}

  /**
   * Notes a bold label that credits the author, wherever it stands: {@code <b>Von:</b> Götz
   * Warnke}, {@code <strong>Autor:</strong> <a>Ann Lee</a>}. Only a short text that ends in a
   * colon is looked at further, so the many other bold texts of a page cost one length test.
   * The line is the label's parent's text, or its grandparent's when the parent holds the label alone.
   */
  void onBoldLabel(Element e) {
    if (authors.full() || e.childNodeSize() != 1 || !(e.childNode(0) instanceof TextNode t)) {
      return;
    }
    String label = t.getWholeText().strip();
    if (label.length() < 3 || label.length() > MAX_LABEL || label.charAt(label.length() - 1) != ':'
        || !AuthorNames.opensByline(label)) {
      return;
    }
    String after = labelLine(e, label);
    if (after != null && !AuthorNames.parseOpenedLine(after, null).isEmpty()) {
      authors.add(new Clue(ordinal, null, after, false));
      return;
    }
    Element up = e.parent();
    for (int i = 0; i < 2 && up != null; i++) {
      String line = text(up);
      if (!AuthorNames.parseOpenedLine(line, null).isEmpty()) {
        authors.add(new Clue(ordinal, null, line, false));
        return;
      }
      up = up.parent();
    }
  }

  /** The element's own text, folded, when it has some and it is short; else null. */
  private static @Nullable String ownLine(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        sb.append(t.getWholeText());
        if (sb.length() > AuthorNames.MAX_LINE) {
          return null;
        }
      }
    }
    String t = Texts.fold(sb);
    return t.isEmpty() ? null : t;
  }

  /**
   * The label and what follows it up to the next line break or the end of its parent, when that
   * is short: {@code "Text: Klausmartin Friedrich"} of {@code <p>... (to be continued)<br><strong>Text:
   * </strong> Klausmartin Friedrich</p>}, whose whole paragraph opens with other text. Null when
   * nothing follows the label on its line.
   */
  private static @Nullable String labelLine(Element label, String text) {
    StringBuilder sb = new StringBuilder(text);
    int start = sb.length();
    for (Node n = label.nextSibling(); n != null && sb.length() <= AuthorNames.MAX_LINE; n = n.nextSibling()) {
      if (n instanceof TextNode t) {
        sb.append(t.getWholeText());
      } else if (n instanceof Element el) {
        if (el.normalName().equals("br") || el.isBlock()) {
          break;
        }
        sb.append(' ').append(text(el));
      }
    }
    String line = Texts.fold(sb);
    return sb.length() == start || line.length() > AuthorNames.MAX_LINE ? null : line;
  }

  /**
   * Notes the kicker or subtitle part of a top heading as a date line when it is short and has
   * digits: {@code <h1>Fans return<small>02.02.2022 • Press</small></h1>}. The heading is read
   * before the walk reaches its parts, so they are not in the window after it.
   */
  void onHeadingExtra(Element part) {
    if (dateTexts.full()) {
      return;
    }
    String t = text(part);
    if (t.length() <= MAX_DATE_TEXT && Texts.hasDigit(t)) {
      dateTexts.add(new Clue(ordinal, null, t, false));
    }
  }

  /**
   * Notes that a top heading stands here: the first in an article or main element is the
   * headline, else the first, until {@link #anchorOn} names the one the page's headline is. Each
   * of the first {@link #MAX_HEADINGS} opens a window for byline and date lines and a new quota
   * of clues after it.
   */
  void onHeadline(boolean inContent, String text) {
    if (headlineAt < 0 || (inContent && !headlineInContent)) {
      headlineAt = ordinal;
      headlineInContent = inContent;
      openedLeft = OPENED_WINDOW;
    }
    if (headings.size() < MAX_HEADINGS) {
      headings.add(new Heading(ordinal, Texts.lettersAndDigits(text, HeadlineChooser.MAX_CHARS)));
      openedLeft = OPENED_WINDOW;
      authors.after = 0;
      dateTexts.after = 0;
      times.after = 0;
    }
  }

  /**
   * Ranks the clues by their distance from the top heading that holds the chosen headline, when
   * one does: a page whose first {@code <h1>} is the site's logo has its byline and date by the
   * second.
   */
  void anchorOn(@Nullable String headline) {
    if (headline == null || headline.length() > HeadlineChooser.MAX_CHARS) {
      return;
    }
    String l = Texts.lettersAndDigits(headline, HeadlineChooser.MAX_CHARS);
    if (l.isEmpty()) {
      return;
    }
    for (Heading h : headings) {
      if (h.letters().contains(l)) {
        headlineAt = h.at();
        return;
      }
    }
  }

  /** The byline clues, nearest the headline first; strong ones before weak ones at like distance. */
  List<String> authorLines() {
    return ranked(withRunsJoined(authors.all()));
  }

  /**
   * The clues with each run of author links that stand next to each other ({@code <a
   * href="/autor/ann">Ann</a>, <a href="/autor/bo">Bo</a>}, at most {@link #RUN_GAP} elements apart)
   * joined into one clue that names them all, before the first of them: several authors are one
   * byline. A run of more than {@link #MAX_RUN} is a list of the site's writers, and stays apart.
   */
  private static List<Clue> withRunsJoined(Collection<Clue> clues) {
    List<Clue> out = new ArrayList<>(clues.size() + 1);
    Clue runStart = null;
    int runAt = 0;
    Clue last = null;
    StringBuilder run = new StringBuilder();
    int inRun = 0;
    for (Clue c : clues) {
      boolean link = c.strong() && c.element() != null && "a".equals(c.element().normalName());
      if (link && last != null && inRun > 0 && c.at() - last.at() <= RUN_GAP && run.length() < MAX_TEXT) {
        run.append("; ").append(c.text());
        inRun++;
      } else {
        if (inRun > 1 && inRun <= MAX_RUN) {
          out.add(runAt, new Clue(runStart.at(), null, run.toString(), true));
        }
        run.setLength(0);
        inRun = 0;
        if (link) {
          runStart = c;
          runAt = out.size();
          run.append(c.text());
          inRun = 1;
        }
      }
      out.add(c);
      last = c;
    }
    if (inRun > 1 && inRun <= MAX_RUN) {
      out.add(runAt, new Clue(runStart.at(), null, run.toString(), true));
    }
    return out;
  }

  /** The visible texts that may hold the date, nearest the headline first. */
  List<String> dateLines() {
    List<Clue> all = dateTexts.all();
    all.addAll(authors.all());
    return ranked(all);
  }

  /** The {@code <time datetime>} values, ISO 8601, nearest the headline first. */
  List<String> timeValues() {
    return ranked(times.all());
  }

  private List<String> ranked(Collection<Clue> clues) {
    List<Clue> near = new ArrayList<>();
    for (Clue c : clues) {
      if (headlineAt < 0 || Math.abs(c.at() - headlineAt) <= MAX_DISTANCE) {
        near.add(c);
      }
    }
    near.sort((a, b) -> Integer.compare(rank(a), rank(b)));
    List<String> out = new ArrayList<>();
    for (Clue c : near) {
      if (out.size() >= MAX_RANKED) {
        break;
      }
      String t = c.text();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** Lower is better: distance from the headline, counted double before it, halved for a strong clue. */
  private int rank(Clue c) {
    int d = headlineAt < 0 ? c.at() : c.at() >= headlineAt ? c.at() - headlineAt : 2 * (headlineAt - c.at());
    return c.strong() ? d / 2 : d;
  }

  /**
   * Whether a class attribute may name a byline or date box: one pass looking for "aut", "byl",
   * "dat", "tim", "pub", "meta", "poste" or "submit", in any case, before the costlier checks.
   * Most of a page's elements have classes, and most of those say nothing of the kind.
   */
  static boolean mayBeClue(String cls) {
    int n = cls.length() - 2;
    for (int i = 0; i < n; i++) {
      // Plain char tests, lower-cased by the 0x20 bit (letters only: what follows checks letters):
      // regionMatches(true, ...) per candidate letter cost more than the rest of the walk's
      // attribute reads together.
      char c1 = (char) (cls.charAt(i + 1) | 0x20);
      switch (cls.charAt(i) | 0x20) {
        case 'a' -> { if (c1 == 'u' && (cls.charAt(i + 2) | 0x20) == 't') { return true; } }
        case 'b' -> { if (c1 == 'y' && (cls.charAt(i + 2) | 0x20) == 'l') { return true; } }
        case 'd' -> { if (c1 == 'a' && (cls.charAt(i + 2) | 0x20) == 't') { return true; } }
        case 't' -> { if (c1 == 'i' && (cls.charAt(i + 2) | 0x20) == 'm') { return true; } }
        case 'p' -> {
          if (c1 == 'u' && (cls.charAt(i + 2) | 0x20) == 'b'
              || c1 == 'o' && i + 4 < cls.length() && cls.regionMatches(true, i, "poste", 0, 5)) {
            return true;
          }
        }
        case 'm' -> { if (c1 == 'e' && i + 3 < cls.length() && cls.regionMatches(true, i, "meta", 0, 4)) { return true; } }
        case 's' -> { if (c1 == 'u' && i + 5 < cls.length() && cls.regionMatches(true, i, "submit", 0, 6)) { return true; } }
        default -> { }
      }
    }
    return false;
  }

  private static boolean hasAuthorRel(String rel) {
    return !rel.isEmpty() && rel.toLowerCase(Locale.ROOT).contains("author");
  }

  private static boolean isAuthorLink(String href) {
    int at = href.indexOf("/aut");
    return at >= 0 && (href.contains("/author/") || href.contains("/autor/") || href.contains("/authors/")
        || href.contains("/auteur/") || href.contains("/autore/"));
  }

  private static boolean isBylineClass(String cls) {
    if (!(cls.contains("author") || cls.contains("byline") || cls.contains("autor") || cls.contains("auteur"))) {
      return false;
    }
    for (String no : NOT_BYLINE) {
      if (cls.contains(no)) {
        return false;
      }
    }
    return !cls.contains("authority");
  }

  private static boolean isDateClass(String cls) {
    return (cls.contains("date") || cls.contains("time") || cls.contains("publish") || cls.contains("posted")
        || cls.contains("meta") || cls.contains("submitted") || cls.contains("datum"))
        && !cls.contains("updat") && !cls.contains("modif") && !cls.contains("comment");
  }

  /**
   * The element's text, spaces folded, read up to {@link #MAX_TEXT} characters and
   * {@link #MAX_NODES} nodes: a wrapper whose text starts deep down is not walked whole.
   */
  static String text(Element e) {
    StringBuilder sb = new StringBuilder();
    int[] nodes = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (++nodes[0] > MAX_NODES) {
          return FilterResult.STOP;
        }
        if (node instanceof TextNode t) {
          sb.append(t.getWholeText()).append(' ');
        } else if (node instanceof Element el && (el.normalName().equals("script") || el.normalName().equals("style"))) {
          return FilterResult.SKIP_ENTIRELY;
        }
        return sb.length() > MAX_TEXT ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, e);
    String t = Texts.fold(sb);
    return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
  }
}
