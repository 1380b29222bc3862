package dev.winnow.analysis;

import dev.winnow.internal.WordLists;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a short line that states a date: a month name with a year, or a numeric date.
 *
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class DateLines {
  /** Past this length a line is more than a date. */
  static final int MAX_CHARS = 60;

  private static final Set<String> MONTHS = Set.copyOf(WordLists.load(DateLines.class, Vocabulary.RESOURCE_ROOT + "months.txt"));

  private DateLines() {}

  public static boolean looksLikeDate(String line) {
    if (line.length() > MAX_CHARS) {
      return false;
    }
    boolean year = false;
    int n = line.length();
    // Digits first: a numeric date decides at once, and without a year no month name matters,
    // so most lines (which have neither) never look a word up.
    for (int i = 0; i < n; ) {
      if (!Character.isDigit(line.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isDigit(line.charAt(i))) {
        i++;
      }
      int len = i - start;
      if (len == 4 && (line.startsWith("19", start) || line.startsWith("20", start))) {
        year = true;
      }
      // d/m/y, y-m-d, d.m.y: a digit run, a separator, a digit run, the same separator, a digit run.
      if (i + 1 < n && (line.charAt(i) == '/' || line.charAt(i) == '-' || line.charAt(i) == '.')
          && Character.isDigit(line.charAt(i + 1))) {
        char sep = line.charAt(i);
        int j = i + 1;
        while (j < n && Character.isDigit(line.charAt(j))) {
          j++;
        }
        if (j + 1 < n && line.charAt(j) == sep && Character.isDigit(line.charAt(j + 1))) {
          return true;
        }
      }
    }
    return year && namesAMonth(line);
  }

  /** Whether a word of the line (a run of letters) is a month's name. */
  private static boolean namesAMonth(String line) {
    int n = line.length();
    for (int i = 0; i < n; ) {
      if (!Character.isLetter(line.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(line.charAt(i))) {
        i++;
      }
      if (MONTHS.contains(line.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

}
