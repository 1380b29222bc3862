package dev.winnow.analysis;

import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.internal.CountedBlocks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Shallow text features of every block of a page, the kind that need no HTML: word counts,
 * stopword density in the page's language, sentence punctuation, the share of capitalized words,
 * of digits and of symbols, list bullets, image and form placeholders, how many lines stand in
 * the block's group and how often its text recurs on the page. Computed in one linear pass.
 *
 * <p>Words are white-space separated tokens with a letter or digit. Text in Chinese or Japanese
 * script has no spaces, so there every {@value #CJK_CHARS_PER_WORD} ideographs or kana count as
 * a word. The page's language is guessed from which stopword list its words hit most (or from the
 * script, for Chinese, Japanese and Korean); Japanese "stopwords" are hiragana (the particles and
 * endings of running prose), Chinese ones a handful of function characters, Korean ones the list
 * plus words that end in a particle.
 *
 * <pre>{@code
 * TextFeatures f = TextFeatures.of(page);
 * for (Block b : page.blocks()) {
 *   System.out.println(f.describe(b.index()) + "  " + b.text());
 * }
 * }</pre>
 *
 * <p>Immutable once made, and so thread-safe; one instance describes one page.
 *
 * @since 0.1
 */
public final class TextFeatures {

  /** Ideographs or kana that count as one word in Chinese and Japanese text. */
  public static final int CJK_CHARS_PER_WORD = 2;

  /** The language code when no stopword list fits the page. */
  public static final String UNKNOWN = "und";


  private String language = UNKNOWN;
  private final int[] words;
  private final int[] stopwords;
  private final int[] letters;
  private final int[] digits;
  private final int[] symbols;
  private final int[] capitalized;
  private final int[] latinWords;
  private final int[] sentenceMarks;
  private final boolean[] endsSentence;
  private final boolean[] bullet;
  private final boolean[] placeholder;
  private final int[] groupSize;
  private final int[] inlineBullets;
  private final boolean[] rule;
  private final boolean[] copyrightSign;
  private final boolean[] rowSeparator;
  private final boolean[] link;
  private final int[] repeats;

  private TextFeatures(int n) {
    words = new int[n];
    stopwords = new int[n];
    letters = new int[n];
    digits = new int[n];
    symbols = new int[n];
    capitalized = new int[n];
    latinWords = new int[n];
    sentenceMarks = new int[n];
    endsSentence = new boolean[n];
    bullet = new boolean[n];
    placeholder = new boolean[n];
    groupSize = new int[n];
    inlineBullets = new int[n];
    rule = new boolean[n];
    copyrightSign = new boolean[n];
    rowSeparator = new boolean[n];
    link = new boolean[n];
    repeats = new int[n];
  }

  /**
   * The features of every block of the page, removed or not: computed on the first call for a
   * page and {@linkplain Page#analysis kept with it}, so every filter of a chain shares them.
   */
  public static TextFeatures of(Page page) {
    return page.analysis(TextFeatures.class, TextFeatures::compute);
  }

  /**
   * The page's features if they were made (a text page's pipeline makes them first when one of
   * its filters reads them), or null: for a filter that can read a block's text instead, so that
   * a chain of such filters alone never pays for the pass.
   */
  public static @Nullable TextFeatures ifMade(Page page) {
    return page.analysisIfMade(TextFeatures.class);
  }

