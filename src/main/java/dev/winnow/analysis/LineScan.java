package dev.winnow.analysis;

import dev.winnow.internal.Texts;
import java.util.Arrays;

/**
 * One pass over one block's text, counting what {@link TextFeatures} reports: words (CJK text by
 * {@link TextFeatures#CJK_CHARS_PER_WORD}), letters, digits, symbols, capitalized words, sentence
 * marks, stopword hits per language, and the shape of the line (bullet, placeholder, rule). One
 * scanner is reused from block to block of a page, so it is not thread-safe; the static helpers
 * are.
 *
 * @since 0.1
 */
public final class LineScan {
  /** Function characters of written Chinese, counted as its stopwords. */
  private static final String ZH_FUNCTION = "的了是在和有我他她它这那不也就都与而及对以为上个们到说要会可被将从之其把";
  /** Endings of Korean words that carry a particle or a verb ending. */
  private static final String KO_PARTICLE = "은는이가을를에의로도와과서다요";

  private final Stopwords stopwords;
  private final char[] buf = new char[48];
  private char[] chars = new char[256];
  /** The block's words as {@link BlockWords#scan} finds them, {@link #tokenInts} ints in use. */
  private int[] tokens = new int[64];
  private int tokenInts;
  int words;
  /** White-space separated tokens with a letter or digit: what {@code Block.wordCount()} counts. */
  int alnumTokens;
  int latinWords;
  int capitalized;
  int letters;
  int digits;
  int symbols;
  int cjk;
  int kana;
  int hangul;
  int zhFunction;
  int koWords;
  int sentenceMarks;
  boolean endsSentence;
  boolean bullet;
  boolean placeholder;
  int inlineBullets;
  boolean rule;
  boolean copyrightSign;
  boolean rowSeparator;
  boolean link;

  LineScan(Stopwords stopwords) {
    this.stopwords = stopwords;
  }

  void reset() {
    words = latinWords = capitalized = letters = digits = symbols = 0;
    cjk = kana = hangul = zhFunction = koWords = sentenceMarks = 0;
    endsSentence = bullet = placeholder = false;
    inlineBullets = 0;
    rule = false;
    copyrightSign = false;
    rowSeparator = false;
    link = false;
  }

