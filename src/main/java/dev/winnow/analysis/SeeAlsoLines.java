package dev.winnow.analysis;

/**
 * Lines that link to another story from inside a text: a {@code see-also} phrase ("See also",
 * "Lire aussi", "Lea también"), then a colon or a spaced dash, then a title of two words or more.
 * One test for the filter that removes such lines inside a story and for the head finder, which
 * never takes one for a headline. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SeeAlsoLines {
  /** The labels that name a link to another story in any language. */
  private static final Vocabulary SEE_ALSO = Vocabulary.builtIn("see-also");

  /** The most chars of a line searched for the label's end. */
  private static final int MAX_LABEL_CHARS = 40;

  private SeeAlsoLines() {}

  /**
   * Whether the text from {@code from} on, stripped of white space at both ends, has a space after
   * its first char: {@code t.substring(from).strip().indexOf(' ') > 0}, without the copies.
   */
  static boolean hasTwoWords(String t, int from) {
    int start = from;
    int end = t.length();
    while (start < end && Character.isWhitespace(t.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    for (int j = start + 1; j < end; j++) {
      if (t.charAt(j) == ' ') {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the see-also label of a line ends, or -1 ("SEE ALSO: Lynn on the win" gives 8, "LIRE
   * AUSSI - ..." the index of the space before the dash).
   */
  public static int labelEnd(String t) {
    int n = Math.min(t.length(), MAX_LABEL_CHARS);
    for (int i = 1; i < n; i++) {
      char c = t.charAt(i);
      int end;
      if (c == ':') {
        end = i;
      } else if ((c == '-' || c == '\u2013' || c == '\u2014' || c == '|') && t.charAt(i - 1) == ' '
          && i + 1 < t.length() && t.charAt(i + 1) == ' ') {
        end = i - 1;
      } else {
        continue;
      }
      return hasTwoWords(t, i + 1) && SEE_ALSO.matches(t.substring(0, end)) ? end : -1;
    }
    return -1;
  }
}
