package dev.winnow.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a short normalized text: its words, with every number replaced by {@code 0} and
 * all punctuation but {@code /} dropped, so "Slide 2 of 5", "SLIDE 10 OF 12" and "(slide 2 of 5)"
 * share the shape {@code slide 0 of 0}. Shapes let phrase files hold real examples of patterns
 * (counters, comment counts) instead of regexes; building one is a single linear pass.
 *
 * Immutable and thread-safe.
 *
 * @param pattern the words and placeholders, space-separated
 * @param words the words and numbers of the text, in order, as written in the key
 * @param numbers the values of the numbers, in order
 *
 * @since 0.1
 */
public record Shape(String pattern, List<String> words, List<Integer> numbers) {

  /** Numbers of more digits than this are no counters or counts, and would overflow an int. */
  private static final int MAX_DIGITS = 6;

  /** The placeholder that stands for any number. */
  public static final String NUMBER = "0";

  /**
   * The shape of a key (see {@link Keys}), or {@code null} when it holds a number too long to be
   * a count.
   */
  public static @Nullable Shape of(String key) {
    StringBuilder pattern = new StringBuilder(key.length());
    List<String> words = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    int i = 0;
    int n = key.length();
    while (i < n) {
      char c = key.charAt(i);
      int j = i + 1;
      String token;
      if (isDigit(c)) {
        while (j < n && isDigit(key.charAt(j))) {
          j++;
        }
        if (j - i > MAX_DIGITS) {
          return null;
        }
        numbers.add(Integer.parseInt(key, i, j, 10));
        words.add(key.substring(i, j));
        token = NUMBER;
      } else if (Character.isLetter(c)) {
        while (j < n && Character.isLetter(key.charAt(j))) {
          j++;
        }
        token = key.substring(i, j);
        words.add(token);
      } else if (c == '/') {
        token = "/";
      } else {
        i = j;
        continue;
      }
      if (pattern.length() > 0) {
        pattern.append(' ');
      }
      pattern.append(token);
      i = j;
    }
    return new Shape(pattern.toString(), List.copyOf(words), List.copyOf(numbers));
  }

  /** Whether the key holds a number, so that its shape has a {@code 0}: a cheap test before {@link #of}. */
  public static boolean hasNumber(String key) {
    for (int i = 0, n = key.length(); i < n; i++) {
      if (isDigit(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The shapes of a vocabulary's example phrases. */
  public static Set<String> patternsOf(Collection<String> examples) {
    Set<String> out = new HashSet<>();
    for (String e : examples) {
      Shape s = of(Keys.key(e));
      if (s != null && !s.pattern.isEmpty()) {
        out.add(s.pattern);
      }
    }
    return Set.copyOf(out);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
