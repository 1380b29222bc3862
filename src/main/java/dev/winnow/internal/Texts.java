package dev.winnow.internal;

/** Small string helpers shared by sources and filters. */
public final class Texts {
  private Texts() {}

  /**
   * Whether the char makes a run of non-space chars a word, as {@code Block.wordCount()} counts
   * words: a letter or digit, ASCII ones told by comparisons. The HTML walk, which counts words as
   * it reads, asks this too, so every count agrees.
   */
  public static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  /**
   * Whether the text opens with a list number: one to {@code maxDigits} digits, a dot or a
   * bracket, and a space ("1. ", "12) ").
   */
  public static boolean opensListNumber(String s, int maxDigits) {
    int d = 0;
    while (d < s.length() && d < maxDigits && Character.isDigit(s.charAt(d))) {
      d++;
    }
    return d > 0 && d + 1 < s.length() && (s.charAt(d) == '.' || s.charAt(d) == ')') && s.charAt(d + 1) == ' ';
  }

  /** Whether the text holds a letter. */
  public static boolean hasLetter(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds a digit. */
  public static boolean hasDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the char counts as white space here: Java's white space, NBSP and its kin, BOM. */
  public static boolean isSpace(char c) {
    if (c > ' ' && c < 0x80) {
      return false; // printable ASCII, most chars of most pages
    }
    if (c < 0x80) {
      // ASCII, the hot path: the same set Character.isWhitespace gives, without its table lookup.
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    if (c < '\u2000') {
      // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic...: NBSP and the Ogham space mark.
      return c == '\u00A0' || c == '\u1680';
    }
    // The General Punctuation spaces (typographic quotes and dashes, common in news, are not),
    // the ideographic space and the BOM: every char Character.isWhitespace or isSpaceChar takes.
    return c <= '\u200A' || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000'
        || c == '\uFEFF';
  }

  /**
   * The text's letters and digits, lower-cased, with everything else left out ({@code "U.S. News"}
   * to {@code "usnews"}): two spellings of one name or title compare equal.
   */
  public static String lettersAndDigits(String s) {
    return lettersAndDigits(s, s.length());
  }

  /** {@link #lettersAndDigits(String)} of the text's first {@code limit} chars. */
  public static String lettersAndDigits(String s, int limit) {
    int n = Math.min(s.length(), limit);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** The text between from and to, trimmed, with every inner run of white space folded to one space. */
  public static String fold(CharSequence s, int from, int to) {
    char[] chars = new char[to - from];
    if (s instanceof String str) {
      str.getChars(from, to, chars, 0);
    } else {
      for (int i = from; i < to; i++) {
        chars[i - from] = s.charAt(i);
      }
    }
    return fold(chars, 0, to - from);
  }

  /**
   * {@link #fold(CharSequence, int, int)} for chars already in an array: a source that reads a
   * page line after line from the page's chars, with no copy but the line's own. A line with no
   * white space to fold (most lines of most pages) is found so in one pass of table reads with no
   * branch on the text.
   */
  public static String fold(char[] chars, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && isSpace(chars[start])) {
      start++;
    }
    while (end > start && isSpace(chars[end - 1])) {
      end--;
    }
    // Folding is needed when a space is not ' ' or follows another space. The ASCII path has no
    // branch that depends on the text, which on prose would be mispredicted at every word.
    int dirty = 0;
    int previous = 0;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      int kind = c < 0x80 ? ASCII_KINDS[c] : isSpace(c) ? OTHER_SPACE : 0;
      // Bit SPACE: this char and the one before are both space; bit OTHER: a space but ' '.
      dirty |= kind & (previous | OTHER);
      previous = kind;
    }
    if (dirty == 0) {
      return new String(chars, start, end - start);
    }
    char[] out = new char[end - start];
    int len = 0;
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (isSpace(c)) {
        space = true;
      } else {
        if (space) {
          out[len++] = ' ';
          space = false;
        }
        out[len++] = c;
      }
    }
    return new String(out, 0, len);
  }

  /** Bit: white space of any kind. */
  private static final int SPACE = 2;

  /** Bit: white space other than ' ', which folding turns into ' '. */
  private static final int OTHER = 4;

  /** The kind of a white-space char but ' '. */
  private static final int OTHER_SPACE = SPACE | OTHER;

  /** What each ASCII char is: ' ' ({@link #SPACE}), another space ({@link #OTHER_SPACE}), or neither (0). */
  private static final byte[] ASCII_KINDS = asciiKinds();

  private static byte[] asciiKinds() {
    byte[] kinds = new byte[0x80];
    for (char c = 0; c < 0x80; c++) {
      kinds[c] = (byte) (c == ' ' ? SPACE : isSpace(c) ? OTHER_SPACE : 0);
    }
    return kinds;
  }

  /** {@link #fold(CharSequence, int, int)} over the whole string. */
  public static String fold(CharSequence s) {
    return fold(s, 0, s.length());
  }

  /**
   * Where the char first occurs among the text's first {@code limit} chars, or -1: a label's
   * colon, say, which only the opening of a line can hold, sought without reading a whole
   * paragraph.
   */
  public static int indexWithin(String text, char c, int limit) {
    for (int i = 0, n = Math.min(limit, text.length()); i < n; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** Where the char next occurs in the text from {@code from} on, or the text's length when it does not. */
  public static int indexOrEnd(String text, char c, int from) {
    int at = text.indexOf(c, from);
    return at < 0 ? text.length() : at;
  }
}
