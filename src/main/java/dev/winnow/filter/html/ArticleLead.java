package dev.winnow.filter.html;

import dev.winnow.block.Block;
import dev.winnow.block.Container;
import dev.winnow.block.DomNode;
import dev.winnow.block.Markup;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lead of an article whose markup sets it apart from the body: the paragraph between the
 * headline and the body that sums the story up (a teaser text, intro or standfirst, often a
 * {@code <p class="lead">}), in a header or box of its own beside the container {@link
 * ContentScorer} picks. Read upwards from the first block of the main content: a lead is a
 * paragraph of a sentence or more with few links, not a heading (a subtitle set as one is the
 * head's), not a caption and not a list item, met before the headline is; without a headline
 * within {@link #MAX_DISTANCE} blocks above the body, nothing there is taken for a lead (it may be
 * a teaser of another story). The headline and the byline and date lines between are not kept
 * here: they are the head's, which {@link ArticleHeaderFilter} finds.
 *
 * <pre>{@code
 * <header><h1>Repair café on Friday</h1><p class="date">27.01.2020</p>
 *   <div class="teaser-text"><p>Volunteers mend what is broken, and have fun doing it.</p></div></header>
 * <div class="news-text">...</div>    // the main content; the teaser text above is its lead
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class ArticleLead {
  /** How many blocks above the body the headline may stand: a dek, a byline, a date, a caption, a share bar. */
  static final int MAX_DISTANCE = 8;

  /** How many lines a lead may run to. */
  static final int MAX_LINES = 2;

  /** A lead is at least this long ({@link TextWeight} units): a sentence, not a label or a kicker. */
  static final int MIN_CHARS = 50;

  /** ... and has at least this many words. */
  static final int MIN_WORDS = 7;

  /** ... and at most this share of it is link text. */
  static final double MAX_LINK_DENSITY = 0.2;

  private ArticleLead() {}

  /**
   * The lead lines above the body, in page order, or an empty list.
   *
   * @param blocks the blocks the main content was chosen from, in page order
   * @param first the position in {@code blocks} of the first block of the main content
   * @param stated the page's stated headline, or null
   */
  static List<Block> above(List<Block> blocks, int first, @Nullable String stated) {
    List<Block> leads = List.of();
    String want = null; // the stated headline's key, made when a heading is met
    for (int i = first - 1; i >= 0 && i >= first - MAX_DISTANCE; i--) {
      Block b = blocks.get(i);
      int level = headingLevel(b);
      if (level > 1 && want == null) {
        want = stated == null ? "" : ArticleHeaderFilter.key(stated);
      }
      if (level == 1 || level > 0 && isStated(b, want)) {
        return leads;
      }
      if (isLead(b) && leads.size() < MAX_LINES) {
        if (leads.isEmpty()) {
          leads = new ArrayList<>(MAX_LINES);
        }
        leads.add(0, b);
      }
    }
    return List.of();
  }

  /**
   * The block's heading level, or its parent's or grandparent's when it is the text of a box set
   * inside a heading ({@code <h1><div>Title</div></h1>}); 0 for none.
   */
  static int headingLevel(Block b) {
    int level = b.markup().headingLevel();
    DomNode n = b.markup().node();
    for (int up = 0; level == 0 && n != null && up <= HEADING_LEVELS_UP; up++, n = n.parent()) {
      level = Markup.headingLevel(n.tag());
    }
    return level;
  }

  /** How many elements above a block's own a heading is looked for. */
  private static final int HEADING_LEVELS_UP = 2;

  /** Whether the heading's text is the page's stated headline (as {@link ArticleHeaderFilter} matches them). */
  private static boolean isStated(Block heading, @Nullable String want) {
    return want != null && !want.isEmpty() && ArticleHeaderFilter.matches(ArticleHeaderFilter.key(heading.text()), want);
  }

  static boolean isLead(Block b) {
    Markup m = b.markup();
    return m.headingLevel() == 0 && m.linkDensity() <= MAX_LINK_DENSITY && !m.in(Container.FIGCAPTION)
        && !m.in(Container.FIGURE) && !m.in(Container.LIST) && b.endsSentence()
        && b.wordCount() >= MIN_WORDS && TextWeight.of(b.text()) >= MIN_CHARS;
  }
}
