package dev.winnow.filter.structure;

import dev.winnow.InputKind;
import dev.winnow.PageKind;
import dev.winnow.analysis.ArticleHeads;
import dev.winnow.analysis.LineScan;
import dev.winnow.analysis.TextFeatures;
import dev.winnow.block.Block;
import dev.winnow.block.Decision;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.filter.noise.PhotoCreditFilter;
import dev.winnow.internal.ReadsTextFeatures;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds the one article of a plain-text page that holds one, and removes everything around it:
 * menus, teasers of other stories, "most read" lists, comments, footers. The article is the run of
 * blocks with the most prose in it, net of the noise it spans: every kept block counts for its
 * length, every removed block against it, and a boundary (a "Related" or "Most read" heading, a
 * read-more stub) heavily against it, so the run swallows an ad or a short link list inside the
 * body but stops at a list of teasers. The run is then carried over gaps of noise that other
 * filters named (ad labels, banner names, share buttons: an ad slot set into the body, however
 * long) to the paragraphs beyond, which are judged on their own merit and not against the gap, and
 * extended over a few sentence lines right before or after it (a short first paragraph, a closing
 * line) that the classification judged too short to keep. A page whose only prose the
 * classification found too thin in stopwords is searched again with those paragraphs counted.
 *
 * <p>Above the run it looks for the head: the headline is a line the page repeats (text dumps
 * often print the title twice) or else the longest title-like line, unless a shorter one stands
 * right over it (then that is the headline and the longer one its dek). The headline is labelled
 * {@link Label#HEADLINE}, so it titles the article instead of opening its body; a short label
 * right over it {@link Label#SECTION}, a subtitle right under it {@link Label#DEK}, an author line
 * ("By ...") and a date line between the headline and the body {@link Label#BYLINE} and
 * {@link Label#DATE}.
 *
 * <p>Stub and boundary labels inside the run are cleared (the run is one article; the box they
 * headed stays removed). It works on what {@link ContentClassFilter} left: run it after that filter, on pages that
 * {@link PageKindFilter} judged to be one {@linkplain PageKind#ARTICLE article}. Listings and HTML
 * pages are left alone.
 *
 * <pre>{@code
 * Filter looser = new MainArticleFilter(MainArticleFilter.Settings.DEFAULT.withBoundaryPenalty(40));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@ReadsTextFeatures
public final class MainArticleFilter implements Filter {

  /** The name decisions are recorded under. */
  public static final String NAME = "MainArticleFilter";

  /**
   * The weights of the run search and the limits of the head search. Immutable; {@link #DEFAULT}
   * is safe to keep anywhere.
   *
   * @param removedMinPenalty the least a removed block counts against a run, in words
   * @param removedWeight what each word of a removed block counts against a run
   * @param boundaryPenalty what a boundary counts against a run, in words
   * @param stubPenalty what a read-more stub counts against a run, in words
   * @param extendMax the most blocks the classification removed that the run is extended over on
   *     either side (sentences it kept are taken without limit, up to the first block that is none)
   * @param extendMinWords the fewest words of a sentence line the run is extended over
   * @param headWindow how many blocks above the body are searched for the headline
   * @param headlineMaxWords the most words of a headline
   * @param bylineMaxWords the most words of an author line
   * @param paragraphMinWords the fewest words of a kept block that ends a sentence and counts in
   *     full for a run; other kept blocks count for {@code looseWeight} of their words
   * @param looseWeight what each word of a kept block that is no full paragraph counts for a run
   * @param datePenalty what a removed date line counts against a run, in words: comments and
   *     teasers carry one each, article bodies none
   * @param tailStart the position on the page (0 at the top, 1 at the bottom) past which text
   *     counts less and less: notices, comments and footers sit at the end
   * @param tailWeight what text at the very bottom counts for, as a share of its worth
   * @param gapCap the most a run of removed blocks between two stretches of text counts against
   *     a run, in words, boundaries and stubs aside
   * @param insideMinStopwords the least stopword density of a full-sentence paragraph inside the
   *     article that is kept though the classification found it too thin
   * @param listMaxItems the most list items kept under a paragraph of the article that ends with
   *     a colon
   * @param bridgeMaxWords the most words of a line of named noise (an ad label, a button, a banner
   *     name) that the run is carried over to the paragraphs beyond; a longer one is a notice
   */
  public record Settings(int removedMinPenalty, double removedWeight, int boundaryPenalty, int stubPenalty,
      int extendMax, int extendMinWords, int headWindow, int headlineMaxWords, int bylineMaxWords,
      int paragraphMinWords, double looseWeight, int datePenalty, double tailStart, double tailWeight, int gapCap,
      double insideMinStopwords, int listMaxItems, int bridgeMaxWords) {

    /** Tuned on rendered news pages. */
    public static final Settings DEFAULT = new Settings(6, 1.0, 60, 20, 2, 3, 12, 30, 8, 15, 0.3, 30, 0.6,
        0.5, 100, 0.1, 30, 8);

    public Settings {
      if (tailStart < 0 || tailStart >= 1 || tailWeight < 0 || tailWeight > 1) {
        throw new IllegalArgumentException("need 0 <= tailStart < 1 and 0 <= tailWeight <= 1");
      }
      if (removedMinPenalty < 0 || removedWeight < 0 || boundaryPenalty < 0 || stubPenalty < 0 || extendMax < 0
          || extendMinWords < 0 || headWindow < 0 || headlineMaxWords < 1 || bylineMaxWords < 1
          || paragraphMinWords < 0 || looseWeight < 0 || datePenalty < 0 || gapCap < 0 || insideMinStopwords < 0
          || listMaxItems < 0 || bridgeMaxWords < 0) {
        throw new IllegalArgumentException("main article settings must not be negative");
      }
    }

    public Settings withRemovedPenalty(int min, double perWord) {
      return new Settings(min, perWord, boundaryPenalty, stubPenalty, extendMax, extendMinWords, headWindow,
          headlineMaxWords, bylineMaxWords, paragraphMinWords, looseWeight, datePenalty, tailStart,
          tailWeight, gapCap, insideMinStopwords, listMaxItems, bridgeMaxWords);
    }

    public Settings withBoundaryPenalty(int v) {
      return new Settings(removedMinPenalty, removedWeight, v, stubPenalty, extendMax, extendMinWords,
          headWindow, headlineMaxWords, bylineMaxWords, paragraphMinWords, looseWeight, datePenalty,
          tailStart, tailWeight, gapCap, insideMinStopwords, listMaxItems, bridgeMaxWords);
    }

    public Settings withExtension(int maxBlocks, int minWords) {
      return new Settings(removedMinPenalty, removedWeight, boundaryPenalty, stubPenalty, maxBlocks, minWords,
          headWindow, headlineMaxWords, bylineMaxWords, paragraphMinWords, looseWeight, datePenalty,
          tailStart, tailWeight, gapCap, insideMinStopwords, listMaxItems, bridgeMaxWords);
    }

    public Settings withWeights(int paragraphMinWords, double looseWeight, int datePenalty) {
      return new Settings(removedMinPenalty, removedWeight, boundaryPenalty, stubPenalty, extendMax,
          extendMinWords, headWindow, headlineMaxWords, bylineMaxWords, paragraphMinWords, looseWeight,
          datePenalty, tailStart, tailWeight, gapCap, insideMinStopwords, listMaxItems, bridgeMaxWords);
    }

    public Settings withStubPenalty(int v) {
      return new Settings(removedMinPenalty, removedWeight, boundaryPenalty, v, extendMax, extendMinWords,
          headWindow, headlineMaxWords, bylineMaxWords, paragraphMinWords, looseWeight, datePenalty,
          tailStart, tailWeight, gapCap, insideMinStopwords, listMaxItems, bridgeMaxWords);
    }

    public Settings withTail(double start, double weight) {
      return new Settings(removedMinPenalty, removedWeight, boundaryPenalty, stubPenalty, extendMax,
          extendMinWords, headWindow, headlineMaxWords, bylineMaxWords, paragraphMinWords, looseWeight,
          datePenalty, start, weight, gapCap, insideMinStopwords, listMaxItems, bridgeMaxWords);
    }

    public Settings withGapCap(int v) {
      return new Settings(removedMinPenalty, removedWeight, boundaryPenalty, stubPenalty, extendMax,
          extendMinWords, headWindow, headlineMaxWords, bylineMaxWords, paragraphMinWords, looseWeight,
          datePenalty, tailStart, tailWeight, v, insideMinStopwords, listMaxItems, bridgeMaxWords);
    }

    public Settings withInsideMinStopwords(double v) {
      return new Settings(removedMinPenalty, removedWeight, boundaryPenalty, stubPenalty, extendMax,
          extendMinWords, headWindow, headlineMaxWords, bylineMaxWords, paragraphMinWords, looseWeight,
          datePenalty, tailStart, tailWeight, gapCap, v, listMaxItems, bridgeMaxWords);
    }

    public Settings withListMaxItems(int v) {
      return new Settings(removedMinPenalty, removedWeight, boundaryPenalty, stubPenalty, extendMax,
          extendMinWords, headWindow, headlineMaxWords, bylineMaxWords, paragraphMinWords, looseWeight,
          datePenalty, tailStart, tailWeight, gapCap, insideMinStopwords, v, bridgeMaxWords);
    }

    public Settings withBridgeMaxWords(int v) {
      return new Settings(removedMinPenalty, removedWeight, boundaryPenalty, stubPenalty, extendMax,
          extendMinWords, headWindow, headlineMaxWords, bylineMaxWords, paragraphMinWords, looseWeight, datePenalty,
          tailStart, tailWeight, gapCap, insideMinStopwords, listMaxItems, v);
    }

    public Settings withHeadWindow(int v) {
      return new Settings(removedMinPenalty, removedWeight, boundaryPenalty, stubPenalty, extendMax,
          extendMinWords, v, headlineMaxWords, bylineMaxWords, paragraphMinWords, looseWeight, datePenalty,
          tailStart, tailWeight, gapCap, insideMinStopwords, listMaxItems, bridgeMaxWords);
    }
  }

  private static final String CLASSIFIER = ContentClassFilter.NAME;
  /** Whose removals mark a figure: the line beside one is its caption, not the body's. */
  private static final String CREDITS = PhotoCreditFilter.class.getSimpleName();

  private final Settings settings;

  /** A filter with the {@linkplain Settings#DEFAULT default} settings. */
  public MainArticleFilter() {
    this(Settings.DEFAULT);
  }

  public MainArticleFilter(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** {@value #NAME}, computed once: decisions are recorded under it block by block. */
  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(Page page) {
    if (page.input() != InputKind.TEXT || page.kind() == PageKind.LISTING
        || page.size() < ContentClassFilter.MIN_BLOCKS) {
      return;
    }
    List<Block> blocks = page.blocks();
    TextFeatures f = TextFeatures.of(page);
    int[] run = bestRun(page, f, false);
    if (run == null) {
      // Nothing kept reads as prose. A page whose only paragraphs the classification found too
      // thin in stopwords (names, figures, a terse register) still has them for its article.
      run = bestRun(page, f, true);
    }
    if (run == null) {
      return; // no prose at all: nothing to tell the article by
    }
    int start = bridge(page, f, run[0], -1);
    int end = bridge(page, f, run[1], 1);
    start = extend(page, start, -1, "a sentence right before the main article");
    end = extend(page, end, 1, "a sentence right after the main article");
    long chars = 0;
    for (int i = start; i <= end; i++) {
      if (page.isKept(blocks.get(i))) {
        chars += blocks.get(i).length();
      }
    }
    restoreProseInside(page, f, start, end);
    restoreSubHeadings(page, f, start, end);
    end = restoreIntroducedLists(page, f, start, end);
    for (int i = start; i <= end; i++) {
      // The run is one article: a stub or a boundary inside it marks a box set into the body,
      // and must not split the article in two.
      Block b = blocks.get(i);
      page.unlabel(b, Label.STUB, NAME, "inside the main article: a related link, not the end of a teaser");
      page.unlabel(b, Label.BOUNDARY, NAME, "inside the main article: a box set into the body");
    }
    Head head = new Head(page, f, start, settings, CLASSIFIER);
    String where = "outside the main article, blocks " + start + ".." + end + " (" + chars + " chars of text)";
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (i >= start && i <= end) {
        continue;
      }
      if (i == head.section) {
        page.restore(b, NAME, "the section label of the main article");
        page.label(b, Label.SECTION, NAME, "short label right over the headline");
      } else if (i == head.headline) {
        page.restore(b, NAME, "the headline of the main article");
        page.label(b, Label.HEADLINE, NAME, "title-like line above the main article"
            + (head.repeated ? ", repeated on the page" : ""));
      } else if (i == head.dek) {
        page.restore(b, NAME, "the dek of the main article");
        page.label(b, Label.DEK, NAME, "subtitle right under the headline");
      } else if (i == head.byline) {
        page.restore(b, NAME, "the author line of the main article");
        page.label(b, Label.BYLINE, NAME, "author line between the headline and the body");
      } else if (i == head.date) {
        page.restore(b, NAME, "the date line of the main article");
        page.label(b, Label.DATE, NAME, "date line between the headline and the body");
      } else if (page.isKept(b)) {
        page.remove(b, NAME, where);
      }
    }
  }

  /**
   * The first and last index of the best run, by Kadane's maximum-sum subarray, or null. With
   * {@code thin}, a paragraph the classification removed as too thin in stopwords counts as kept.
   */
  private int @Nullable [] bestRun(Page page, TextFeatures f, boolean thin) {
    List<Block> blocks = page.blocks();
    double best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    double sum = 0;
    int start = 0;
    // A gap of noise between two runs of text costs what its blocks weigh, up to gapCap: a box
    // of twenty teaser lines set into an article is no wider a gap than one of ten. Boundaries
    // and stubs cost their own penalty on top, uncapped.
    double gapNoise = 0;
    double gapMarks = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      double score = score(page, b, f, thin);
      if (score <= 0) {
        if (page.has(b, Label.BOUNDARY) || page.has(b, Label.STUB)) {
          gapMarks -= score;
        } else {
          gapNoise -= score;
        }
        continue;
      }
      sum -= Math.min(gapNoise, settings.gapCap()) + gapMarks;
      gapNoise = 0;
      gapMarks = 0;
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += score;
      if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i;
      }
    }
    return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
  }


  private double score(Page page, Block b, TextFeatures f, boolean thin) {
    if (page.has(b, Label.BOUNDARY)) {
      return -settings.boundaryPenalty();
    }
    if (page.has(b, Label.STUB)) {
      // On a one-article page a read-more link is mostly a related link set into the body.
      return -settings.stubPenalty();
    }
    if (page.isRemoved(b) && !(thin && isThinProse(page, f, b.index(), settings.paragraphMinWords()))) {
      if (f.digitShare(b.index()) > 0 && Head.isDate(b, settings)) {
        return -settings.datePenalty();
      }
      return -Math.max(settings.removedMinPenalty(), settings.removedWeight() * f.words(b.index()));
    }
    if (ContentClassFilter.isStructure(page, b)) {
      return 0;
    }
    int i = b.index();
    boolean paragraph = f.endsSentence(i) && f.words(i) >= settings.paragraphMinWords();
    double worth = paragraph ? f.words(i) : settings.looseWeight() * f.words(i);
    double position = (double) i / page.size();
    if (position > settings.tailStart()) {
      double depth = (position - settings.tailStart()) / (1 - settings.tailStart());
      worth *= 1 - depth * (1 - settings.tailWeight());
    }
    return worth;
  }

  /**
   * Carries the run from one edge ({@code step} -1 for its start, +1 for its end) over gaps of
   * noise that other filters recognised and removed (ad labels, banners, share buttons, carousel
   * controls) to the paragraphs of prose beyond them. Such noise is what a page sets into a body,
   * and a paragraph past it is judged on its own merit, not against the gap: a short closing
   * paragraph low on the page is worth less than a dozen ad lines weigh, and yet it is the
   * article's. A gap with a boundary, a stub, or a line only the classification judged (a teaser
   * title, a name, a date) stops the bridge. Returns the new edge.
   */
  private int bridge(Page page, TextFeatures f, int edge, int step) {
    int e = edge;
    int i = edge + step;
    while (true) {
      while (i >= 0 && i < page.size() && isNamedNoise(page, f, i)) {
        i += step;
      }
      if (i < 0 || i >= page.size() || !isParagraph(page, f, i)) {
        return e;
      }
      e = i;
      i += step;
    }
  }

  /**
   * A short line another filter than the classification removed as noise (a label, a button, a
   * banner name; not a notice, which is a sentence or more), with no label of an edge. A photo
   * credit is none: the line beside it is a caption.
   */
  private boolean isNamedNoise(Page page, TextFeatures f, int i) {
    Block b = page.block(i);
    String by = page.removal(b).map(Decision::filter).orElse(CLASSIFIER); // kept: no noise
    return f.words(i) <= settings.bridgeMaxWords() && !by.equals(CLASSIFIER) && !by.equals(CREDITS)
        && !page.has(b, Label.BOUNDARY) && !page.has(b, Label.STUB);
  }

  /**
   * A paragraph of prose: a full sentence of paragraph length, kept, or removed by the
   * classification only as too thin in stopwords (then {@link #restoreProseInside} takes it back).
   */
  private boolean isParagraph(Page page, TextFeatures f, int i) {
    Block b = page.block(i);
    return page.isKept(b) ? !ContentClassFilter.isStructure(page, b) && f.endsSentence(i) && !f.bullet(i)
        && f.words(i) >= settings.paragraphMinWords() : isThinProse(page, f, i, settings.paragraphMinWords());
  }

  /**
   * Extends the run from one edge ({@code step} -1 for its start, +1 for its end) over sentence
   * lines the classification removed as too short, and over paragraphs it found good that a longer
   * stretch of noise cut off from the run (a short lede above an inline ad block). Only the blocks
   * taken back from the classification count against {@code extendMax}: a good paragraph left
   * above the cut would otherwise stay between headline and body, and be taken for a dek or
   * removed. Returns the new edge.
   */
  private int extend(Page page, int edge, int step, String reason) {
    int e = edge;
    int taken = 0;
    for (int i = edge + step; i >= 0 && i < page.size() && taken < settings.extendMax(); i += step) {
      Block b = page.block(i);
      if (!isLooseSentence(page, b)) {
        break;
      }
      e = i;
      if (page.isRemoved(b)) {
        taken++;
        page.restore(b, NAME, reason);
      }
    }
    return e;
  }

  /**
   * Inside the article, a paragraph the classification found too thin in stopwords (names,
   * numbers, a list of results) is still the article's when it is shaped like one: a full
   * sentence of eight words or more ({@link ArticleHeads#PROSE_MIN_WORDS}), no list item, no
   * placeholder, no repeat.
   */
  private void restoreProseInside(Page page, TextFeatures f, int start, int end) {
    for (int i = start; i <= end; i++) {
      Block b = page.block(i);
      if (page.isRemoved(b) && isThinProse(page, f, i, ArticleHeads.PROSE_MIN_WORDS)) {
        int at = i;
        page.restore(b, NAME, () -> "a paragraph inside the main article (" + f.describe(at) + ")");
      }
    }
  }

  /**
   * Inside the article, a title-like line that the classification removed for its few words, with
   * the article's prose the nearest kept text above and below it, is a sub-heading of the article
   * ("Neues Leitmotto", "2. Never urged Ukraine to investigate"): the article's own text.
   */
  private void restoreSubHeadings(Page page, TextFeatures f, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      Block b = page.block(i);
      if (removedByClassifier(page, b) && ArticleHeads.isTitleLike(b) && !f.placeholder(i) && f.repeats(i) == 1
          && keptProse(page.previousKept(b), start, end) && keptProse(page.nextKept(b), start, end)) {
        page.restore(b, NAME, "a sub-heading between paragraphs of the main article");
      }
    }
  }

  /**
   * Whether the block, the nearest kept one above or below a line (an ad or a share bar the noise
   * filters took out may stand between), is prose of the run [start, end].
   */
  private static boolean keptProse(@Nullable Block b, int start, int end) {
    return b != null && b.index() >= start && b.index() <= end && ArticleHeads.isProse(b);
  }

  /** Whether the classification, and no other filter, removed the block: its verdicts may be second-guessed. */
  private static boolean removedByClassifier(Page page, Block b) {
    return page.removal(b).map(d -> d.filter().equals(CLASSIFIER)).orElse(false);
  }

  /**
   * A paragraph the classification may have found too thin in stopwords that is still shaped like
   * one: a full sentence of at least {@code minWords} words, no list item, no placeholder, no
   * repeat. Inside the article a sentence of a few words will do; beyond it, or as all the prose a
   * page has, it takes a paragraph's length.
   */
  private boolean isThinProse(Page page, TextFeatures f, int i, int minWords) {
    return isLooseSentence(page, page.block(i)) && f.words(i) >= minWords
        && f.repeats(i) == 1 && !f.placeholder(i) && f.inlineBullets(i) < 2 && !f.rule(i)
        && f.stopwordDensity(i) >= settings.insideMinStopwords();
  }

  /**
   * A paragraph of the article that ends with a colon introduces what follows it: the list items
   * right after it, or the lines printed under it with no blank line between, are the article's,
   * however link-like they look, up to {@code listMaxItems}.
   * Returns the run's end, moved past a list that closes the article.
   */
  private int restoreIntroducedLists(Page page, TextFeatures f, int start, int end) {
    int last = end;
    for (int i = start; i <= last + 1 && i < page.size(); i++) {
      Block b = page.block(i);
      boolean ours = page.isKept(b) || removedByClassifier(page, b);
      if (!ours || !b.text().endsWith(":") || b.wordCount() < settings.extendMinWords()) {
        continue;
      }
      int taken = 0;
      for (int j = i + 1; j < page.size() && taken < settings.listMaxItems(); j++) {
        Block item = page.block(j);
        boolean judged = removedByClassifier(page, item);
        // A list, or lines printed right under the colon line.
        boolean listed = f.bullet(j) || item.group() == b.group();
        if (!judged || !listed || f.placeholder(j)) {
          break;
        }
        page.restore(item, NAME, () -> "a list item under \"" + abbreviate(b.text()) + "\"");
        taken++;
        last = Math.max(last, j);
      }
      if (taken > 0) {
        page.restore(b, NAME, "introduces a list of " + taken + " items inside the main article");
      }
    }
    return last;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /**
   * A line that reads as a sentence of prose and that nothing but the classification judged: kept,
   * or removed by the classification, with no label but its CONTENT.
   */
  private boolean isLooseSentence(Page page, Block b) {
    if (ContentClassFilter.isStructure(page, b) || b.wordCount() < settings.extendMinWords() || !b.endsSentence()
        || LineScan.startsWithBullet(b.text()) || Head.isByline(b, settings) || b.text().indexOf('\u00a9') >= 0) {
      return false;
    }
    // Only the classification's own verdicts are second-guessed, never another filter's.
    return page.isKept(b) || removedByClassifier(page, b);
  }
}
