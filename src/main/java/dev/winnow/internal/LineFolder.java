package dev.winnow.internal;

/**
 * {@link Texts#fold} for a source that reads line after line, counting the folded text's words
 * in the same pass over the chars, so the block made of it need not count them again ({@link
 * CountedBlocks}). A word is what {@link dev.winnow.block.Block#wordCount()} counts: a run of
 * non-space chars with a letter or digit. One instance per read; not thread-safe.
 */
public final class LineFolder {
  private int words;

  /** The words of the text last {@linkplain #fold folded}. */
  public int words() {
    return words;
  }

  /** The chars s[from..to), trimmed, with every inner run of white space folded to one space. */
  public String fold(char[] s, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && Texts.isSpace(s[start])) {
      start++;
    }
    while (end > start && Texts.isSpace(s[end - 1])) {
      end--;
    }
    // One pass that both finds whether folding is needed (a space but ' ', or two in a row) and
    // counts words; the ASCII path has no branch that depends on the text, which on prose would
    // be mispredicted at every word.
    int dirty = 0;
    int previous = 0;
    int count = 0;
    int hasAlnum = 0;
    for (int i = start; i < end; i++) {
      char c = s[i];
      int kind;
      if (c < 0x80) {
        kind = ASCII_KINDS[c];
      } else if (Texts.isSpace(c)) {
        kind = OTHER_SPACE;
      } else {
        kind = Texts.isLetterOrDigit(c) ? ALNUM : 0;
      }
      int spaceKind = kind & (PLAIN_SPACE | OTHER_SPACE);
      dirty |= (spaceKind >> 1) | (spaceKind & 1 & (previous | previous >> 1));
      previous = spaceKind;
      int space = (spaceKind | spaceKind >> 1) & 1;
      count += space & hasAlnum;
      hasAlnum = (hasAlnum | kind >> 2) & (space ^ 1);
    }
    words = count + hasAlnum;
    if (dirty == 0) {
      return new String(s, start, end - start);
    }
    char[] out = new char[end - start];
    int len = 0;
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = s[i];
      if (Texts.isSpace(c)) {
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

  /** {@link #ASCII_KINDS} bits: the space ' '. */
  private static final int PLAIN_SPACE = 1;

  /** Any other white space. */
  private static final int OTHER_SPACE = 2;

  /** A letter or digit. */
  private static final int ALNUM = 4;

  /** What each ASCII char is: ' ', another space, a letter or digit, or none of these (0). */
  private static final byte[] ASCII_KINDS = asciiKinds();

  private static byte[] asciiKinds() {
    byte[] kinds = new byte[0x80];
    for (char c = 0; c < 0x80; c++) {
      kinds[c] = (byte) (c == ' ' ? PLAIN_SPACE : Texts.isSpace(c) ? OTHER_SPACE : Texts.isLetterOrDigit(c) ? ALNUM : 0);
    }
    return kinds;
  }
}
