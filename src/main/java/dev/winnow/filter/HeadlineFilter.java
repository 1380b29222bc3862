package dev.winnow.filter;

import dev.winnow.InputKind;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the structure of articles on a plain-text page: section labels, headlines, deks, bylines
 * and dates, as labels the segmenter splits articles by. Runs after the noise filters, on what
 * they kept.
 *
 * <p>An article opens at a <em>start</em>: the top of the page, or the first kept block after a
 * read-more stub or list boundary. There, or wherever a short line recurs that opens articles
 * elsewhere on the page, it looks for
 *
 * <pre>
 *   [section]   a short line: 1 to 4 words, no sentence end ("International")
 *   headline    a title-like line: up to 30 words, not ending in a full stop
 *   [dek]       another title-like line, not ending a sentence
 *   [byline]    "By ...", "Por ...", "Par ...", "Von ...", "Di ..."
 *   [date]      a short line with a year and a month, or a numeric date
 *   body        a prose paragraph
 * </pre>
 *
 * A page whose blocks a earlier filter already labelled {@link Label#HEADLINE} (the main-article
 * selection, or an HTML page's own metadata) is left alone. Only plain-text pages are read:
 * HTML pages have their markup to say what a headline is.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HeadlineFilter implements Filter {
  /** The most words a section label has; "International", "Latin America", "Science and Tech". */
  static final int SECTION_MAX_WORDS = 4;

  /** The most chars a section label has. */
  static final int SECTION_MAX_CHARS = 40;

  /** The most words a headline or dek has; longer lines are paragraphs. */
  static final int TITLE_MAX_WORDS = 30;

  /** The most chars a headline or dek has. */
  static final int TITLE_MAX_CHARS = 250;

  /** The most words a dek has: some run to a full sentence's length, without its full stop. */
  static final int DEK_MAX_WORDS = 45;

  /** The fewest words of a body paragraph that ends a sentence. */
  static final int PROSE_MIN_WORDS = 8;

  /** Past this many words a paragraph is prose even without a sentence end. */
  static final int PROSE_LONG_WORDS = 25;

  /** The most words of a byline or a date line. */
  static final int BYLINE_MAX_WORDS = 8;

  @Override
  public void apply(Page page) {
    if (page.input() != InputKind.TEXT) {
      return;
    }
    if (page.anyKept(Label.HEADLINE)) {
      return;
    }
    List<Block> kept = page.kept();
    Map<String, Integer> shortLines = new HashMap<>();
    for (Block b : kept) {
      if (isSectionLike(b)) {
        shortLines.merge(b.text(), 1, Integer::sum);
      }
    }
    BitSet navigationRuns = navigationRuns(page);
    boolean atStart = true;
    int lastBoundaryIndex = -1;
    for (int k = 0; k < kept.size(); k++) {
      Block b = kept.get(k);
      if (boundaryBetween(page, lastBoundaryIndex, b.index())) {
        atStart = true;
      }
      lastBoundaryIndex = b.index();
      // Whether a block is section-like depends on its text alone, so only those were counted.
      boolean sectionLike = isSectionLike(b);
      boolean recurring = sectionLike && shortLines.getOrDefault(b.text(), 0) > 1;
      int opened = -1;
      if ((atStart || recurring) && sectionLike && k + 1 < kept.size() && !navigationRuns.get(b.index())) {
        int body = articleAfterHeadline(kept, k + 1);
        if (body > 0) {
          page.label(b, Label.SECTION, name(), (recurring ? "short line recurring on the page" : "short line at an article start")
              + " right above a headline");
          opened = k + 1;
        }
      }
      if (opened < 0 && atStart && articleAfterHeadline(kept, k) > 0
          && !(sectionLike && navigationRuns.get(b.index()))) {
        opened = k;
      }
      if (opened >= 0) {
        k = labelArticleHead(page, kept, opened);
        atStart = false;
        lastBoundaryIndex = kept.get(k).index();
        continue;
      }
      // Lines that open nothing (a teaser title, a stray label) do not use up the start: the
      // article may open a few lines further down. Prose does: it belongs to the article before.
      atStart &= !isProse(b);
    }
  }

  /**
   * The blocks that stand in one run of lines with chrome a filter removed ("The Daily Courier /
   * Menu / Search / Subscribe"): a masthead or menu items, not the section label of an article.
   * Found in one pass over the page's groups: a scan of the run for each line asked about would be
   * quadratic in a long run of short lines. Exact for kept blocks, the only ones asked about (the
   * filter removes nothing).
   */
  private static BitSet navigationRuns(Page page) {
    BitSet runs = new BitSet(page.size());
    int start = 0;
    while (start < page.size()) {
      int group = page.block(start).group();
      int end = start;
      boolean removed = false;
      while (end < page.size() && page.block(end).group() == group) {
        removed |= page.isRemoved(page.block(end));
        end++;
      }
      if (removed) {
        runs.set(start, end);
      }
      start = end;
    }
    return runs;
  }

  /** Whether a stub or boundary label sits on a block strictly between the two indexes. */
  private static boolean boundaryBetween(Page page, int after, int before) {
    for (int i = after + 1; i < before; i++) {
      Block b = page.block(i);
      if (page.has(b, Label.STUB) || page.has(b, Label.BOUNDARY)) {
        return true;
      }
    }
    return false;
  }

  /**
   * If kept[h] can be a headline with its dek, byline and date under it and then a prose
   * paragraph, the index in kept of that paragraph; otherwise -1.
   */
  static int articleAfterHeadline(List<Block> kept, int h) {
    if (h >= kept.size() || !isTitleLike(kept.get(h))) {
      return -1;
    }
    int i = h + 1;
    if (i < kept.size() && isDekLike(kept.get(i))) {
      i++;
    }
    if (i < kept.size() && isByline(kept.get(i))) {
      i++;
    }
    if (i < kept.size() && isDate(kept.get(i))) {
      i++;
    }
    return i < kept.size() && isProse(kept.get(i)) ? i : -1;
  }

  /** Labels the headline at kept[h] and what stands under it; returns the last index in kept labelled. */
  private int labelArticleHead(Page page, List<Block> kept, int h) {
    int body = articleAfterHeadline(kept, h);
    page.label(kept.get(h), Label.HEADLINE, name(), "title-like line opening an article, prose follows");
    int last = h;
    for (int i = h + 1; i < body; i++) {
      Block b = kept.get(i);
      if (isByline(b)) {
        page.label(b, Label.BYLINE, name(), "author line under the headline");
      } else if (isDate(b)) {
        page.label(b, Label.DATE, name(), "date line under the headline");
      } else {
        page.label(b, Label.DEK, name(), "title-like line between headline and body");
      }
      last = i;
    }
    return last;
  }

  static boolean isSectionLike(Block b) {
    int words = b.wordCount();
    return words >= 1 && words <= SECTION_MAX_WORDS && b.length() <= SECTION_MAX_CHARS && !endsWithPunctuation(b.text())
        && hasLetter(b.text()) && !isBullet(b.text());
  }

  static boolean isTitleLike(Block b) {
    int words = b.wordCount();
    String t = b.text();
    return words >= 2 && words <= TITLE_MAX_WORDS && b.length() <= TITLE_MAX_CHARS && !endsWithFullStop(t)
        && hasLetter(t) && !isBullet(t);
  }

  /**
   * A dek reads like a title that runs long: it may be as long as a short paragraph, but it does
   * not end a sentence.
   */
  static boolean isDekLike(Block b) {
    int words = b.wordCount();
    String t = b.text();
    return words >= 2 && words <= DEK_MAX_WORDS && !b.endsSentence() && hasLetter(t) && !isBullet(t)
        && !isByline(b) && !isDate(b);
  }

  static boolean isProse(Block b) {
    return (b.endsSentence() && b.wordCount() >= PROSE_MIN_WORDS) || b.wordCount() >= PROSE_LONG_WORDS;
  }

  static boolean isByline(Block b) {
    if (b.wordCount() > BYLINE_MAX_WORDS || b.wordCount() < 2 || endsWithFullStop(b.text())) {
      return false;
    }
    return Bylines.opensWithByline(b.text());
  }

  static boolean isDate(Block b) {
    return b.wordCount() <= BYLINE_MAX_WORDS && DateLines.looksLikeDate(b.text());
  }

  /**
   * Whether the line ends with a full stop. A headline may end in ? or ! or an ellipsis, or in an
   * abbreviation ("at 8:45 a.m.", "in the U.S."): a final word with a dot inside it is one.
   */
  static boolean endsWithFullStop(String t) {
    if (!t.endsWith(".") || t.endsWith("...")) {
      return false;
    }
    int start = t.lastIndexOf(' ') + 1;
    return t.indexOf('.', start) == t.length() - 1;
  }

  private static boolean endsWithPunctuation(String t) {
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
  }

  private static boolean hasLetter(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBullet(String t) {
    char c = t.charAt(0);
    return c == '*' || c == '\u2022' || c == '-' || c == '+' || c == '\u00b7' || c == '>' || c == '|';
  }
}
