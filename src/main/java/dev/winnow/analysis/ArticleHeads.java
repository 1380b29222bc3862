package dev.winnow.analysis;

import dev.winnow.block.Block;
import dev.winnow.block.Decision;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.internal.Texts;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * Where articles open on a plain-text page, found from the shape of the lines that the noise
 * filters kept. Shared by {@code PageKindFilter}, which counts the heads to judge the page, and
 * {@code HeadlineFilter}, which labels them.
 *
 * <p>A <em>head</em> is a title-like line with, under it, at most a dek and a few short lines (a
 * byline, a date, a dateline), then prose. Sub-headings inside an article have that shape too,
 * so a head also needs evidence that an article opens there, evidence that holds in any language
 * and layout:
 *
 * <ul>
 *   <li>a section label right above it (a short line with no sentence mark), which itself stands
 *       after something other than running prose;
 *   <li>a byline or a date line in the head, above or under the title;
 *   <li>a read-more stub or a list boundary between the prose before and the title;
 *   <li>no prose above it on the page: the first article;
 *   <li>noise that a filter removed between the prose before and the title, when the page's other
 *       heads carry no section labels (a page that labels its sections labels every article).
 * </ul>
 *
 * A title right under a paragraph, with nothing between, is a sub-heading of that paragraph's
 * article whatever else is true of it. One pass over the kept blocks; linear in the page.
 *
 * Stateless; the per-page line flags it caches live with the page. Thread-safe.
 *
 * @since 0.1
 */
public final class ArticleHeads {
  /** The most words a section label has; "International", "Latin America", "Science and Tech". */
  static final int SECTION_MAX_WORDS = 4;

  /** The most chars a section label has. */
  static final int SECTION_MAX_CHARS = 40;

  /** The most words a headline has; longer lines are paragraphs. */
  static final int TITLE_MAX_WORDS = 30;

  /** The most words of a headline that ends a sentence with a question or exclamation mark. */
  static final int QUESTION_MAX_WORDS = 20;

  /** The most chars a headline has. */
  static final int TITLE_MAX_CHARS = 250;

  /** The most words a dek has: some run to a full sentence's length, without its full stop. */
  static final int DEK_MAX_WORDS = 45;

  /** The fewest words of a body paragraph that ends a sentence. */
  public static final int PROSE_MIN_WORDS = 8;

  /** Past this many words a paragraph is prose even without a sentence end. */
  static final int PROSE_LONG_WORDS = 25;

  /** The most words of a byline or a date line. */
  static final int META_MAX_WORDS = 12;

  /** The most short lines (byline, date, dateline, reading time) between a title and its prose. */
  static final int MAX_LINES_UNDER_TITLE = 3;

  /** The most words of a short line under a title that is not a byline or date (a dateline). */
  static final int SHORT_LINE_MAX_WORDS = 4;

  /** What says that an article opens at a head, by kind; {@link Head#evidence()} puts it into words. */
  public enum Opening {
    /** A section label stands above the title. */
    SECTION,
    /** A byline or date line stands in the head. */
    BYLINE_OR_DATE,
    /** A read-more stub or a list boundary stands above it. */
    BOUNDARY,
    /** No prose stands above it on the page: the first article. */
    NO_PROSE_ABOVE,
    /** Noise a filter removed stands above it, on a page whose heads carry no section labels. */
    NOISE_REMOVED,
    /** Nothing but a gap: no head on its own. */
    NONE
  }

  /**
   * What opens one article: its kept-list positions, and what says an article opens there (with
   * the text of the line that says it, for a section label or a byline or date line).
   */
  public record Head(int section, int headline, int dek, int body, List<Integer> meta, Opening opening,
      String openingLine, boolean strong) {
    /**
     * The evidence in words, for a reason ("section label 'Sports' above it"); empty for {@link
     * Opening#NONE}. Put into words only when asked: most heads found never make a reason.
     */
    public String evidence() {
      return switch (opening) {
        case SECTION -> "section label '" + openingLine + "' above it";
        case BYLINE_OR_DATE -> "byline or date line '" + openingLine + "' in its head";
        case BOUNDARY -> "a read-more stub or list boundary above it";
        case NO_PROSE_ABOVE -> "no prose above it";
        case NOISE_REMOVED -> "noise removed above it";
        case NONE -> "";
      };
    }

    /** The kept position of the head's first line: its section, a meta line above, or the headline. */
    public int first() {
      int f = section >= 0 ? section : headline;
      for (int m : meta) {
        f = Math.min(f, m);
      }
      return f;
    }
  }

