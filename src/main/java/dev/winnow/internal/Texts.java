package dev.winnow.internal;

/** Small string helpers shared by sources and filters. */
public final class Texts {
  private Texts() {}

  /** Whether the char counts as white space here: Java's white space, NBSP and its kin, BOM. */
  public static boolean isSpace(char c) {
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
    int start = from;
    int end = to;
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    boolean clean = true;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (isSpace(c) && (c != ' ' || isSpace(s.charAt(i + 1)))) {
        clean = false;
        break;
      }
    }
    if (clean) {
      return s.subSequence(start, end).toString();
    }
    StringBuilder sb = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@link #fold(CharSequence, int, int)} over the whole string. */
  public static String fold(CharSequence s) {
    return fold(s, 0, s.length());
  }
}
