package dev.winnow.internal;

/** Small string helpers shared by sources and filters. */
public final class Texts {
  private Texts() {}

  /**
   * Whether the char makes a run of non-space chars a word, as {@code Block.wordCount()} counts
   * words: a letter or digit, ASCII ones told by comparisons. The sources that count words as they
   * read ({@link LineFolder}, the HTML walk) ask this too, so every count agrees.
   */
  public static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
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
    return fold(chars, 0, chars.length);
  }

  /** {@link #fold(CharSequence, int, int)} over a char array. */
  public static String fold(char[] s, int from, int to) {
    return new LineFolder().fold(s, from, to);
  }

  /** {@link #fold(CharSequence, int, int)} over the whole string. */
  public static String fold(CharSequence s) {
    return fold(s, 0, s.length());
  }

  /** Where the char next occurs in the text from {@code from} on, or the text's length when it does not. */
  public static int indexOrEnd(String text, char c, int from) {
    int at = text.indexOf(c, from);
    return at < 0 ? text.length() : at;
  }
}