  private ArticleHeads() {}

  /**
   * The heads on the page, in reading order; an unmodifiable list. Asked again of the page's
   * {@linkplain Page#kept() kept list} when no block was removed or restored since, and no
   * read-more stub or list boundary labelled or unlabelled, it gives the same list back without
   * finding them again: between the filters that ask in turn, most pages only gain other labels.
   */
  public static List<Head> find(Page page, List<Block> keptBlocks) {
    Shapes shapes = page.analysis(Shapes.class, Shapes::new);
    List<Decision> made = page.decisions();
    int decisions = made.size();
    if (shapes.heads != null && shapes.headsKept == keptBlocks && !changesHeads(made, shapes.headsDecisions)) {
      shapes.headsDecisions = decisions;
      return shapes.heads;
    }
    List<Head> heads = Collections.unmodifiableList(find(page, new Lines(keptBlocks, shapes)));
    if (keptBlocks == page.kept()) {
      shapes.heads = heads;
      shapes.headsKept = keptBlocks;
      shapes.headsDecisions = decisions;
    }
    return heads;
  }

  /**
   * Whether a decision made since the first {@code from} could change the heads: only labels of
   * other kinds than a stub or a boundary leave them as they were (the kept list's identity
   * already says whether a block was removed or restored).
   */
  private static boolean changesHeads(List<Decision> made, int from) {
    for (int i = from; i < made.size(); i++) {
      Label label = made.get(i).label();
      if (label == null || label == Label.STUB || label == Label.BOUNDARY) {
        return true;
      }
    }
    return false;
  }

