package dev.winnow.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the line that credits a text to where it came from, as sites that run an agency's or a
 * broadcaster's copy print it at the text's foot: {@code "Quelle: kathpress"} reads {@code
 * kathpress}, {@code "Quelle: MDR THÜRINGEN/ls"} reads {@code MDR THÜRINGEN/ls} (the desk and the
 * editor's initials, kept whole). The labels are {@code source-labels.txt}. A credit that lists
 * several sources or goes on with a date ({@code "Source: CDC, Chicago Department of Public
 * Health"}, {@code "Quelle: DJV, 02. Februar 2022"}) names a chart's data or a press release, not
 * the writer, and reads as none. Stateless and thread-safe.
 */
public final class SourceCredits {
  /** A credit line has at most this many characters. */
  public static final int MAX_LINE = 60;

  /** The credited name has at most this many words. */
  static final int MAX_WORDS = 4;

  private static final List<String> LABELS = WordLists.load(SourceCredits.class, "source-labels.txt");

  private SourceCredits() {}

  /** The source a credit line names, or null when the line is none. */
  public static @Nullable String credited(@Nullable String line) {
    if (line == null || line.length() > MAX_LINE) {
      return null;
    }
    String s = Texts.fold(line);
    int colon = s.indexOf(':');
    if (colon <= 0 || !LABELS.contains(s.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
      return null;
    }
    String name = s.substring(colon + 1).strip();
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1).strip();
    }
    if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || name.split(" ").length > MAX_WORDS) {
      return null;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isDigit(c) || ",;:()&".indexOf(c) >= 0) {
        return null;
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("http") || lower.startsWith("www.") ? null : name;
  }
}
