package dev.winnow.filter.html;

import com.google.common.base.Suppliers;
import dev.winnow.InputKind;
import dev.winnow.block.Block;
import dev.winnow.block.Decision;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.filter.html.ContentScorer.Selection;
import dev.winnow.source.HintPatterns;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article body of an HTML page and removes everything outside it. Candidate
 * containers are scored Readability-style ({@link ContentScorer}): paragraphs give their parent
 * and grandparent points for length and commas, containers gain or lose by their class words
 * ({@link HintPatterns#content()}, {@link HintPatterns#chrome()}) and lose by their link density;
 * the best one, with the siblings that belong to it, is the main content. The article's lead,
 * when its markup sets it in a box of its own between the headline and that content, stays with
 * it ({@link ArticleLead}).
 *
 * <p>When that finds less than {@link #MIN_ARTICLE_CHARS} of text, a fallback ladder relaxes one
 * heuristic at a time, as Readability does, and keeps the longest result:
 * <ol>
 *   <li>score with class words;
 *   <li>score without class words (for sites whose body is called something "chrome-like");
 *   <li>score again counting blocks {@link NoiseContainerFilter} removed, and restore those that
 *       land inside the new main content (for a body wrapped in a container named like a widget).
 * </ol>
 * A page {@link ListingFilter} split into several articles is left alone. A page with no paragraph
 * of prose (see {@link #hasProse}), a post of a few short lines, keeps where the scorer finds its
 * text gathers; when even the scorer finds nothing (a "not found" page), it has no article: all
 * its blocks go. Plain-text
 * pages are left alone.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.news().replacing("MainContentFilter",
 *     new MainContentFilter(HintPatterns.content().with("mag-copy"), HintPatterns.chrome()));
 * p.clean(Input.html(html)).removal(block);   // "outside the main content body/div.story-body"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MainContentFilter implements Filter {
  /** Below this many chars the main content is too short to trust; try the next rung (Readability: 500). */
  static final int MIN_ARTICLE_CHARS = 500;

  /** The name whose removals the third rung of the ladder reconsiders. */
  private static final String NOISE_FILTER = "NoiseContainerFilter";

  private final ContentScorer scorer;

  /** A filter with the default content and chrome vocabularies. */
  public MainContentFilter() {
    this(HintPatterns.content(), HintPatterns.chrome());
  }

  /**
   * A filter with the given vocabularies.
   *
   * @param content words of containers that hold the article body
   * @param chrome words of containers that hold page chrome
   */
  public MainContentFilter(HintPatterns content, HintPatterns chrome) {
    this.scorer = new ContentScorer(Objects.requireNonNull(content, "content"), Objects.requireNonNull(chrome, "chrome"));
  }

  @Override
  public void apply(Page page) {
    if (page.input() != InputKind.HTML) {
      return;
    }
    if (page.anyKept(Label.HEADLINE)) {
      // ListingFilter split the page into several articles already.
      return;
    }
    List<Block> kept = page.kept();
    Attempt best = null;
    if (hasProse(kept)) {
      best = attempt(kept, true, "");
      if (best == null || best.chars < MIN_ARTICLE_CHARS) {
        best = longer(best, attempt(kept, false, " (class words ignored)"));
      }
    }
    if (best == null || best.chars < MIN_ARTICLE_CHARS) {
      List<Block> withNoise = withNoiseBlocks(page, kept);
      if (withNoise.size() > kept.size() && hasProse(withNoise)) {
        best = longer(best, attempt(withNoise, true, " (widget-named containers counted)"));
      }
    }
    if (best == null && !kept.isEmpty()) {
      // No paragraph of prose anywhere: a post of a few short lines (dialogue, a poem, a list).
      // The scorer still finds where the page's text gathers; without it, nothing is kept.
      best = attempt(kept, true, " (no paragraph of prose on the page)");
      if (best != null && textLines(best) < MIN_POST_LINES) {
        best = null; // a heading and a line or two: a "not found" or "moved" notice, no post
      }
    }
    if (best == null) {
      for (Block b : kept) {
        page.remove(b, name(), "no article on the page: no paragraph of prose");
      }
      return;
    }
    // Most blocks of a page are outside: one reason, put into words when first read, serves them.
    String where = best.selection.top().dom.path() + best.note;
    Supplier<String> inside = Suppliers.memoize(() -> "inside the main content " + where);
    Supplier<String> outside = Suppliers.memoize(() -> "outside the main content " + where);
    List<Block> leads = ArticleLead.above(best.blocks, first(best), page.metadata().headline());
    for (Block b : best.blocks) {
      boolean in = best.selection.contains(b);
      if (in && page.isRemoved(b)) {
        page.restore(b, name(), inside);
      } else if (!in && page.isKept(b) && !leads.contains(b)) {
        page.remove(b, name(), outside);
      }
    }
    for (Block b : leads) {
      // Labelled, so that a later filter does not take its box ("teaser", "intro") for chrome.
      page.label(b, Label.CONTENT, name(), "the article's lead, between its headline and the main content");
    }
  }

  /** The position in the attempt's blocks of the first one inside its selection. */
  private static int first(Attempt a) {
    for (int i = 0; i < a.blocks.size(); i++) {
      if (a.selection.contains(a.blocks.get(i))) {
        return i;
      }
    }
    return a.blocks.size();
  }

  /** The kept blocks and those {@link NoiseContainerFilter} removed, in page order. */
  private static List<Block> withNoiseBlocks(Page page, List<Block> kept) {
    BitSet noise = new BitSet();
    for (Decision d : page.decisions()) {
      if (d.action() == Decision.Action.REMOVE && d.filter().equals(NOISE_FILTER)) {
        noise.set(d.block());
      }
    }
    List<Block> out = new ArrayList<>(kept);
    for (int i = noise.nextSetBit(0); i >= 0; i = noise.nextSetBit(i + 1)) {
      Block b = page.block(i);
      if (page.isRemoved(b) && page.removal(b).map(d -> d.filter().equals(NOISE_FILTER)).orElse(false)) {
        out.add(b);
      }
    }
    out.sort(Comparator.comparingInt(Block::index));
    return out;
  }

  /**
   * The fewest lines of text, headings and links aside, that a page with no paragraph of prose must have in
   * its main content to be a post (a dialogue, a poem, a results list) rather than a notice.
   */
  static final int MIN_POST_LINES = 3;

  /** The blocks of the attempt's selection that are neither a heading nor mostly a link. */
  private static int textLines(Attempt a) {
    int lines = 0;
    for (Block b : a.blocks) {
      if (a.selection.contains(b) && b.markup().headingLevel() == 0
          && b.markup().linkDensity() < ContentTree.PROSE_MAX_LINK_DENSITY) {
        lines++;
      }
    }
    return lines;
  }

  /** Whether some block reads as a paragraph of an article ({@link ContentTree#isProse}). */
  static boolean hasProse(List<Block> blocks) {
    for (Block b : blocks) {
      if (ContentTree.isProse(b)) {
        return true;
      }
    }
    return false;
  }

  /** One rung of the ladder: the blocks scored, what was selected, and how much text that is. */
  private record Attempt(List<Block> blocks, Selection selection, int chars, String note) {}

  private @Nullable Attempt attempt(List<Block> blocks, boolean weighClasses, String note) {
    ContentTree tree = ContentTree.of(blocks);
    Selection s = scorer.select(tree, weighClasses);
    if (s == null) {
      return null;
    }
    int chars = 0;
    for (Block b : blocks) {
      if (s.contains(b)) {
        chars += b.length();
      }
    }
    return new Attempt(blocks, s, chars, note);
  }

  private static @Nullable Attempt longer(@Nullable Attempt a, @Nullable Attempt b) {
    if (a == null) {
      return b;
    }
    return b != null && b.chars > a.chars ? b : a;
  }
}