  /**
   * Scans the text, adding one to hits[at + l] per stopword of language l. Block text has its
   * white space folded to single spaces (see {@code Texts.fold}), so a space is the only
   * separator to look for; ASCII chars are classified without a table lookup in
   * {@link Character}, lower-case ASCII letters on a short path of their own.
   */
  void run(String s, int[] hits, int at) {
    reset();
    int n = s.length();
    if (chars.length < n + 1) {
      chars = new char[Math.max(n + 1, chars.length * 2)];
    }
    // One bulk copy, then plain array reads: charAt on a UTF-16 string checks every index.
    s.getChars(0, n, chars, 0);
    chars[n] = ' ';
    char[] t = chars;
    char[] buf = this.buf;
    // Counters live in locals while the loop runs (the JIT keeps them in registers), then fields.
    int words = 0;
    int alnumTokens = 0;
    int latinWords = 0;
    int capitalized = 0;
    int letters = 0;
    int digits = 0;
    int symbols = 0;
    int cjk = 0;
    int kana = 0;
    int hangul = 0;
    int zhFunction = 0;
    int sentenceMarks = 0;
    int inlineBullets = 0;
    boolean rule = false;
    boolean copyrightSign = false;
    boolean rowSeparator = false;
    boolean link = false;
    boolean spaced = false; // a space before the end: more than one token, so no file name
    int tokenCjk = 0;
    boolean tokenAlnum = false;
    boolean tokenCased = false;
    boolean tokenStart = true;
    int wordLen = 0;
    // The word packed a byte a char (see PackedWords), and the OR of its chars: above 0xFF, it does not pack.
    long packed = 0;
    int wide = 0;
    boolean wordHangul = false;
    // The open BlockWords word: where it starts (-1 for none), its first letter, whether all ASCII.
    int wordStart = -1;
    char wordFirst = 0;
    boolean wordAscii = true;
    int tokenInts = 0;
    for (int i = 0; i <= n; i++) {
      char c = t[i];
      if (c >= 'a' && c <= 'z') {
        // Most chars of most pages: a run of lower-case ASCII letters inside a word, taken in
        // one tight loop (the text ends in a space, so the run ends before the array does).
        if (wordStart < 0) {
          wordStart = i;
          wordFirst = c;
          wordAscii = true;
        }
        int j = i;
        do {
          if (wordLen < buf.length) {
            buf[wordLen++] = c;
            packed = packed << 8 | c;
          }
          c = t[++j];
        } while (c >= 'a' && c <= 'z');
        letters += j - i;
        tokenAlnum = true;
        tokenCased |= tokenStart;
        tokenStart = false;
        i = j - 1;
        continue;
      }
      boolean letter;
      boolean upper;
      boolean digit;
      char lower;
      if (c < 128) {
        lower = (char) (c | 0x20);
        letter = lower >= 'a' && lower <= 'z';
        upper = letter && c < 'a';
        digit = c >= '0' && c <= '9';
        if (!letter) {
          lower = c;
        }
      } else {
        letter = Character.isLetter(c);
        upper = letter && Character.isUpperCase(c);
        digit = !letter && Character.isDigit(c);
        lower = letter ? Character.toLowerCase(c) : c;
      }
      if (letter) {
        if (wordStart < 0) {
          wordStart = i;
          wordFirst = c;
          wordAscii = c < 128;
        } else {
          wordAscii &= c < 128;
        }
      } else if (wordStart >= 0) {
        if (Keys.isCombining(c)) {
          wordAscii = false;
        } else {
          if (alnumTokens <= BlockWords.PASS_MAX_WORDS) {
            // Past that many words the block's words are not kept (see TextFeatures): not recorded.
            tokenInts = addToken(tokenInts, wordStart, i, wordFirst, wordAscii);
          }
          wordStart = -1;
        }
      }
      if (letter) {
        if (wordLen < buf.length) {
          buf[wordLen++] = lower;
          packed = packed << 8 | lower;
          wide |= lower;
          wordHangul |= c >= '\uAC00' && c <= '\uD7AF';
        }
      } else if ((c == '\'' || c == '\u2019') && wordLen > 0 && wordLen < buf.length) {
        buf[wordLen++] = '\'';
        packed = packed << 8 | '\'';
      } else if (wordLen > 0) {
        if (wordLen <= PackedWords.MAX_LENGTH && wide <= 0xFF && buf[wordLen - 1] != '\'') {
          // Most words: short, Latin-1, no apostrophe at the end, so no Hangul either; one probe,
          // which turns most words away at its bit filter, without a call.
          addHits(hits, at, stopwords.maskPacked(packed));
        } else {
          endWord(hits, at, wordLen, packed, wide, wordHangul);
        }
        wordLen = 0;
        packed = 0;
        wide = 0;
        wordHangul = false;
      }
      if (c == ' ') {
        spaced |= i < n;
        if (tokenAlnum) {
          int perWord = TextFeatures.CJK_CHARS_PER_WORD;
          words += tokenCjk > 0 ? Math.max(1, (tokenCjk + perWord - 1) / perWord) : 1;
          alnumTokens++;
          if (tokenCased) {
            latinWords++;
          }
        }
        tokenCjk = 0;
        tokenAlnum = false;
        tokenCased = false;
        tokenStart = true;
        continue;
      }
      if (letter) {
        letters++;
        tokenAlnum = true;
        if (c < 128 || c < '\u3040') {
          if (tokenStart && (upper || lower != c || Character.isLowerCase(c))) {
            tokenCased = true;
            if (upper) {
              capitalized++;
            }
          }
        } else if (isCjk(c)) {
          cjk++;
          tokenCjk++;
          if (c <= '\u309F') {
            kana++;
          } else if (ZH_FUNCTION.indexOf(c) >= 0) {
            zhFunction++;
          }
        } else if (c >= '\uAC00' && c <= '\uD7AF') {
          hangul++;
        }
      } else if (digit) {
        digits++;
        tokenAlnum = true;
      } else {
        symbols++;
        copyrightSign |= c == COPYRIGHT_SIGN;
        rowSeparator |= isRowSeparator(c);
        link |= c == ':' && i + 2 < n && t[i + 1] == '/' && t[i + 2] == '/';
        if ((c == '*' || c == '\u2022') && i > 0 && i + 1 < n && t[i - 1] == ' ' && t[i + 1] == ' ') {
          inlineBullets++;
        }
        if (isSentenceMark(c) && (t[i + 1] == ' ' || isCjk(c))) {
          sentenceMarks++;
        }
        if (t[i + 1] == c && isRuleChar(c)) {
          // A text browser's rule is hundreds of one char: take the run at once. The chars after
          // the first change nothing but the symbol count (no bullet has a '*' beside it, and no
          // rule char is a sentence mark), and the text's trailing space ends the run. A lone
          // symbol, most punctuation, is no run, and skips the test of which char it is.
          int j = i + 1;
          while (t[j] == c) {
            j++;
          }
          rule |= j - i >= RULE_MIN;
          symbols += j - i - 1;
          i = j - 1;
        }
      }
      tokenStart = false;
    }
    this.tokenInts = tokenInts;
    this.words = words;
    this.alnumTokens = alnumTokens;
    this.latinWords = latinWords;
    this.capitalized = capitalized;
    this.letters = letters;
    this.digits = digits;
    this.symbols = symbols;
    this.cjk = cjk;
    this.kana = kana;
    this.hangul = hangul;
    this.zhFunction = zhFunction;
    this.sentenceMarks = sentenceMarks;
    this.inlineBullets = inlineBullets;
    this.rule = rule;
    this.copyrightSign = copyrightSign;
    this.rowSeparator = rowSeparator;
    this.link = link;
    endsSentence = endsSentence(s);
    bullet = startsWithBullet(s);
    placeholder = letters + digits == 0 || isBracketed(s) || !spaced && isFileName(s);
  }

