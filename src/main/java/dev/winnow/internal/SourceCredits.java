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

  /** A dateline's place has at most this many characters. */
  static final int MAX_PLACE = 40;

  /** An agency's mark in a dateline has at most this many characters. */
  static final int MAX_AGENCY = 20;

  /**
   * The agency a paragraph's dateline credits, as wire copy opens: {@code "Hamburg (dpa/lno) –
   * Trotz ..."} reads {@code dpa/lno}, {@code "NEW YORK (AP) -- A ..."} reads {@code AP}. The place
   * opens with a capital and holds no sentence's end; the mark in brackets is one token of letters,
   * slashes, dots and hyphens that opens with a known agency ({@code author-agencies.txt}); a dash
   * follows it. Null for any other paragraph.
   */
  public static @Nullable String datelineAgency(@Nullable String paragraph) {
    if (paragraph == null || paragraph.isEmpty() || !Character.isUpperCase(paragraph.charAt(0))) {
      return null;
    }
    int open = paragraph.indexOf(" (");
    if (open <= 0 || open > MAX_PLACE) {
      return null;
    }
    for (int i = 0; i < open; i++) {
      char c = paragraph.charAt(i);
      boolean abbreviation =
          c == '.' && (i + 1 == open || paragraph.charAt(i + 1) == ' ') && isShortWordBefore(paragraph, i);
      if ("!?:;()".indexOf(c) >= 0 || (c == '.' && !abbreviation)) {
        return null; // a sentence ended before the bracket: no dateline
      }
    }
    int close = paragraph.indexOf(')', open);
    if (close < 0 || close - open - 2 > MAX_AGENCY || close == open + 2) {
      return null;
    }
    String mark = paragraph.substring(open + 2, close);
    for (int i = 0; i < mark.length(); i++) {
      char c = mark.charAt(i);
      if (!Character.isLetter(c) && c != '/' && c != '-' && c != '.') {
        return null;
      }
    }
    int end = 0;
    while (end < mark.length() && Character.isLetter(mark.charAt(end))) {
      end++;
    }
    if (!AuthorNames.isAgency(mark.substring(0, end))) {
      return null; // "Ulrich Maly (SPD) –": a party, a club, a place's state
    }
    String rest = paragraph.substring(close + 1).stripLeading();
    return !rest.isEmpty() && "-\u2013\u2014".indexOf(rest.charAt(0)) >= 0 ? mark : null;
  }

  /** Whether the dot at {@code dot} ends an abbreviation of at most five letters ("Calif."). */
  private static boolean isShortWordBefore(String s, int dot) {
    int from = dot;
    while (from > 0 && Character.isLetter(s.charAt(from - 1))) {
      from--;
    }
    return dot > from && dot - from <= 5;
  }
}
