package dev.winnow.internal;

/** Small string helpers shared by sources and filters. */
public final class Texts {
  private Texts() {}

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

  /**
   * {@link #fold(CharSequence, int, int)} over a char array, which a source that reads a whole
   * page copies out of its string once: array reads skip the index checks of {@code charAt}.
   */
  public static String fold(char[] s, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && isSpace(s[start])) {
      start++;
    }
    while (end > start && isSpace(s[end - 1])) {
      end--;
    }
    if (!needsFolding(s, start, end)) {
      return new String(s, start, end - start);
    }
    char[] out = new char[end - start];
    int len = 0;
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = s[i];
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

  /**
   * Whether s[from..to), trimmed already, holds a space char other than a lone ' '. Most lines do
   * not; the ASCII path looks at every char without a branch that depends on the text, which on
   * prose would be mispredicted at every word.
   */
  private static boolean needsFolding(char[] s, int from, int to) {
    int dirty = 0;
    int previous = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      int kind;
      if (c < 0x80) {
        kind = ASCII_SPACE_KINDS[c];
      } else {
        kind = isSpace(c) ? OTHER_SPACE : NOT_SPACE;
      }
      // Any space but ' ', or a space right after a space.
      dirty |= (kind >> 1) | (kind & 1 & (previous | previous >> 1));
      previous = kind;
    }
    return dirty != 0;
  }

  private static final int NOT_SPACE = 0;

  /** The space ' ' in {@link #ASCII_SPACE_KINDS}: bit 0. */
  private static final int PLAIN_SPACE = 1;

  /** Any other white space: bit 1. */
  private static final int OTHER_SPACE = 2;

  /** What each ASCII char is to folding: not a space, ' ', or another space. */
  private static final byte[] ASCII_SPACE_KINDS = asciiSpaceKinds();

  private static byte[] asciiSpaceKinds() {
    byte[] kinds = new byte[0x80];
    for (char c = 0; c < 0x80; c++) {
      kinds[c] = (byte) (c == ' ' ? PLAIN_SPACE : isSpace(c) ? OTHER_SPACE : NOT_SPACE);
    }
    return kinds;
  }

  /** {@link #fold(CharSequence, int, int)} over the whole string. */
  public static String fold(CharSequence s) {
    return fold(s, 0, s.length());
  }
}