  private static List<Head> find(Page page, Lines kept) {
    List<Head> candidates = new ArrayList<>();
    boolean[] gapOnly = new boolean[kept.size()];
    int sectioned = 0;
    boolean proseAbove = false;
    int lastBody = -1; // the first line of the last head's body: no head of its own
    for (int k = 0; k < kept.size(); k++) {
      Block b = kept.get(k);
      if (k > lastBody && isTitle(kept, k) && !(sectionLike(kept, k) && bodyAfter(page, kept, k + 1) >= 0)) {
        Head h = at(page, kept, k, proseAbove);
        if (h != null) {
          candidates.add(h);
          if (h.section >= 0) {
            sectioned++;
          }
          gapOnly[candidates.size() - 1] = h.opening == Opening.NONE;
          lastBody = h.body;
        }
      }
      proseAbove |= prose(kept, k);
    }
    // Removed noise alone opens an article only on pages that label no sections: where most
    // heads carry one, a title after an ad with no label above is a sub-heading.
    boolean gapsOpen = sectioned * 2 < candidates.size();
    List<Head> heads = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Head h = candidates.get(i);
      if (i + 1 < candidates.size() && candidates.get(i + 1).first() <= h.body) {
        continue; // the next head starts where this one's prose would: it was no head
      }
      if (!gapOnly[i]) {
        heads.add(h);
      } else if (gapsOpen) {
        heads.add(new Head(h.section, h.headline, h.dek, h.body, h.meta, Opening.NOISE_REMOVED, "", false));
      }
    }
    return heads;
  }

  /** The head whose title is kept[k], or null; its evidence is empty when only a removed gap opens it. */
  private static Head at(Page page, List<Block> kept, int k, boolean proseAbove) {
    int body = bodyAfter(page, kept, k);
    if (body < 0) {
      return null;
    }
    List<Integer> meta = new ArrayList<>();
    int dek = -1;
    for (int i = k + 1; i < body; i++) {
      if (meta(kept, i)) {
        meta.add(i);
      } else if (i == k + 1 && isDek(kept, i)) {
        dek = i;
      }
    }
    // Above the title: a section label, and byline or date lines, in either order.
    int top = k;
    int section = -1;
    while (top > 0 && k - top < 3) {
      Block above = kept.get(top - 1);
      if (boundaryBetween(page, above, kept.get(top))) {
        break;
      }
      if (meta(kept, top - 1)) {
        meta.add(top - 1);
      } else if (section < 0 && sectionLike(kept, top - 1)
          && !(top - 1 == 0 && gapBetween(page, above, kept.get(top))) && !continuesText(page, kept, top - 1)) {
        // The page's first line, with removed chrome between it and the title ("The Daily
        // Courier / Menu / Search"), is its masthead, not the article's section.
        section = top - 1;
      } else {
        break;
      }
      top--;
    }
    Block first = kept.get(top);
    Block before = top > 0 ? kept.get(top - 1) : null;
    Opening opening;
    String line = "";
    boolean strong = true;
    if (section >= 0) {
      opening = Opening.SECTION;
      line = kept.get(section).text();
    } else if (!meta.isEmpty()) {
      opening = Opening.BYLINE_OR_DATE;
      line = kept.get(meta.get(0)).text();
    } else if (before != null && boundaryBetween(page, before, first)) {
      opening = Opening.BOUNDARY;
    } else if (!proseAbove) {
      opening = Opening.NO_PROSE_ABOVE;
      strong = false;
    } else if (before != null && prose(kept, top - 1) && !gapBetween(page, before, first)) {
      return null; // right under a paragraph: a sub-heading
    } else {
      opening = Opening.NONE;
      strong = false;
    }
    return new Head(section, k, dek, body, meta, opening, line, strong);
  }

  /**
   * Whether kept[i] carries on the line right above it, with nothing removed between, that
   * introduces what follows with a colon ("Here are the steps you can take:"): a list or a
   * sub-heading of that text, no section label.
   */
  private static boolean continuesText(Page page, List<Block> kept, int i) {
    if (i == 0) {
      return false;
    }
    Block above = kept.get(i - 1);
    return above.text().endsWith(":") && !gapBetween(page, above, kept.get(i))
        && !boundaryBetween(page, above, kept.get(i));
  }

  /**
   * Whether kept[k] can be a headline: a title-like line that is no paragraph of prose, or a line
   * of a sentence's length right over a byline or date ("They just might be." headlines exist).
   */
  static boolean isTitle(List<Block> kept, int k) {
    Block b = kept.get(k);
    if (neverTitle(kept, k)) {
      return false;
    }
    boolean titleLike = titleLike(kept, k);
    if (!titleLike && !(b.wordCount() >= 2 && mayBeTitle(b))) {
      return false;
    }
    if (titleLike && !(prose(kept, k) && (endsWithStopInside(b.text()) || b.wordCount() > QUESTION_MAX_WORDS))) {
      return true; // a question or an exclamation makes a headline; a sentence in brackets does not
    }
    return k + 1 < kept.size() && meta(kept, k + 1) && !meta(kept, k) && !isBullet(b.text());
  }

  /**
   * If kept[h] is a title with, under it, at most a dek and {@link #MAX_LINES_UNDER_TITLE} short
   * lines, then prose, and no read-more stub or list boundary among them: the position of that
   * prose; otherwise -1.
   */
  static int bodyAfter(Page page, List<Block> kept, int h) {
    if (h >= kept.size() || !isTitle(kept, h)) {
      return -1;
    }
    int i = h + 1;
    if (i < kept.size() && isDek(kept, i)) {
      i++;
    }
    int shortLines = 0;
    while (i < kept.size() && shortLines < MAX_LINES_UNDER_TITLE && !opensBody(kept, h, i)
        && (meta(kept, i) || kept.get(i).wordCount() <= SHORT_LINE_MAX_WORDS)) {
      i++;
      shortLines++;
    }
    if (i >= kept.size() || !opensBody(kept, h, i)) {
      return -1;
    }
    // A stub ends the story above: the title over it is that story's last line, not a head.
    return boundaryBetween(page, kept.get(h), kept.get(i)) ? -1 : i;
  }

  /**
   * Whether kept[i] opens an article's body: prose, or a short sentence ("Time is not on his
   * side.") with prose right under it.
   */
  private static boolean opensBody(List<Block> kept, int from, int i) {
    Block b = kept.get(i);
    if (meta(kept, i)) {
      return false; // "Lesezeit: 7 Min." ends a sentence, but is a head's line
    }
    if (i + 1 < kept.size() && meta(kept, i + 1)) {
      return false; // a line right over a byline or date is a headline or a dek
    }
    if (i > from + 1 && sectionLike(kept, i - 1) && isTitle(kept, i) && i + 1 < kept.size()
        && prose(kept, i + 1)) {
      return false; // a title right under a section label, with prose under it, is a headline
    }
    if (i > from + 1 && from > 0 && meta(kept, i - 1) && sectionLike(kept, from - 1) && titleLike(kept, i)
        && i + 1 < kept.size() && prose(kept, i + 1)) {
      // Section, headline, byline, then a title-like line over prose: the body's lead-in ("Fox
      // News Flash top headlines for Nov. 19"), not the next story's headline under its byline.
      return true;
    }
    if (i == from + 1 && i + 1 < kept.size() && prose(kept, i + 1) && !isDek(kept, i)
        && b.wordCount() > SHORT_LINE_MAX_WORDS && (isCapitals(b.text()) || b.text().contains("www."))) {
      return true; // "CLICK FOR FULL STATE SWIM RESULTS" under the headline: the body's first line
    }
    return prose(kept, i) || b.endsSentence() && b.wordCount() >= 3 && i + 1 < kept.size() && prose(kept, i + 1);
  }

  /** Whether a stub or boundary label sits on a block between the two, or on the first of them. */
  public static boolean boundaryBetween(Page page, Block before, Block after) {
    for (int i = before.index(); i < after.index(); i++) {
      Block b = page.block(i);
      if (page.has(b, Label.STUB) || page.has(b, Label.BOUNDARY)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a filter removed a block between the two. */
  static boolean gapBetween(Page page, Block before, Block after) {
    return after.index() - before.index() > 1;
  }

  /**
   * What each line of a page is, by its text alone, remembered once asked: the page's kept lines
   * change from filter to filter, but a line stays a byline or a title, so the three filters
   * that find heads on a page (and the head finder itself, which asks the same few questions of a
   * line from several places) pay once for whether a line is a byline or a date, the costliest.
   * A per-page analysis ({@link Page#analysis}).
   */
  static final class Shapes {
    private final byte[] flags;

    /** The heads last found on the page's kept list, that list, and how many decisions stood when last checked. */
    private @Nullable List<Head> heads;
    private @Nullable List<Block> headsKept;
    private int headsDecisions;

    /**
     * The page's features, whose pass over the chars has seen which lines hold a digit, a letter
     * or a web address, when the chain made them (a text page's does); otherwise null, and the
     * lines are read for them.
     */
    private final @Nullable TextFeatures features;

    Shapes(Page page) {
      this.flags = new byte[page.size()];
      this.features = TextFeatures.ifMade(page);
    }

    /** The block's flags, worked out on the first call for it. */
    int of(Block b) {
      int i = b.index();
      int f = flags[i];
      if (f == 0) {
        TextFeatures t = features;
        boolean meta;
        boolean title;
        boolean section;
        boolean never;
        if (t != null) {
          meta = isMeta(b, t.hasDigit(i));
          title = !meta && isTitleShape(b, t.hasLetter(i));
          section = !meta && isSectionLike(b, t.hasDigit(i), t.hasLetter(i));
          never = mayBeTitle(b) && isNeverTitle(b.text(), t.hasLink(i));
        } else {
          meta = isMeta(b);
          title = !meta && isTitleShape(b);
          section = !meta && isSectionLike(b);
          never = mayBeTitle(b) && isNeverTitle(b);
        }
        f = Lines.KNOWN | (isProse(b) ? Lines.PROSE : 0) | (meta ? Lines.META : 0) | (title ? Lines.TITLE_LIKE : 0)
            | (section ? Lines.SECTION_LIKE : 0) | (never ? Lines.NEVER_TITLE : 0);
        flags[i] = (byte) f;
      }
      return f;
    }
  }

  /**
   * The kept blocks, each with its {@link Shapes}, taken into arrays once per call: the head
   * finder asks some twenty questions of each line, and each would otherwise go through the
   * page's kept list and the page-wide flags.
   */
  private static final class Lines extends AbstractList<Block> implements RandomAccess {
    private static final int KNOWN = 1;
    private static final int PROSE = 2;
    private static final int META = 4;
    private static final int TITLE_LIKE = 8;
    private static final int SECTION_LIKE = 16;
    private static final int NEVER_TITLE = 32;

    private final Block[] blocks;
    private final byte[] flags;

    Lines(List<Block> kept, Shapes shapes) {
      int n = kept.size();
      blocks = kept.toArray(new Block[n]);
      flags = new byte[n];
      for (int i = 0; i < n; i++) {
        flags[i] = (byte) shapes.of(blocks[i]);
      }
    }

    @Override
    public Block get(int i) {
      return blocks[i];
    }

    @Override
    public int size() {
      return blocks.length;
    }

    boolean has(int i, int flag) {
      return (flags[i] & flag) != 0;
    }
  }

  private static boolean prose(List<Block> kept, int i) {
    return kept instanceof Lines l ? l.has(i, Lines.PROSE) : isProse(kept.get(i));
  }

  private static boolean meta(List<Block> kept, int i) {
    return kept instanceof Lines l ? l.has(i, Lines.META) : isMeta(kept.get(i));
  }

  private static boolean neverTitle(List<Block> kept, int i) {
    return kept instanceof Lines l ? l.has(i, Lines.NEVER_TITLE) : isNeverTitle(kept.get(i));
  }

  /**
   * Whether the line is short enough for {@link #isTitle} to take, title-like or not: past that,
   * whether it links elsewhere is never asked (and a long paragraph is the costliest to search).
   */
  private static boolean mayBeTitle(Block b) {
    return b.wordCount() <= TITLE_MAX_WORDS && b.length() <= TITLE_MAX_CHARS;
  }

  /**
   * A line that links elsewhere, whatever its shape: "SEE ALSO: Another story's title" opens no
   * article, nor does an embedded post with its link ("... no one's going to take it.
   * https://t.co/...").
   */
  private static boolean isNeverTitle(Block b) {
    return isNeverTitle(b.text(), b.text().contains("://"));
  }

  private static boolean isNeverTitle(String text, boolean link) {
    return link || SeeAlsoLines.labelEnd(text) > 0;
  }

  private static boolean titleLike(List<Block> kept, int i) {
    return kept instanceof Lines l ? l.has(i, Lines.TITLE_LIKE) : isTitleLike(kept.get(i));
  }

  /** A section label that is no byline or date. */
  private static boolean sectionLike(List<Block> kept, int i) {
    return kept instanceof Lines l ? l.has(i, Lines.SECTION_LIKE) : isSectionLike(kept.get(i)) && !isMeta(kept.get(i));
  }

  /**
   * A short label that opens with a capital ("Business", "Art de vivre"), with no digit: not an
   * alt text, a slug or a sponsor's code ("NSMNRL9").
   */
  static boolean isSectionLike(Block b) {
    int words = b.wordCount();
    // The cheap tests first: most lines are too long to be a label, and skip the two char scans.
    return words >= 1 && words <= SECTION_MAX_WORDS && b.length() <= SECTION_MAX_CHARS
        && isSectionLike(b, Texts.hasDigit(b.text()), Texts.hasLetter(b.text()));
  }

  /** The same, told whether the block's text has a digit and a letter. */
  private static boolean isSectionLike(Block b, boolean digit, boolean letter) {
    int words = b.wordCount();
    String t = b.text();
    return words >= 1 && words <= SECTION_MAX_WORDS && b.length() <= SECTION_MAX_CHARS
        && Character.isUpperCase(t.codePointAt(0)) && !digit
        && (!endsWithPunctuation(t) || words == 1 && isAbbreviation(t)) // "U.S.", "U.K."
        && letter && !isBullet(t);
  }

  public static boolean isTitleLike(Block b) {
    return isTitleShape(b) && !isMeta(b);
  }

  /**
   * A title's shape: 2 to 30 words, no full stop or colon at the end (that introduces what
   * follows), no opening in the middle of a sentence ("dalam Shahih ...", "and then ..."; "iPhone"
   * and "eBay" are names), no bullet, no row of menu items.
   */
  private static boolean isTitleShape(Block b) {
    return b.wordCount() <= TITLE_MAX_WORDS && isTitleShape(b, Texts.hasLetter(b.text()));
  }

  /** The same, told whether the block's text has a letter. */
  private static boolean isTitleShape(Block b, boolean letter) {
    int words = b.wordCount();
    String t = b.text();
    return words >= 2 && words <= TITLE_MAX_WORDS && b.length() <= TITLE_MAX_CHARS && !endsWithFullStop(t)
        && !t.endsWith(":") && !opensLowerCase(t) && letter && !isBullet(t) && !isMenu(t);
  }

  /** Whether the text opens with two lower-case letters: the middle of a sentence, not a title. */
  private static boolean opensLowerCase(String t) {
    return t.length() > 1 && Character.isLowerCase(t.charAt(0)) && Character.isLowerCase(t.charAt(1));
  }

  /**
   * A row of menu items or tags: "Home | News | Sports", "World · Business · Tech", "Early
   * retirement,Retiring early,Personal Finance" (commas with no space after them).
   */
  static boolean isMenu(String t) {
    int bars = 0;
    int tight = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '|' || c == '\u00b7' || c == '\u2022') {
        bars++;
      } else if (c == ',' && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))) {
        tight++;
      }
    }
    return bars >= 2 || tight >= 2;
  }

  /**
   * Whether kept[i], right under a headline, is its dek: a title-like line that runs long, or a
   * sentence of a dek's length right over a byline or date ("Europa's plumes appear to be real.").
   */
  static boolean isDek(List<Block> kept, int i) {
    Block b = kept.get(i);
    if (!meta(kept, i) && isDekShape(b)) {
      return true;
    }
    return b.wordCount() <= DEK_MAX_WORDS && !meta(kept, i) && i + 1 < kept.size() && meta(kept, i + 1);
  }


  /** A dek reads like a title that runs long: as long as a short paragraph, with no sentence end. */
  static boolean isDekLike(Block b) {
    return isDekShape(b) && !isMeta(b);
  }

  /**
   * A dek's shape: a title that runs long. A line in capitals is a link or a kicker ("CLICK FOR
   * FULL RESULTS"), and a line with a web address a fact box ("Tested by: ... More info:
   * www..."): under a headline, both open the body.
   */
  private static boolean isDekShape(Block b) {
    int words = b.wordCount();
    String t = b.text();
    return words >= 2 && words <= DEK_MAX_WORDS && !b.endsSentence() && Texts.hasLetter(t) && !isBullet(t)
        && !isCapitals(t) && !t.contains("www.") && !t.contains("://");
  }

  /** Whether every letter of the text is a capital. */
  private static boolean isCapitals(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLowerCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  public static boolean isProse(Block b) {
    return (b.endsSentence() && b.wordCount() >= PROSE_MIN_WORDS) || b.wordCount() >= PROSE_LONG_WORDS;
  }

  /** A byline, a date line or a time line: the lines of a head that are fields or noise, not text. */
  static boolean isMeta(Block b) {
    if (b.wordCount() > META_MAX_WORDS) {
      return false;
    }
    // Dates and times need a digit: most lines have none, and skip the slower tests.
    return isByline(b) || Texts.hasDigit(b.text()) && (isDate(b) || isTime(b));
  }

  /** The same, told whether the block's text has a digit. */
  private static boolean isMeta(Block b, boolean digit) {
    return b.wordCount() <= META_MAX_WORDS && (isByline(b) || digit && (isDate(b) || isTime(b)));
  }

  /** A clock time, a time-ago or a reading-time line: noise in a head, never a field. */
  static boolean isTime(Block b) {
    return b.wordCount() <= TimeLines.MAX_WORDS && TimeLines.looksLikeTime(b.text());
  }

  public static boolean isByline(Block b) {
    if (b.wordCount() > META_MAX_WORDS || b.wordCount() < 2 || endsWithFullStop(b.text())) {
      return false;
    }
    return Bylines.opensWithByline(b.text()) || Bylines.isStaffByline(b.text());
  }

  public static boolean isDate(Block b) {
    return b.wordCount() <= META_MAX_WORDS && DateLines.looksLikeDate(b.text());
  }

  /**
   * Whether the line ends with a full stop. A headline may end in ? or ! or an ellipsis, or in an
   * abbreviation ("at 8:45 a.m.", "in the U.S."): a final word with a dot inside it, after a letter, is one.
   */
  public static boolean endsWithFullStop(String t) {
    if (!t.endsWith(".") || t.endsWith("...")) {
      return false;
    }
    int start = t.lastIndexOf(' ') + 1;
    int dot = t.indexOf('.', start);
    // A dot inside a number ("a score of 409.30.") makes no abbreviation.
    return dot == t.length() - 1 || dot > start && Character.isDigit(t.charAt(dot - 1));
  }

  /** Whether a full stop ends the text inside closing quotes or brackets: {@code ...ones.)}. */
  private static boolean endsWithStopInside(String t) {
    int i = t.length() - 1;
    while (i > 0 && "\"')]\u201d\u2019\u00bb".indexOf(t.charAt(i)) >= 0) {
      i--;
    }
    return endsWithFullStop(t.substring(0, i + 1));
  }

  private static boolean endsWithPunctuation(String t) {
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
  }

  /** A word of letters with a dot after each: "U.S.", "U.K.", "E.U.". */
  private static boolean isAbbreviation(String t) {
    int n = t.length();
    if (n < 4 || n % 2 != 0) {
      return false;
    }
    for (int i = 0; i < n; i += 2) {
      if (!Character.isUpperCase(t.charAt(i)) || t.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }



  private static boolean isBullet(String t) {
    char c = t.charAt(0);
    return c == '*' || c == '\u2022' || c == '-' || c == '+' || c == '\u00b7' || c == '>' || c == '|';
  }
}