  /** Records one word as {@link BlockWords#scan} would; returns the new count of ints. */
  private int addToken(int count, int start, int end, char first, boolean ascii) {
    int[] t = tokens;
    if (count + BlockWords.STRIDE > t.length) {
      t = Arrays.copyOf(t, t.length * 2);
      tokens = t;
    }
    t[count] = start;
    t[count + 1] = end;
    t[count + 2] = Keys.foldFirst(first) | (ascii ? BlockWords.ASCII : 0);
    return count + BlockWords.STRIDE;
  }

  /**
   * The words of the text last {@linkplain #run run}, exactly what {@link BlockWords#scan} gives,
   * when it has at most {@link BlockWords#PASS_MAX_WORDS} white-space separated tokens; for a
   * longer text, only those of its first tokens.
   */
  int[] tokens() {
    return Arrays.copyOf(tokens, tokenInts);
  }

  /**
   * Counts the word in {@code buf[0..len)} for the languages whose stopword it is, looked up by its
   * packed form when the whole word packed (a longer one has shifted its first chars out).
   */
  private void endWord(int[] hits, int at, int len, long packed, int wide, boolean hangulWord) {
    boolean packs = len <= PackedWords.MAX_LENGTH && wide <= 0xFF;
    if (buf[len - 1] == '\'') {
      while (len > 0 && buf[len - 1] == '\'') {
        len--;
        packed >>>= 8;
      }
      if (len == 0) {
        return;
      }
    }
    int mask = packs ? stopwords.maskPacked(packed) : stopwords.mask(buf, len);
    if (hangulWord && (mask != 0 || KO_PARTICLE.indexOf(buf[len - 1]) >= 0)) {
      koWords++;
    }
    addHits(hits, at, mask);
  }

