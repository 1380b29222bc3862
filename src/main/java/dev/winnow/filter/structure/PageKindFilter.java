package dev.winnow.filter.structure;

import dev.winnow.InputKind;
import dev.winnow.PageKind;
import dev.winnow.analysis.ArticleHeads;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a plain-text page carries one article or lists several, and
 * {@linkplain Page#setKind states it on the page} so that later filters and the segmenter act on
 * it. A listing shows several <em>units</em>: an article head that {@link ArticleHeads} finds with
 * strong evidence (a section label, a byline or date, a read-more stub above it), or any head
 * whose text a read-more stub closes, then two paragraphs of prose or more. The units must also hold most of the page's prose and most of the
 * words the noise filters kept (a dump of one story keeps menus and link lists no unit holds),
 * no one unit may hold nearly all of their prose, and what stands under their heads must be mostly
 * prose. Several read-more stubs that each close two paragraphs of prose or more mean a listing
 * too; a stub after one paragraph closes a teaser, which article pages carry many of. Anything
 * else is one article, possibly among teasers of others. The reason recorded gives the figures. A
 * kind an earlier filter stated is left as it is; HTML pages are left alone.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(new PageKindFilter(), new ContentClassFilter(), new MainArticleFilter());
 * Result r = p.processText(dump);   // r.page() is ARTICLE or LISTING as judged here
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PageKindFilter implements Filter {

  /** The name decisions are recorded under. */
  public static final String NAME = "PageKindFilter";

  /**
   * The thresholds of the decision. Immutable; {@link #DEFAULT} is safe to keep anywhere.
   *
   * @param minUnits the fewest units (or prose runs closed by a stub) that make a listing
   * @param proseMinWords the fewest words of a line that ends a sentence and counts as prose in a
   *     run closed by a read-more stub
   * @param unitMinParagraphs the fewest paragraphs of prose under a unit's head: one paragraph
   *     under a title is a teaser, which article pages carry many of
   */
  public record Settings(int minUnits, int proseMinWords, int unitMinParagraphs) {

    /** Two units of two paragraphs; stub-closed prose of 20 words. */
    public static final Settings DEFAULT = new Settings(2, 20, 2);

    public Settings {
      if (minUnits < 2 || proseMinWords < 1 || unitMinParagraphs < 1) {
        throw new IllegalArgumentException("bad page kind settings: " + minUnits + ", " + proseMinWords + ", "
            + unitMinParagraphs);
      }
    }

    public Settings withMinUnits(int v) {
      return new Settings(v, proseMinWords, unitMinParagraphs);
    }

    public Settings withProseMinWords(int v) {
      return new Settings(minUnits, v, unitMinParagraphs);
    }

    public Settings withUnitMinParagraphs(int v) {
      return new Settings(minUnits, proseMinWords, v);
    }
  }

  private final Settings settings;

  /** A filter with the {@linkplain Settings#DEFAULT default} thresholds. */
  public PageKindFilter() {
    this(Settings.DEFAULT);
  }

  public PageKindFilter(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** {@value #NAME}, computed once: decisions are recorded under it block by block. */
  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(Page page) {
    if (page.input() != InputKind.TEXT || page.kind() != null) {
      return;
    }
    List<Block> kept = page.kept();
    List<ArticleHeads.Head> heads = ArticleHeads.find(page, kept);
    Units u = units(page, kept, heads);
    int units = u.count();
    String example = u.example();
    int stubs = closedByStubs(page);
    if (units >= settings.minUnits() && u.cover() >= MIN_COVER && u.largestShare() <= MAX_LARGEST_SHARE
        && u.clean() >= MIN_CLEAN && u.share() >= MIN_SHARE) {
      page.setKind(PageKind.LISTING, name(), units + " article heads with prose under them (like \""
          + example + "\"), " + u.describe());
    } else if (stubs >= settings.minUnits()) {
      page.setKind(PageKind.LISTING, name(), stubs + " runs of prose closed by read-more stubs");
    } else {
      page.setKind(PageKind.ARTICLE, name(), "one article: " + units + " article heads with prose under them ("
          + u.describe() + ") and " + stubs + " stub-closed runs, fewer than " + settings.minUnits());
    }
  }

  /** The share of the page's prose words that the units hold, from which they make a listing. */
  static final double MIN_COVER = 0.6;

  /** The most that one unit holds of the units' prose: past it, the page is that one story. */
  static final double MAX_LARGEST_SHARE = 0.9;

  /**
   * The share of all the words the noise filters kept that stand in the units, heads and bodies: a
   * page dump of one story keeps menus, link lists and footers that no unit holds, a listing
   * little besides them. (Counting the bodies alone held a listing of short teasers, whose
   * headlines weigh as much as their text, for one story.)
   */
  static final double MIN_SHARE = 0.9;

  /** The least share of prose words among all kept words under the units' heads. */
  static final double MIN_CLEAN = 0.75;

  /** What the article heads of a page add up to. */
  private record Units(int count, @Nullable String example, double cover, double largestShare, double clean,
      double share) {
    /** The figures in words; built on every page, so without a formatter's cost. */
    String describe() {
      return "holding " + hundredths(cover) + " of the prose, the largest " + hundredths(largestShare)
          + " of theirs, " + hundredths(clean) + " of their words in prose, " + hundredths(share)
          + " of the page's words";
    }

    /** A share from 0 to 1 with two decimals: 0.87. */
    private static String hundredths(double share) {
      long h = Math.round(share * 100);
      return h / 100 + "." + (h % 100 < 10 ? "0" : "") + h % 100;
    }
  }

  /**
   * The heads that open a unit of a listing: strong evidence, and {@code unitMinParagraphs}
   * paragraphs of prose under them; with how much of the page's prose they hold, how much the
   * largest holds of theirs, and how much of what stands under their heads is prose.
   */
  private Units units(Page page, List<Block> kept, List<ArticleHeads.Head> heads) {
    long all = 0;
    long allWords = 0;
    for (Block b : kept) {
      allWords += b.wordCount();
      if (ArticleHeads.isProse(b)) {
        all += b.wordCount();
      }
    }
    int count = 0;
    String example = null;
    long in = 0;
    long largest = 0;
    long bodyWords = 0;
    long unitWords = 0;
    int[] stubs = null; // made when a weak head asks
    for (int i = 0; i < heads.size(); i++) {
      ArticleHeads.Head h = heads.get(i);
      int end = i + 1 < heads.size() ? heads.get(i + 1).first() : kept.size();
      if (!h.strong() && stubs == null) {
        stubs = stubsBefore(page);
      }
      if (!(h.strong() || closedByStub(stubs, kept, h.body(), end))
          || proseRun(page, kept, h.body(), end) < settings.unitMinParagraphs()) {
        continue;
      }
      count++;
      if (example == null) {
        example = kept.get(h.headline()).text();
      }
      long prose = 0;
      long words = 0;
      for (int j = h.body(); j < end; j++) {
        Block b = kept.get(j);
        words += b.wordCount();
        if (ArticleHeads.isProse(b)) {
          prose += b.wordCount();
        }
      }
      long headWords = 0; // section, headline, dek and meta lines: the unit's, though no body
      for (int j = h.first(); j < h.body(); j++) {
        headWords += kept.get(j).wordCount();
      }
      in += prose;
      largest = Math.max(largest, prose);
      bodyWords += words;
      unitWords += headWords + words;
    }
    return new Units(count, example, all == 0 ? 0 : in / (double) all, in == 0 ? 1 : largest / (double) in,
        in / (double) Math.max(1, bodyWords), unitWords / (double) Math.max(1, allWords));
  }

  /**
   * The paragraphs of prose under a head, up to the next head, stub or boundary, counting
   * {@code proseMinWords} words as one paragraph: a teaser has one short paragraph at most.
   */
  private int proseRun(Page page, List<Block> kept, int from, int end) {
    int paragraphs = 0;
    for (int i = from; i < end && paragraphs < settings.unitMinParagraphs(); i++) {
      Block b = kept.get(i);
      if (i > from && ArticleHeads.boundaryBetween(page, kept.get(i - 1), b)) {
        break;
      }
      if (ArticleHeads.isProse(b)) {
        paragraphs++;
      }
    }
    return paragraphs;
  }

  /**
   * Whether a read-more stub closes the prose under a head, before the next head: a weak head (the
   * page's first title, with no other evidence) whose text a stub ends opens a story of a list.
   */
  private static boolean closedByStub(int[] stubsBefore, List<Block> kept, int from, int end) {
    int last = end < kept.size() ? kept.get(end).index() : stubsBefore.length - 1;
    return stubsBefore[last] > stubsBefore[kept.get(from).index() + 1];
  }

  /** For each block index i, how many blocks before it carry a stub label: one sweep, then O(1) a range. */
  private static int[] stubsBefore(Page page) {
    int[] out = new int[page.size() + 1];
    for (int i = 0; i < page.size(); i++) {
      out[i + 1] = out[i] + (page.has(page.block(i), Label.STUB) ? 1 : 0);
    }
    return out;
  }

  private boolean isProse(Block b) {
    return b.wordCount() >= settings.proseMinWords() && b.endsSentence();
  }

  /**
   * Read-more stubs that close a story: {@code unitMinParagraphs} paragraphs of prose in a row
   * right before them (a teaser has one). One sweep.
   */
  private int closedByStubs(Page page) {
    int stubs = 0;
    int prose = 0;
    for (Block b : page.blocks()) {
      if (page.has(b, Label.STUB)) {
        if (prose >= settings.unitMinParagraphs()) {
          stubs++;
        }
        prose = 0;
      } else if (page.isKept(b)) {
        prose = isProse(b) ? prose + 1 : 0;
      }
    }
    return stubs;
  }
}
