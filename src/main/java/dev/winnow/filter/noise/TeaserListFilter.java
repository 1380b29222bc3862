package dev.winnow.filter.noise;

import dev.winnow.analysis.BlockKeys;
import dev.winnow.analysis.Keys;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.analysis.WordIndex;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.internal.ReadsTextFeatures;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Removes lists of teasers, the title-like lines (at most {@value #MAX_TEASER_WORDS} words, no
 * full stop at the end) that stand in one run under a line saying what they are:
 *
 * <ul>
 *   <li>under a sponsored label ("Sponsored content", "Paid post", "Conteúdo patrocinado"; the
 *       built-in {@code sponsored-labels}), down to the first line that is not a teaser, or above
 *       a recommendation widget's credit line ("by Taboola", "Recommended by Outbrain"), up to
 *       the first that is not. The credit lines go too: a vendor of {@code widget-vendors} alone
 *       or after a lead of {@code widget-credits};
 *   <li>under a list heading that an earlier filter labelled {@link Label#BOUNDARY} ("Most
 *       read", "You may also like"), when at least {@value #MIN_LIST} teasers and nothing else
 *       follow it in its run;
 *   <li>under a read-more link that an earlier filter labelled {@link Label#STUB}, on the same
 *       terms: "Leia mais" over two headlines is a "read also" box inside an article, not the
 *       end of a teaser, so the stub label is taken off and the article goes on below it.
 * </ul>
 *
 * A paragraph ends a list, and a run with anything but teasers under a list heading is left
 * alone, so an article that follows its heading without a blank line keeps its text.
 *
 * <pre>{@code
 * Filter teasers = new TeaserListFilter();
 * Filter more = new TeaserListFilter(Vocabulary.builtIn("sponsored-labels").plus("Reklama"),
 *     Vocabulary.builtIn("widget-vendors").plus("Acme Recs"));
 * }</pre>
 *
 * <p>Runs after {@link ReadMoreStubFilter} and {@link PageChromeFilter}, whose labels it reads.
 * Each block is looked at a bounded number of times. Immutable and thread-safe.
 *
 * @since 0.1
 */
@ReadsTextFeatures
public final class TeaserListFilter implements Filter {
  private static final Vocabulary BUILT_IN_LABELS = Vocabulary.builtIn("sponsored-labels");
  private static final Vocabulary BUILT_IN_VENDORS = Vocabulary.builtIn("widget-vendors");
  private static final Vocabulary CREDIT_LEADS = Vocabulary.builtIn("widget-credits");

  /** A teaser is a title: longer lines are paragraphs. */
  static final int MAX_TEASER_WORDS = 20;

  /** A teaser title has two words or more; a single word is a menu item or a label. */
  static final int MIN_TEASER_WORDS = 2;

  /** Under a list heading or a read-more link, fewer teasers than this are no list. */
  static final int MIN_LIST = 2;

  private final Vocabulary labels;
  private final Vocabulary vendors;
  private final int creditMaxWords;
  private final int creditMaxLength;

  /** A word of every vendor's name, so most blocks are found no credit by a pass of char tests. */
  private final WordIndex vendorWords;

  /** A filter with the built-in {@code sponsored-labels} and {@code widget-vendors}. */
  public TeaserListFilter() {
    this(BUILT_IN_LABELS, BUILT_IN_VENDORS);
  }

  /** A filter with the given sponsored labels and widget vendors. */
  public TeaserListFilter(Vocabulary sponsoredLabels, Vocabulary widgetVendors) {
    this.labels = Objects.requireNonNull(sponsoredLabels, "sponsoredLabels");
    this.vendors = Objects.requireNonNull(widgetVendors, "widgetVendors");
    this.creditMaxWords = CREDIT_LEADS.maxWords() + vendors.maxWords();
    this.creditMaxLength = CREDIT_LEADS.maxKeyLength() + 1 + vendors.maxKeyLength();
    this.vendorWords = new WordIndex(longestLetterRuns(vendors.keys()));
  }

  @Override
  public void apply(Page page) {
    List<Block> blocks = page.blocks();
    int start = 0;
    while (start < blocks.size()) {
      int end = start + 1;
      while (end < blocks.size() && blocks.get(end).group() == blocks.get(start).group()) {
        end++;
      }
      applyToRun(page, start, end);
      start = end;
    }
  }

  /**
   * Decides on the run blocks[start..end) in one pass: every block is visited a bounded number of
   * times, however many heads and credits the run holds.
   */
  private void applyToRun(Page page, int start, int end) {
    List<Block> blocks = page.blocks();
    int len = end - start;
    Kind[] kinds = new Kind[len];
    int lastTeaser = -1;
    for (int k = 0; k < len; k++) {
      Block b = blocks.get(start + k);
      if (isCredit(page, b)) {
        kinds[k] = Kind.CREDIT;
        page.remove(b, name(), "recommendation widget credit '" + b.text() + "'");
      } else if (page.has(b, Label.BOUNDARY)) {
        kinds[k] = Kind.LIST_HEADING;
      } else if (page.has(b, Label.STUB)) {
        kinds[k] = Kind.READ_MORE;
      } else if (page.isRemoved(b)) {
        kinds[k] = Kind.REMOVED;
      } else if (isTeaser(b)) {
        kinds[k] = Kind.TEASER;
        lastTeaser = k;
      } else {
        kinds[k] = Kind.OTHER;
      }
    }
    if (lastTeaser < 0) {
      return;
    }
    // Only a block with a teaser after it can head a sponsored list; most runs have none.
    String[] heads = new String[len];
    for (int k = 0; k < lastTeaser; k++) {
      if (kinds[k] == Kind.TEASER || kinds[k] == Kind.REMOVED || kinds[k] == Kind.OTHER) {
        String key = BlockKeys.of(page).key(blocks.get(start + k), labels.maxWords(), labels.maxKeyLength());
        Vocabulary.Match sponsored = key == null ? null : labels.lookup(key);
        if (sponsored != null) {
          kinds[k] = Kind.SPONSORED;
          heads[k] = sponsored.describe();
        }
      }
    }
    // From the right: where a sponsored list stops, and whether all that follows is teasers.
    int[] stop = new int[len + 1];
    int[] teasersAfter = new int[len + 1];
    boolean[] onlyTeasersAfter = new boolean[len + 1];
    stop[len] = len;
    onlyTeasersAfter[len] = true;
    for (int k = len - 1; k >= 0; k--) {
      stop[k] = kinds[k] == Kind.OTHER || kinds[k] == Kind.CREDIT ? k : stop[k + 1];
      teasersAfter[k] = teasersAfter[k + 1] + (kinds[k] == Kind.TEASER ? 1 : 0);
      onlyTeasersAfter[k] = onlyTeasersAfter[k + 1] && kinds[k] != Kind.OTHER;
    }
    int lastOther = -1;
    int cleared = 0;
    for (int k = 0; k < len; k++) {
      Block b = blocks.get(start + k);
      switch (kinds[k]) {
        case OTHER -> lastOther = k;
        case CREDIT -> {
          removeTeasers(page, start, kinds, Math.max(lastOther + 1, cleared), k,
              "teaser above the widget credit '" + b.text() + "'");
          cleared = k + 1;
        }
        case SPONSORED -> {
          removeTeasers(page, start, kinds, k + 1, stop[k + 1], "teaser under the sponsored label " + heads[k]);
          cleared = Math.max(cleared, stop[k + 1]);
          k = stop[k + 1] - 1;
        }
        case LIST_HEADING, READ_MORE -> {
          if (onlyTeasersAfter[k + 1] && teasersAfter[k + 1] >= MIN_LIST) {
            boolean stub = kinds[k] == Kind.READ_MORE;
            removeTeasers(page, start, kinds, k + 1, len, (stub ? "link under the read-more heading '"
                : "item of the list under '") + b.text() + "'");
            if (stub) {
              page.unlabel(b, Label.STUB, name(), "a read-more link over a list of links is a 'read also' box,"
                  + " not the end of a teaser");
            }
            return;
          }
        }
        default -> {
          // Teasers wait for a head or a credit; removed blocks say nothing.
        }
      }
    }
  }

  /** Removes the teasers of the run between from (inclusive) and to (exclusive), run-relative. */
  private void removeTeasers(Page page, int start, Kind[] kinds, int from, int to, String reason) {
    for (int k = from; k < to; k++) {
      if (kinds[k] == Kind.TEASER) {
        page.remove(page.block(start + k), name(), reason);
      }
    }
  }

  /** The longest run of letters of each key ("content" of "content.ad"), one a key. */
  private static Set<String> longestLetterRuns(Set<String> keys) {
    Set<String> out = new HashSet<>();
    for (String key : keys) {
      String best = "";
      int i = 0;
      while (i < key.length()) {
        int j = i;
        while (j < key.length() && Character.isLetter(key.charAt(j))) {
          j++;
        }
        if (j - i > best.length()) {
          best = key.substring(i, j);
        }
        i = j + 1;
      }
      if (!best.isEmpty()) {
        out.add(best);
      }
    }
    return out;
  }

  /** What a block of a run is to this filter. */
  private enum Kind {
    CREDIT, SPONSORED, LIST_HEADING, READ_MORE, TEASER, REMOVED, OTHER
  }

  /** Whether the block reads like a teaser's title: a few words, not ending a sentence with a full stop or a colon. */
  static boolean isTeaser(Block b) {
    int words = b.wordCount();
    // A line that ends in a colon introduces what follows ("Here are some of the highlights:").
    return words >= MIN_TEASER_WORDS && words <= MAX_TEASER_WORDS && !endsWithFullStop(b.text())
        && !b.text().endsWith(":");
  }

  private static boolean endsWithFullStop(String t) {
    int i = t.length() - 1;
    while (i >= 0 && isClosing(t.charAt(i))) {
      i--;
    }
    return i >= 0 && t.charAt(i) == '.' && !(i >= 2 && t.charAt(i - 1) == '.' && t.charAt(i - 2) == '.');
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == '\u00bb' || c == ')';
  }

  /** Whether the block is a widget's credit line: a vendor, alone or after a credit's lead ("by Taboola"). */
  private boolean isCredit(Page page, Block b) {
    if (b.wordCount() > creditMaxWords || !vendorWords.anyIn(page, b)) {
      return false;
    }
    String key = Keys.key(b.text(), creditMaxLength);
    if (key == null || key.isEmpty()) {
      return false;
    }
    if (vendors.lookup(key) != null) {
      return true;
    }
    // The vendor is the last word(s); what stands before it must be a credit's lead.
    for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
      if (vendors.lookup(key.substring(i + 1)) != null && CREDIT_LEADS.lookup(key.substring(0, i)) != null) {
        return true;
      }
    }
    return false;
  }
}