  /** Adds one to hits[at + l] for each language l in the mask. */
  private static void addHits(int[] hits, int at, int mask) {
    for (int m = mask; m != 0; m &= m - 1) {
      hits[at + Integer.numberOfTrailingZeros(m)]++;
    }
  }

  static boolean isCjk(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3040' && c <= '\u30FF');
  }

  private static boolean isSentenceMark(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
  }

  /** Like {@link Block#endsSentence()}, for a bare string. */
  static boolean endsSentence(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      switch (c) {
        case '"', '\'', '\u201d', '\u2019', '\u00bb', ')', ']', '\u300d', '\u300f' -> {
          continue;
        }
        default -> {
          return isSentenceMark(c);
        }
      }
    }
    return false;
  }

  /** Whether the text opens with a list marker and a space: {@code * - + • ·}, or 1-3 digits and {@code . )}. */
  public static boolean startsWithBullet(String s) {
    if (s.length() < 2) {
      return s.equals("*") || s.equals("\u2022");
    }
    char c = s.charAt(0);
    if ((c == '*' || c == '-' || c == '+' || c == '\u2022' || c == '\u00b7' || c == '\u25aa' || c == '\u25cf')
        && (s.charAt(1) == ' ' || c == '*' || c == '\u2022')) {
      return true;
    }
    return Texts.opensListNumber(s, 3);
  }

  private static final char COPYRIGHT_SIGN = '\u00a9';

  /** The chars that separate the items of a row of links ("About | Careers | Contact"). */
  public static final String ROW_SEPARATORS = "|\u00b7\u2022\u22c5";

  /** Whether the char is one of {@link #ROW_SEPARATORS}, by comparisons: asked of every symbol of a page. */
  public static boolean isRowSeparator(char c) {
    return c == '|' || c == '\u00b7' || c == '\u2022' || c == '\u22c5';
  }

  /** The length of a run of one symbol that makes a horizontal rule. */
  private static final int RULE_MIN = 10;

  /** Whether a run of the char makes a horizontal rule: {@code - = _ * ~ ─}. */
  private static boolean isRuleChar(char c) {
    return c == '-' || c == '=' || c == '_' || c == '*' || c == '~' || c == '\u2500';
  }

  private static final String[] IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"};

  /**
   * One token with an underscore, an image file extension, or two hyphens, digits and no capital
   * ({@code box-ad-2}): no word of any language.
   */
  private static boolean isFileName(String s) {
    if (s.indexOf(' ') >= 0 || s.length() < 3) {
      return false;
    }
    if (s.indexOf('_') > 0) {
      return true;
    }
    int hyphens = 0;
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c)) {
        hyphens = -1000;
      }
      hyphens += c == '-' ? 1 : 0;
      digit |= Character.isDigit(c);
      letter |= Character.isLetter(c);
    }
    if (hyphens >= 2 && digit && letter) {
      return true;
    }
    for (String ext : IMAGE_EXTENSIONS) {
      if (s.regionMatches(true, s.length() - ext.length(), ext, 0, ext.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text, past a bullet, is one bracketed token like {@code [logo-2x]} or {@code [   ]}. */
  private static boolean isBracketed(String s) {
    int from = 0;
    if (startsWithBullet(s)) {
      from = 1;
      while (from < s.length() && s.charAt(from) == ' ') {
        from++;
      }
    }
    if (from >= s.length() || s.charAt(from) != '[' || s.charAt(s.length() - 1) != ']') {
      return false;
    }
    // "[1] Alarm fatigue: ..." is a footnote, not a placeholder: one bracketed token only.
    return s.indexOf(']', from) == s.length() - 1;
  }
}
