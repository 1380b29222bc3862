package dev.winnow.filter.html;

/**
 * How much text a string holds, in Latin-letter equivalents: Chinese and Japanese characters
 * carry a word or so each, Korean syllables half as much again as a Latin letter, so thresholds
 * written in chars ("a paragraph of prose has 80 chars") mean the same in every script. Stateless.
 */
final class TextWeight {
  /** A Han, Hiragana or Katakana character says about as much as three Latin letters. */
  static final int CJK_WEIGHT = 3;
  /** A Hangul syllable says about as much as two Latin letters. */
  static final int HANGUL_WEIGHT = 2;

  private TextWeight() {}

  /** The length of the text, East Asian characters counted by their weight. */
  static int of(String s) {
    int n = s.length();
    int extra = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '\u1100') {
        continue;
      }
      if ((c >= '\u3040' && c <= '\u30ff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\u4e00' && c <= '\u9fff')
          || (c >= '\uf900' && c <= '\ufaff')) {
        extra += CJK_WEIGHT - 1;
      } else if (c >= '\uac00' && c <= '\ud7af') {
        extra += HANGUL_WEIGHT - 1;
      }
    }
    return n + extra;
  }
}
