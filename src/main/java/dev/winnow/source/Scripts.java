package dev.winnow.source;

/**
 * Where an element edge inside a line of text is also a word break. Chinese and Japanese run
 * words together without spaces, and pages set Latin names inside such text in their own
 * elements ({@code アプリ<b>Kindle</b>の}); read as one run, the name would fuse with its
 * neighbours into one word, so such an edge reads as a space. Elsewhere an element edge is no
 * break at all: a drop cap ({@code <span>W</span>hile}) is part of its word. Stateless.
 */
final class Scripts {
  private Scripts() {}

  /** Whether an element edge between these two chars separates words. */
  static boolean wordBreakBetween(char before, char after) {
    boolean cjkBefore = isCjk(before);
    boolean cjkAfter = isCjk(after);
    return cjkBefore != cjkAfter && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
  }

  /** Han, Hiragana, Katakana: scripts written without spaces between words. */
  static boolean isCjk(char c) {
    if (c < '\u3040') {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }
}