  private static TextFeatures compute(Page page) {
    List<Block> blocks = page.blocks();
    int n = blocks.size();
    int langs = Stopwords.LANGUAGES.size();
    int[] hits = new int[n * langs];
    int[] kana = new int[n];
    int[] zh = new int[n];
    int[] ko = new int[n];
    int[] total = new int[langs];
    long allLetters = 0;
    long allCjk = 0;
    long allKana = 0;
    long allHangul = 0;
    TextFeatures f = new TextFeatures(n);
    LineScan scan = new LineScan(Stopwords.get());
    BlockWords blockWords = BlockWords.storage(page);
    int groupStart = 0;
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      scan.run(b.text(), hits, i * langs);
      // A text source leaves its blocks' words to this pass, which reads every char anyway.
      CountedBlocks.counted(b, scan.alnumTokens);
      f.fill(i, scan);
      if (b.wordCount() <= BlockWords.PASS_MAX_WORDS) {
        blockWords.offer(i, scan.tokens());
      }
      for (int l = 0; l < langs; l++) {
        total[l] += hits[i * langs + l];
      }
      kana[i] = scan.kana;
      zh[i] = scan.zhFunction;
      ko[i] = scan.koWords;
      allLetters += scan.letters;
      allCjk += scan.cjk;
      allKana += scan.kana;
      allHangul += scan.hangul;
      if (i > 0 && blocks.get(i - 1).group() != b.group()) {
        f.setGroup(groupStart, i);
        groupStart = i;
      }
    }
    f.setGroup(groupStart, n);
    blockWords.markOfferedByFeatures();
    String language = guess(total, allLetters, allCjk, allKana, allHangul);
    f.language = language;
    int lang = Stopwords.LANGUAGES.indexOf(language);
    int[] repeats = TextRepeats.counts(blocks);
    for (int i = 0; i < n; i++) {
      f.repeats[i] = repeats[i];
      if (language.equals("ja")) {
        f.stopwords[i] = kana[i] / CJK_CHARS_PER_WORD;
      } else if (language.equals("zh")) {
        f.stopwords[i] = zh[i];
      } else if (language.equals("ko")) {
        f.stopwords[i] = ko[i];
      } else if (lang >= 0) {
        f.stopwords[i] = hits[i * langs + lang];
      }
    }
    return f;
  }

  private void fill(int i, LineScan scan) {
    words[i] = scan.words;
    letters[i] = scan.letters;
    digits[i] = scan.digits;
    symbols[i] = scan.symbols;
    capitalized[i] = scan.capitalized;
    latinWords[i] = scan.latinWords;
    sentenceMarks[i] = scan.sentenceMarks;
    endsSentence[i] = scan.endsSentence;
    bullet[i] = scan.bullet;
    placeholder[i] = scan.placeholder;
    inlineBullets[i] = scan.inlineBullets;
    rule[i] = scan.rule;
    copyrightSign[i] = scan.copyrightSign;
    rowSeparator[i] = scan.rowSeparator;
    link[i] = scan.link;
  }

  private void setGroup(int from, int to) {
    for (int j = from; j < to; j++) {
      groupSize[j] = to - from;
    }
  }

  private static String guess(int[] total, long letters, long cjk, long kana, long hangul) {
    if (letters == 0) {
      return UNKNOWN;
    }
    if (hangul * 10 > letters * 3) {
      return "ko";
    }
    if (cjk * 10 > letters * 3) {
      return kana * 10 > cjk ? "ja" : "zh";
    }
    int best = -1;
    for (int l = 0; l < total.length; l++) {
      if (!Stopwords.LANGUAGES.get(l).equals("ko") && (best < 0 || total[l] > total[best])) {
        best = l;
      }
    }
    // A handful of hits on a page of names and menus proves nothing.
    return best >= 0 && total[best] >= 20 ? Stopwords.LANGUAGES.get(best) : UNKNOWN;
  }

  /** The page's language: a code of {@code Stopwords}' lists, {@code ja}, {@code zh}, or {@link #UNKNOWN}. */
  public String language() {
    return language;
  }

  /** Whether the page's language has stopwords to measure, so stopword densities mean something. */
  public boolean hasStopwords() {
    return !language.equals(UNKNOWN);
  }

  public int size() {
    return words.length;
  }

  /** Words of block {@code i}, CJK text counted by {@link #CJK_CHARS_PER_WORD}. */
  public int words(int i) {
    return words[i];
  }

  /** Words of block {@code i} that are stopwords of the page's language. */
  public int stopwords(int i) {
    return stopwords[i];
  }

  /** Stopwords per word, 0 for a block without words. */
  public double stopwordDensity(int i) {
    return words[i] == 0 ? 0 : Math.min(1.0, (double) stopwords[i] / words[i]);
  }

  /** Sentence-final marks ({@code . ! ? …} and their CJK forms) that end a sentence inside the block. */
  public int sentenceMarks(int i) {
    return sentenceMarks[i];
  }

  /** Whether the block ends like a sentence (see {@link Block#endsSentence()}). */
  public boolean endsSentence(int i) {
    return endsSentence[i];
  }

  /** The share of words in a cased script that start with a capital letter, 0 to 1. */
  public double capitalizedShare(int i) {
    return latinWords[i] == 0 ? 0 : (double) capitalized[i] / latinWords[i];
  }

  /** Whether the text holds a digit: {@code Texts.hasDigit} of it, without reading it again. */
  public boolean hasDigit(int i) {
    return digits[i] > 0;
  }

  /** Whether the text holds a letter: {@code Texts.hasLetter} of it, without reading it again. */
  public boolean hasLetter(int i) {
    return letters[i] > 0;
  }

  /** Whether the text holds {@code ://}, the mark of a web address. */
  public boolean hasLink(int i) {
    return link[i];
  }

  /** Digits per letter-or-digit char, 0 to 1. */
  public double digitShare(int i) {
    int alnum = letters[i] + digits[i];
    return alnum == 0 ? 0 : (double) digits[i] / alnum;
  }

  /** Chars that are neither letters, digits nor space, per non-space char, 0 to 1. */
  public double symbolShare(int i) {
    int all = letters[i] + digits[i] + symbols[i];
    return all == 0 ? 0 : (double) symbols[i] / all;
  }

  /** Whether the block starts with a list marker: {@code * - + • ·} or a number with {@code . )}. */
  public boolean bullet(int i) {
    return bullet[i];
  }

  /**
   * Whether the block is no text at all: no letter or digit ({@code ----}, {@code *}), only a
   * bracketed image name or form field as text browsers print them ({@code [logo]}, {@code [   ]}),
   * or one file or slot name standing for an image or an ad ({@code viaduct_01.jpg},
   * {@code gam_div_inline_1}).
   */
  public boolean placeholder(int i) {
    return placeholder[i];
  }

  /**
   * How many list markers ({@code " * "}, {@code " • "}) stand inside the text: a list whose items
   * a text dump ran together into one line.
   */
  public int inlineBullets(int i) {
    return inlineBullets[i];
  }

  /**
   * Whether the text holds a horizontal rule ({@code ----------}, {@code ==========}): a text
   * browser's line between page regions, run together with the text next to it.
   */
  public boolean rule(int i) {
    return rule[i];
  }

  /**
   * Whether the text holds a copyright sign (U+00A9): the first test of a copyright line, which
   * the filters that look for one ask of every block, and the pass over the chars answers anyway.
   */
  public boolean hasCopyrightSign(int i) {
    return copyrightSign[i];
  }

  /**
   * Whether the text holds a char that separates the items of a row of links ({@code | · • ⋅}):
   * "About | Careers | Contact". A row has one at least; most blocks have none.
   */
  public boolean hasRowSeparator(int i) {
    return rowSeparator[i];
  }

  /** How many blocks, this one included, share this block's group (lines with no blank line between). */
  public int groupSize(int i) {
    return groupSize[i];
  }

  /** How many blocks of the page have exactly this block's text, this one included. */
  public int repeats(int i) {
    return repeats[i];
  }

  /** The features of block {@code i} in a few words, for reasons. */
  public String describe(int i) {
    return describe(i, new StringBuilder(64)).toString();
  }

  /** Appends {@link #describe(int)} to a reason being built; returns the builder. */
  public StringBuilder describe(int i, StringBuilder sb) {
    sb.append(words[i]).append(words[i] == 1 ? " word" : " words");
    if (hasStopwords()) {
      long hundredths = Math.round(100 * stopwordDensity(i));
      sb.append(", stopword density ").append(hundredths / 100).append('.')
          .append((char) ('0' + hundredths % 100 / 10)).append((char) ('0' + hundredths % 10));
    }
    if (endsSentence[i]) {
      sb.append(", ends a sentence");
    }
    if (bullet[i]) {
      sb.append(", list item");
    }
    return sb;
  }
}
