package dev.winnow.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The listing scorer's text semantics ({@code listing-dev-text/score.py}) in Java: Python's
 * {@code \s}, {@code \w} and {@code str.casefold()}, which no Java API gives as such. Checked code
 * point by code point against Python 3.11 (Unicode 14): they agree on every code point Java 17
 * (Unicode 13) has assigned. Stateless and thread-safe.
 */
final class ScorerText {
  private ScorerText() {}

  /** Python's {@code str.isspace()}, what its {@code re} module's {@code \s} matches. */
  static boolean isSpace(int cp) {
    // isWhitespace leaves out the no-break spaces (isSpaceChar has them) and NEL (neither has it).
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  /**
   * The scorer's {@code norm_ws}: byte order marks and zero-width spaces dropped, whitespace runs
   * made one space, the ends trimmed; {@code null} becomes the empty string.
   */
  static String normWs(@Nullable String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0xFEFF || cp == 0x200B) {
        continue;
      }
      if (isSpace(cp)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  /** The scorer's {@code norm_head}: {@link #normWs} with curly, low and angle quotes made straight. */
  static String normHeadline(@Nullable String s) {
    String n = normWs(s);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      sb.append(switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
        default -> c;
      });
    }
    return sb.toString();
  }

  /** Python's {@code str.casefold()}: full case folding, code point by code point. */
  static String casefold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        sb.append((char) Character.toLowerCase(cp));
      } else if (cp == 0x131) {
        sb.append('\u0131');                       // dotless i folds to itself, not to i
      } else if (cp == 0x1E9E) {
        sb.append("ss");                           // capital sharp s folds as ß does
      } else if (cp >= 0x13A0 && cp <= 0x13FD || cp >= 0xAB70 && cp <= 0xABBF) {
        sb.appendCodePoint(Character.toUpperCase(cp));   // Cherokee folds to its capitals
      } else {
        // Upper then lower case is full folding for every other code point (ß -> SS -> ss,
        // final ς -> Σ -> σ, ﬁ -> FI -> fi); one code point at a time, so no context rules apply.
        sb.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  /** The scorer's {@code tokens}: the {@code \w+} runs of the casefolded text. */
  static List<String> tokens(String s) {
    // Folding first, as the scorer does: it can make or break a word character (İ -> i + U+0307).
    String folded = casefold(s);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      boolean word = ShingleMetric.isTokenChar(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(folded.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(folded.substring(start));
    }
    return out;
  }

  /** The scorer's line split: on CRLF, CR or LF only. */
  static List<String> lines(String s) {
    return List.of(s.split("\r\n|\r|\n", -1));
  }

  /**
   * The scorer's {@code contained}: whether {@code g} equals {@code p} or occurs in it with a space
   * or an end of {@code p} on both sides. Both are already {@link #normWs normalized}.
   */
  static boolean contained(String g, String p) {
    if (g.equals(p)) {
      return true;
    }
    // Python's find returns -1 past the end, where Java's indexOf would clamp and find "" again.
    for (int i = p.indexOf(g); i >= 0; i = i + 1 > p.length() ? -1 : p.indexOf(g, i + 1)) {
      int j = i + g.length();
      if ((i == 0 || p.charAt(i - 1) == ' ') && (j == p.length() || p.charAt(j) == ' ')) {
        return true;
      }
    }
    return false;
  }
}
