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
    // be mispredicted at every word. A word is counted at its first letter or digit: `seen` says
    // whether the token so far has had one. That is whether the last char that was a letter, a
    // digit or a space was a letter or digit, so only those chars set it: the one branch is
    // taken at symbols, which are rare, and `seen` waits on no arithmetic of the char before.
    int dirty = 0;
    int previous = 0;
    int count = 0;
    int seen = 0;
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
      // Bit SPACE: this char and the one before are both space; bit OTHER: a space but ' '.
      dirty |= kind & (previous | OTHER);
      previous = kind;
      int alnum = kind & ALNUM;
      count += alnum & ~seen;
      if (kind != 0) {
        seen = alnum;
      }
    }
    words = count;
    if ((dirty & (SPACE | OTHER)) == 0) {
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

  /** {@link #ASCII_KINDS} bit: a letter or digit (bit 0, so that a kind shifted right by one is its space bit). */
  private static final int ALNUM = 1;

  /** Bit: white space of any kind. */
  private static final int SPACE = 2;

  /** Bit: white space other than ' ', which folding turns into ' '. */
  private static final int OTHER = 4;

  /** The kind of a white-space char but ' '. */
  private static final int OTHER_SPACE = SPACE | OTHER;

  /** What each ASCII char is: ' ' ({@link #SPACE}), another space, a letter or digit, or none of these (0). */
  private static final byte[] ASCII_KINDS = asciiKinds();

  private static byte[] asciiKinds() {
    byte[] kinds = new byte[0x80];
    for (char c = 0; c < 0x80; c++) {
      kinds[c] = (byte) (c == ' ' ? SPACE : Texts.isSpace(c) ? OTHER_SPACE : Texts.isLetterOrDigit(c) ? ALNUM : 0);
    }
    return kinds;
  }
}
