package dev.winnow.filter.noise;

import dev.winnow.InputKind;
import dev.winnow.analysis.ArticleHeads;
import dev.winnow.block.Block;
import dev.winnow.block.Container;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.internal.IntSet;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Removes what the other noise filters left of a widget: the short lines of a group most of
 * whose blocks they removed. In "Sign up for our newsletter / Get the morning headlines delivered
 * to your inbox. / Subscribe" the first and last lines are known chrome; the middle one, in no
 * vocabulary, stood in the same box, so it is part of the widget too. The same holds for the
 * "Customise" button of a cookie wall and the odd caption of an ad run.
 *
 * <p>A group qualifies when at least {@value #MIN_REMOVED_NUMERATOR} in
 * {@value #MIN_REMOVED_DENOMINATOR} of its blocks, and at least {@value #MIN_REMOVED} of them, are
 * already removed. In it, a kept block goes when it has at most {@value #MAX_WORDS} words. A menu
 * qualifies with one in {@value #MENU_REMOVED_DENOMINATOR} removed, when every block it has left is
 * a menu item of at most {@value #MAX_MENU_WORDS} words: "Coastline Daily / Home / News / Sport /
 * Search / Sign in" loses the lines no vocabulary knows with the ones it knows. What always stays:
 * longer blocks (a paragraph that shares a run with an ad label), labelled blocks (a section
 * label, a headline, a stub), and table and preformatted cells; and in a group that holds such a paragraph, a body with an ad
 * slot set into it, a short line that ends a sentence and a heading.
 *
 * <p>Runs last among the noise filters, since it judges what they decided.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(new PageChromeFilter(), new WidgetRemainderFilter());
 * }</pre>
 *
 * <p>Linear: one pass to count each group, one to decide. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WidgetRemainderFilter implements Filter {

  /** A line of more words than this is more than a widget's caption or button. */
  static final int MAX_WORDS = 10;

  /** The share of a group that must be removed already: two in three. */
  static final int MIN_REMOVED_NUMERATOR = 2;

  static final int MIN_REMOVED_DENOMINATOR = 3;

  /**
   * A run of menu items (every kept line at most {@value #MAX_MENU_WORDS} words, none a sentence)
   * needs only one in three removed: "Home / News / Business / Sport / Search / Sign in".
   */
  static final int MENU_REMOVED_DENOMINATOR = 3;

  /** The most words of a menu item: "Real Estate", "Science and Tech". */
  static final int MAX_MENU_WORDS = 3;

  /** One removed line of two is no widget: a paragraph and its ad label would qualify. */
  static final int MIN_REMOVED = 2;

  @Override
  public void apply(Page page) {
    List<Block> blocks = page.blocks();
    int n = blocks.size();
    BitSet heads = null;
    IntSet bodies = null;
    int start = 0;
    while (start < n) {
      int group = blocks.get(start).group();
      int end = start;
      int removed = 0;
      while (end < n && blocks.get(end).group() == group) {
        removed += page.isRemoved(blocks.get(end)) ? 1 : 0;
        end++;
      }
      int size = end - start;
      if (removed >= MIN_REMOVED && removed < size) {
        String why = removed * MIN_REMOVED_DENOMINATOR >= size * MIN_REMOVED_NUMERATOR
            ? "short line in a run that is mostly noise"
            : removed * MENU_REMOVED_DENOMINATOR >= size && allMenuItems(page, start, end)
                ? "item of a menu whose other items are chrome"
                : null;
        if (why != null) {
          int noise = removed;
          Supplier<String> reason = () -> why + " (" + noise + " of " + size + " removed)";
          if (bodies == null) {
            bodies = bodies(page);
          }
          boolean body = bodies.contains(group);
          for (int i = start; i < end; i++) {
            Block b = blocks.get(i);
            if (page.isKept(b) && isRemainder(page, b) && !(body && (b.endsSentence() || b.markup().headingLevel() > 0))) {
              // The page's heads, found once a line is up for removal: finding them costs more
              // than all the rest of this filter, and most runs that are mostly noise have no such line.
              if (heads == null) {
                heads = heads(page);
              }
              if (!heads.get(i)) {
                page.remove(b, name(), reason);
              }
            }
          }
        }
      }
      start = end;
    }
  }

  /**
   * The blocks of the articles' heads that {@link ArticleHeads} sees on a text page with strong
   * evidence (section, headline, dek, byline, date): no widget's remainder, even in a run that is
   * mostly noise, as a text browser's compact dump makes of a whole page. Empty for HTML, whose
   * heads have elements.
   */
  private static BitSet heads(Page page) {
    BitSet heads = new BitSet();
    if (page.input() != InputKind.TEXT) {
      return heads;
    }
    List<Block> kept = page.kept();
    for (ArticleHeads.Head h : ArticleHeads.find(page, kept)) {
      for (int k = h.first(); h.strong() && k < h.body(); k++) {
        heads.set(kept.get(k).index());
      }
    }
    return heads;
  }

  /**
   * The groups that hold a paragraph of prose, kept, longer than a widget's line and ending a
   * sentence, anywhere on the page: each is a body with noise set into it, not a widget, and a
   * short sentence in it is a paragraph of one sentence ("The mayor declined to comment."), a
   * heading element its heading. In HTML a group is the children of one element, which an ad
   * slot of paragraphs may split into runs; in text a group is one run of lines.
   */
  private static IntSet bodies(Page page) {
    IntSet bodies = new IntSet();
    for (Block b : page.blocks()) {
      if (page.isKept(b) && b.wordCount() > MAX_WORDS && b.endsSentence()) {
        bodies.add(b.group());
      }
    }
    return bodies;
  }

  /** Whether every kept block of the run reads like a menu item: a few words, no sentence, no label. */
  private static boolean allMenuItems(Page page, int start, int end) {
    for (int i = start; i < end; i++) {
      Block b = page.block(i);
      if (page.isKept(b) && (b.wordCount() > MAX_MENU_WORDS || b.endsSentence() || !isRemainder(page, b))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isRemainder(Page page, Block b) {
    return b.wordCount() <= MAX_WORDS
        && !page.isLabelled(b)
        && !b.markup().in(Container.TABLE)
        && !b.markup().in(Container.PRE);
  }
}
