package dev.winnow.filter.noise;

import dev.winnow.analysis.BlockKeys;
import dev.winnow.block.Block;
import dev.winnow.block.Container;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Removes runs of short lines that occur more than once on a page, such as a sponsor block
 * ("Banco Norte / Tienda Sol / Promo Verano") shown after every teaser, or a menu repeated in the
 * footer, even when no word of it is in any vocabulary. A run is a stretch of kept short,
 * non-prose lines of one group; two runs, or parts of runs, that share two or more consecutive
 * lines (compared normalized) are noise.
 *
 * <p>What it leaves alone: a single short line that repeats (a section label like "International"
 * before each teaser is structure, not noise), prose that repeats (a quote the article gives twice
 * ends a sentence or is long), and table and preformatted cells, whose repeated pairs are data.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(new AdLabelFilter(), new RepeatedBlockFilter());
 * }</pre>
 *
 * <p>Works in time linear in the page: every pair of consecutive lines is hashed once. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class RepeatedBlockFilter implements Filter {

  /** Lines of more words than this read as prose, not as labels, names or links. */
  static final int MAX_SHORT_WORDS = 8;

  /** Lines longer than this read as prose whatever their word count. */
  static final int MAX_SHORT_CHARS = 80;

  /** A pair of lines seen this many times, at places that do not overlap, is a repeat. */
  static final int MIN_OCCURRENCES = 2;

  /** A pair covers two lines: sightings that start closer than this share a line. */
  private static final int PAIR_SPAN = 2;

  /** A reason quotes this many lines of the run; a menu of forty items needs no more to be known. */
  static final int PREVIEW_LINES = 3;

  @Override
  public void apply(Page page) {
    List<List<Line>> runs = runs(page);
    // Count each pair of consecutive lines; overlapping sightings ("A A A") count once.
    Map<Pair, PairCount> pairs = new HashMap<>();
    // Each run's pairs, in order, so the second pass reads their counts without keying them again.
    List<PairCount[]> pairsOfRuns = new ArrayList<>(runs.size());
    int position = 0;
    for (List<Line> run : runs) {
      PairCount[] ofRun = new PairCount[Math.max(0, run.size() - 1)];
      for (int i = 0; i + 1 < run.size(); i++, position++) {
        PairCount c = pairs.computeIfAbsent(new Pair(run.get(i).key, run.get(i + 1).key), k -> new PairCount());
        if (c.count == 0 || position >= c.lastPosition + PAIR_SPAN) {
          c.count++;
          c.lastPosition = position;
        }
        ofRun[i] = c;
      }
      pairsOfRuns.add(ofRun);
      // Pairs of different runs never overlap.
      position += PAIR_SPAN;
    }
    for (int r = 0; r < runs.size(); r++) {
      removeRepeats(page, runs.get(r), pairsOfRuns.get(r));
    }
  }

  /** Removes the lines of a run that belong to a repeated pair, one reason per stretch. */
  private void removeRepeats(Page page, List<Line> run, PairCount[] pairs) {
    boolean[] repeated = new boolean[run.size()];
    int[] times = new int[run.size()];
    for (int i = 0; i + 1 < run.size(); i++) {
      int count = pairs[i].count;
      if (count >= MIN_OCCURRENCES) {
        repeated[i] = true;
        repeated[i + 1] = true;
        times[i] = Math.max(times[i], count);
        times[i + 1] = Math.max(times[i + 1], count);
      }
    }
    int i = 0;
    while (i < run.size()) {
      if (!repeated[i]) {
        i++;
        continue;
      }
      int end = i;
      int most = 0;
      while (end < run.size() && repeated[end]) {
        most = Math.max(most, times[end]);
        end++;
      }
      int lines = end - i;
      int recurs = most;
      List<Block> shown = new ArrayList<>(PREVIEW_LINES);
      for (int k = i; k < Math.min(end, i + PREVIEW_LINES); k++) {
        shown.add(run.get(k).block);
      }
      Supplier<String> reason = () -> "run of " + lines + " short lines that recurs on the page (" + recurs + " times): "
          + preview(shown, lines);
      Supplier<String> bulletReason = () -> "bullet inside a " + reason.get();
      for (int k = i; k < end; k++) {
        Line line = run.get(k);
        page.remove(line.block, name(), reason);
        if (k + 1 < end) {
          for (Block bullet : line.bulletsAfter) {
            page.remove(bullet, name(), bulletReason);
          }
        }
      }
      i = end;
    }
  }

  /**
   * The kept short lines, cut into runs at group changes and at every line too long to be short.
   * Removed blocks are passed over, so what an earlier filter took out of a run leaves it whole;
   * so are bare bullets and separators ("•", "|"), which say nothing about what repeats: they
   * ride along with the line before them.
   */
  private static List<List<Line>> runs(Page page) {
    List<List<Line>> runs = new ArrayList<>();
    List<Line> run = new ArrayList<>();
    int group = Integer.MIN_VALUE;
    BlockKeys keys = BlockKeys.of(page);
    for (Block b : page.kept()) {
      boolean isShort = isShortLine(b);
      String key = isShort ? keys.key(b) : "";
      if (isShort && key.isEmpty() && b.group() == group) {
        if (!run.isEmpty()) {
          run.get(run.size() - 1).bulletsAfter.add(b);
        }
        continue;
      }
      if (!isShort || b.group() != group) {
        flush(run, runs);
        run = new ArrayList<>();
      }
      group = b.group();
      if (isShort && !key.isEmpty()) {
        run.add(new Line(b, key, new ArrayList<>()));
      }
    }
    flush(run, runs);
    return runs;
  }

  private static void flush(List<Line> run, List<List<Line>> runs) {
    if (run.size() >= MIN_OCCURRENCES) {
      runs.add(run);
    }
  }

  /** Whether the block is a short non-prose line that can be part of a repeated run. */
  static boolean isShortLine(Block b) {
    return b.wordCount() <= MAX_SHORT_WORDS
        && b.length() <= MAX_SHORT_CHARS
        && !b.endsSentence()
        && !b.markup().in(Container.TABLE)
        && !b.markup().in(Container.PRE)
        // An HTML page says where its story is: lines the page itself puts inside <article> or
        // <main> that repeat are the story's own structure (a meal plan per day, a box score per
        // game), and the main-content filters judge them; banners there come from ad containers.
        && !b.markup().in(Container.ARTICLE)
        && !b.markup().in(Container.MAIN);
  }

  /** The first lines of a stretch of this many lines, quoted for a reason. */
  private static String preview(List<Block> shown, int lines) {
    StringBuilder sb = new StringBuilder("'");
    for (int k = 0; k < shown.size(); k++) {
      if (k > 0) {
        sb.append(" / ");
      }
      sb.append(shown.get(k).text());
    }
    if (lines > PREVIEW_LINES) {
      sb.append(" / \u2026");
    }
    return sb.append('\'').toString();
  }

  /** A short line, its normalized text, and the bare bullets that follow it in its run. */
  private record Line(Block block, String key, List<Block> bulletsAfter) {}

  /**
   * Two consecutive lines' keys: hashed from the keys' own cached hashes, so that counting a pair
   * neither joins nor rehashes its text.
   */
  private record Pair(String first, String second) {}

  /** How often a pair was seen, and where last, so overlapping sightings count once. */
  private static final class PairCount {
    int count;
    int lastPosition;
  }
}
