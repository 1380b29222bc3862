package dev.winnow.filter.structure;

import dev.winnow.InputKind;
import dev.winnow.PageKind;
import dev.winnow.analysis.TextFeatures;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.internal.ReadsTextFeatures;
import java.util.function.Supplier;

/**
 * Classifies every paragraph of a plain-text page as good, near-good, short or bad from its
 * {@link TextFeatures shallow text features}, in the spirit of jusText: long paragraphs dense in
 * stopwords are prose, long ones without stopwords are lists of names and links, short ones are
 * judged by their neighbours (a short line between good paragraphs is a sub-heading or a one-line
 * paragraph of the body; among bad ones it is a menu item). Without HTML, a list bullet, an image
 * or form placeholder, a copyright line and a run of short title-case lines are bad outright.
 *
 * <p>On an {@linkplain PageKind#ARTICLE article} page a block judged good is labelled
 * {@link Label#CONTENT} and a block judged bad is removed, each with the numbers behind the call
 * ({@code "bad: 3 words, stopword density 0.00, link-like line of a run of 7"}). On a
 * {@linkplain PageKind#LISTING listing} only placeholders are removed, so that short headlines of
 * several stories survive. Blocks that earlier filters removed are not looked at, and blocks they
 * labelled as structure (section, headline, stub, ...) are left as they are. HTML pages, and
 * pages of one or two blocks (nothing to tell apart), are left alone.
 *
 * <pre>{@code
 * Filter strict = new ContentClassFilter(ContentClassFilter.Settings.DEFAULT.withGoodMinWords(40));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@ReadsTextFeatures
public final class ContentClassFilter implements Filter {

  /** The name decisions are recorded under. */
  public static final String NAME = "ContentClassFilter";

  /** What a paragraph is judged to be. */
  public enum ContentClass {
    /** Prose: long and rich in stopwords. */
    GOOD,
    /** Prose-like but too short or too thin to be sure. */
    NEAR_GOOD,
    /** Too short to judge alone: its neighbours decide. */
    SHORT,
    /** Not prose: lists, names, links, placeholders. */
    BAD
  }

  /**
   * The thresholds of the classification. Immutable; {@link #DEFAULT} is safe to keep anywhere.
   *
   * @param shortMaxWords a paragraph of at most this many words is short (jusText's 70 chars)
   * @param goodMinWords a paragraph of at least this many words and enough stopwords is good
   *     outright (jusText's 200 chars)
   * @param stopwordsLow the stopword density from which a paragraph can be near-good
   * @param stopwordsHigh the stopword density from which a paragraph can be good
   * @param linkMaxWords the most words of a line that reads as a link: no final punctuation,
   *     mostly capitalized words
   * @param titleCaseMin the share of capitalized words from which a line reads as a title or link
   * @param bulletMaxWords the most words of a list item that ends a sentence and is still taken
   *     for a link; list items that end no sentence always are
   * @param listMinLines this many short blocks in a row, under a third of them ending a sentence, are a list or a
   *     box set into the text (links, related stories), bad whatever stands around them
   * @param fallbackMinWords when fewer words than this are judged good, the page has little
   *     prose, and it is judged again with {@linkplain #relaxed() relaxed} thresholds; the second
   *     verdict stands when it finds two good paragraphs or more
   */
  public record Settings(
      int shortMaxWords,
      int goodMinWords,
      double stopwordsLow,
      double stopwordsHigh,
      int linkMaxWords,
      double titleCaseMin,
      int bulletMaxWords,
      int listMinLines,
      int fallbackMinWords) {

    /** Tuned on rendered news pages; close to jusText's defaults. */
    public static final Settings DEFAULT = new Settings(10, 30, 0.25, 0.30, 12, 0.6, 16, 3, 60);

    public Settings {
      if (shortMaxWords < 0 || goodMinWords <= shortMaxWords) {
        throw new IllegalArgumentException("need 0 <= shortMaxWords < goodMinWords, was " + shortMaxWords + ", "
            + goodMinWords);
      }
      if (stopwordsLow < 0 || stopwordsHigh < stopwordsLow || stopwordsHigh > 1) {
        throw new IllegalArgumentException("need 0 <= stopwordsLow <= stopwordsHigh <= 1, was " + stopwordsLow
            + ", " + stopwordsHigh);
      }
      if (linkMaxWords < 0 || bulletMaxWords < 0 || titleCaseMin < 0 || titleCaseMin > 1 || listMinLines < 2) {
        throw new IllegalArgumentException("bad link settings: " + linkMaxWords + ", " + titleCaseMin + ", "
            + bulletMaxWords);
      }
    }

    public Settings withListMinLines(int v) {
      return new Settings(shortMaxWords, goodMinWords, stopwordsLow, stopwordsHigh, linkMaxWords,
          titleCaseMin, bulletMaxWords, v, fallbackMinWords);
    }

    public Settings withFallbackMinWords(int v) {
      return new Settings(shortMaxWords, goodMinWords, stopwordsLow, stopwordsHigh, linkMaxWords,
          titleCaseMin, bulletMaxWords, listMinLines, v);
    }

    /**
     * The thresholds of the second try on a page with little prose: a paragraph just past short
     * can be good, and the stopword densities drop to what near-good needed before.
     */
    public Settings relaxed() {
      return new Settings(shortMaxWords, shortMaxWords + 1, stopwordsLow / 2, stopwordsLow, linkMaxWords,
          titleCaseMin, bulletMaxWords, listMinLines, 0);
    }

    public Settings withShortMaxWords(int v) {
      return new Settings(v, goodMinWords, stopwordsLow, stopwordsHigh, linkMaxWords, titleCaseMin,
          bulletMaxWords, listMinLines, fallbackMinWords);
    }

    public Settings withGoodMinWords(int v) {
      return new Settings(shortMaxWords, v, stopwordsLow, stopwordsHigh, linkMaxWords, titleCaseMin,
          bulletMaxWords, listMinLines, fallbackMinWords);
    }

    public Settings withStopwords(double low, double high) {
      return new Settings(shortMaxWords, goodMinWords, low, high, linkMaxWords, titleCaseMin, bulletMaxWords,
          listMinLines, fallbackMinWords);
    }

    public Settings withLinkMaxWords(int v) {
      return new Settings(shortMaxWords, goodMinWords, stopwordsLow, stopwordsHigh, v, titleCaseMin,
          bulletMaxWords, listMinLines, fallbackMinWords);
    }

    public Settings withTitleCaseMin(double v) {
      return new Settings(shortMaxWords, goodMinWords, stopwordsLow, stopwordsHigh, linkMaxWords, v,
          bulletMaxWords, listMinLines, fallbackMinWords);
    }

    public Settings withBulletMaxWords(int v) {
      return new Settings(shortMaxWords, goodMinWords, stopwordsLow, stopwordsHigh, linkMaxWords,
          titleCaseMin, v, listMinLines, fallbackMinWords);
    }
  }

  /** Pages of fewer blocks are taken as they are: a paragraph or two, with nothing around them. */
  static final int MIN_BLOCKS = 3;

  private final Settings settings;

  /** A filter with the {@linkplain Settings#DEFAULT default} thresholds. */
  public ContentClassFilter() {
    this(Settings.DEFAULT);
  }

  public ContentClassFilter(Settings settings) {
    this.settings = java.util.Objects.requireNonNull(settings, "settings");
  }

  public Settings settings() {
    return settings;
  }

  /** {@value #NAME}, computed once: decisions are recorded under it block by block. */
  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(Page page) {
    if (page.input() != InputKind.TEXT || page.size() < MIN_BLOCKS) {
      return; // one or two paragraphs: nothing to tell apart
    }
    TextFeatures f = TextFeatures.of(page);
    boolean listing = page.kind() == PageKind.LISTING;
    Verdicts v = judge(page, f, settings);
    String note = "";
    if (!listing && v.goodWords < settings.fallbackMinWords()) {
      Verdicts relaxed = judge(page, f, settings.relaxed());
      // One paragraph that passes only relaxed thresholds is a notice (cookies, "page not
      // found"), not a story: a short story still has two.
      if (relaxed.goodBlocks >= 1) {
        v = relaxed;
        note = " (relaxed thresholds: the page has little prose)";
      }
    }
    for (int i = 0; i < page.size(); i++) {
      boolean good = v.revised[i] == ContentClass.GOOD;
      if (v.initial[i] == null || !good && listing && !f.placeholder(i)) {
        continue; // nothing to record, so no reason to build
      }
      Block b = page.block(i);
      if (good ? page.has(b, Label.CONTENT) : page.isRemoved(b)) {
        continue; // the page would record nothing
      }
      // A dump page records a decision for most of its blocks, and few runs read why: the reason
      // is built when read, from the features, which do not change, and this block's verdicts.
      Supplier<String> reason = reason(f, i, v.initial[i], v.revised[i], v.why[i], note);
      if (good) {
        page.label(b, Label.CONTENT, NAME, reason);
      } else {
        page.remove(b, NAME, reason);
      }
    }
  }

  /** The reason for the verdict on block i, put into words when read. */
  private static Supplier<String> reason(TextFeatures f, int i, ContentClass initial, ContentClass revised, Why why,
      String note) {
    return () -> {
      // One builder for the whole reason.
      StringBuilder sb = new StringBuilder(REASON_CAPACITY);
      describe(initial, revised, sb).append(": ");
      return why.explain(f, i, sb).append(note).toString();
    };
  }

  /** The classes of one try, and the words judged good in it. */
  private record Verdicts(ContentClass[] initial, ContentClass[] revised, Why[] why, long goodWords, int goodBlocks) {}

  private Verdicts judge(Page page, TextFeatures f, Settings s) {
    int n = page.size();
    ContentClass[] initial = new ContentClass[n];
    Why[] why = new Why[n];
    for (int i = 0; i < n; i++) {
      Block b = page.block(i);
      if (page.isRemoved(b) || isStructure(page, b)) {
        continue; // judged already; context only
      }
      why[i] = classify(s, f, i, b, initial);
    }
    ContentClass[] revised = Smoothing.revise(page, initial, f, s.listMinLines());
    long good = 0;
    int blocks = 0;
    for (int i = 0; i < n; i++) {
      if (revised[i] == ContentClass.GOOD) {
        good += f.words(i);
        blocks++;
      }
    }
    return new Verdicts(initial, revised, why, good, blocks);
  }

  /** What decided a block's initial class, beyond its word count and stopword density. */
  private enum Why {
    PLAIN(""),
    PLACEHOLDER(", no text but a placeholder or symbols"),
    SHORT_ITEM(", short list item"),
    OPEN_ITEM(", list item that ends no sentence"),
    RUN_TOGETHER(" list items run together"),
    LINK_RUN(", link-like line of a run of "),
    RULE(", a horizontal rule run together with text"),
    COPYRIGHT(", copyright sign"),
    REPEATED(" times on the page"),
    NO_END(", ends no sentence"),
    TITLE_CASE("% capitalized words and no final punctuation"),
    PUNCTUATED(", has sentence punctuation"),
    UNPUNCTUATED(", no sentence punctuation");

    final String text;

    Why(String text) {
      this.text = text;
    }

    /** Appends the reason in words, with the numbers; built only for the verdict that is recorded. */
    StringBuilder explain(TextFeatures f, int i, StringBuilder sb) {
      f.describe(i, sb);
      return switch (this) {
        case RUN_TOGETHER -> sb.append(", ").append(f.inlineBullets(i)).append(text);
        case LINK_RUN -> sb.append(text).append(f.groupSize(i));
        case REPEATED -> sb.append(", stands ").append(f.repeats(i)).append(text);
        case TITLE_CASE -> sb.append(", ").append(Math.round(100 * f.capitalizedShare(i))).append(text);
        default -> sb.append(text);
      };
    }
  }

  /** Sets initial[i] and returns what decided it. */
  private static Why classify(Settings s, TextFeatures f, int i, Block b, ContentClass[] initial) {
    int words = f.words(i);
    initial[i] = ContentClass.BAD;
    if (f.placeholder(i)) {
      return Why.PLACEHOLDER;
    }
    boolean ends = f.endsSentence(i);
    if (f.bullet(i) && (!ends || words <= s.bulletMaxWords())) {
      return ends ? Why.SHORT_ITEM : Why.OPEN_ITEM;
    }
    if (f.inlineBullets(i) >= 2) {
      return Why.RUN_TOGETHER;
    }
    boolean titleCase = !ends && f.capitalizedShare(i) >= s.titleCaseMin();
    if (titleCase && words <= s.linkMaxWords() && f.groupSize(i) > 1) {
      return Why.LINK_RUN;
    }
    if (f.rule(i)) {
      return Why.RULE;
    }
    if (words < s.goodMinWords() && b.text().indexOf('\u00a9') >= 0) {
      return Why.COPYRIGHT;
    }
    initial[i] = ContentClass.SHORT;
    if (words <= s.shortMaxWords()) {
      return Why.PLAIN;
    }
    if (f.repeats(i) > 1) {
      // Text that stands twice on a page is a caption printed twice, a teaser, a notice.
      initial[i] = ContentClass.BAD;
      return Why.REPEATED;
    }
    if (!ends && !endsWith(b, ':') && (words < s.goodMinWords() || f.sentenceMarks(i) == 0)) {
      // Teasers, captions and headings end without a full stop; body paragraphs rarely do.
      return Why.NO_END;
    }
    initial[i] = ContentClass.BAD;
    if (titleCase) {
      return Why.TITLE_CASE;
    }
    if (!f.hasStopwords()) {
      // No stoplist fits the page: sentence punctuation stands in for stopwords.
      boolean prose = ends || f.sentenceMarks(i) > 0;
      initial[i] = !prose ? ContentClass.BAD : words >= s.goodMinWords() ? ContentClass.GOOD : ContentClass.NEAR_GOOD;
      return prose ? Why.PUNCTUATED : Why.UNPUNCTUATED;
    }
    double density = f.stopwordDensity(i);
    if (density >= s.stopwordsHigh()) {
      // A long caption runs on past its last full stop ("... (AP Photo/Jane Roe)"): near-good at best.
      boolean closed = ends || endsWith(b, ':');
      initial[i] = words >= s.goodMinWords() && closed ? ContentClass.GOOD : ContentClass.NEAR_GOOD;
    } else if (density >= s.stopwordsLow()) {
      initial[i] = ContentClass.NEAR_GOOD;
    }
    return Why.PLAIN;
  }

  private static boolean endsWith(Block b, char c) {
    return b.text().charAt(b.text().length() - 1) == c;
  }

  private static final String[] CLASS_NAMES = {"good", "near-good", "short", "bad"};

  /** Enough for nearly every reason this filter writes, so its builder never grows. */
  private static final int REASON_CAPACITY = 128;

  private static StringBuilder describe(ContentClass initial, ContentClass revised, StringBuilder sb) {
    sb.append(CLASS_NAMES[initial.ordinal()]);
    if (initial != revised) {
      sb.append(revised == ContentClass.GOOD ? ", good by its neighbours" : ", bad by its neighbours");
    }
    return sb;
  }

  /** Whether an earlier filter labelled the block as a part of the page's structure. */
  static boolean isStructure(Page page, Block b) {
    return page.hasLabelOtherThan(b, Label.CONTENT);
  }
}
