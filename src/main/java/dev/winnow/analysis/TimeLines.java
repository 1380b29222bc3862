package dev.winnow.analysis;

import dev.winnow.internal.WordLists;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a short line that states a time rather than says something: a clock time ("5:53 PM",
 * "12:43 EDT"), a time-ago line ("4 hours ago", "hace 4 horas", "vor 2 Stunden", "17H ago") or a
 * reading time ("Lectura: 4 min", "5 min read", "Lesezeit: 7 Min."). It needs a number next to a
 * unit of time ({@code vocab/time-units.txt}) or a clock time, and few other words, whatever
 * they are: the words around the number differ by language and site, the shape does not.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class TimeLines {
  /** Past this many words a line says more than a time. */
  static final int MAX_WORDS = 5;

  private static final Set<String> UNITS = Set.copyOf(WordLists.load(TimeLines.class, Vocabulary.RESOURCE_ROOT + "time-units.txt"));

  private TimeLines() {}

  static boolean looksLikeTime(String line) {
    int n = line.length();
    if (n > 60) {
      return false;
    }
    int words = 0;
    boolean time = false;
    boolean afterNumber = false;
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (Character.isDigit(c)) {
        int start = i;
        while (i < n && Character.isDigit(line.charAt(i))) {
          i++;
        }
        if (i + 2 < n && line.charAt(i) == ':' && Character.isDigit(line.charAt(i + 1))
            && Character.isDigit(line.charAt(i + 2)) && i - start <= 2) {
          time = true; // a clock time: 5:53, 12:43
          i += 3;
        }
        // A unit glued to the number: "17H", "5min".
        int u = i;
        while (u < n && Character.isLetter(line.charAt(u))) {
          u++;
        }
        if (u > i && UNITS.contains(line.substring(i, u).toLowerCase(Locale.ROOT))) {
          time = true;
        }
        i = u;
        words++;
        afterNumber = true;
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < n && (Character.isLetter(line.charAt(i)) || line.charAt(i) == '.')) {
          i++;
        }
        // "4 hours", or "horas" with the number before it; "min 4" does not occur. Only a word
        // right after a number is cut out and looked up.
        if (afterNumber) {
          String word = line.substring(start, i).toLowerCase(Locale.ROOT);
          if (word.endsWith(".")) {
            word = word.substring(0, word.length() - 1);
          }
          time |= UNITS.contains(word);
        }
        afterNumber = false;
        words++;
      } else {
        if (!Character.isWhitespace(c) && c != ':' && c != ',') {
          afterNumber = false;
        }
        i++;
      }
    }
    return time && words <= MAX_WORDS;
  }
}
