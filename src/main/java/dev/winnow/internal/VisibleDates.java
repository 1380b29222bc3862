package dev.winnow.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the first date a short visible text states, as {@code yyyy-mm-dd}: {@code "19. Oktober
 * 2019"}, {@code "10 de mayo de 2021"}, {@code "May 4, 2022"}, {@code "1er janvier 2020"},
 * {@code "19.10.2019"}, {@code "19.10.19"}, {@code "2019-10-19"}, and the date in an address's path
 * ({@code /2019/10/19/}, {@code /19-10-2019}). Month names come from {@code month-names.txt} (English, German, French,
 * Spanish, Italian, Portuguese, Russian, Ukrainian). In an all-digit date whose day and month could swap, the page's
 * language decides: month first in US English, day first elsewhere. Days that do not exist and
 * years before {@link #EARLIEST_YEAR} or past {@link #LATEST_YEAR} give {@code null}. Linear in
 * the text, which is read up to {@link #MAX_CHARS}. Stateless and thread-safe.
 */
public final class VisibleDates {
  /** Text past this many characters is not read: a date line is short. */
  static final int MAX_CHARS = 400;

  /** No news page on the web states an earlier date of its own. */
  static final int EARLIEST_YEAR = 1995;

  /** A later year is a typo or a placeholder. */
  static final int LATEST_YEAR = 2100;

  private static final Map<String, Integer> MONTHS = months();
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d.])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)|(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\5(\\d{4}|(?<=\\.)\\d{2})"
      + "(?![\\d.])");
  private static final Pattern WORDS = Pattern.compile("\\p{L}+\\.?|\\d+(?:st|nd|rd|th|er|º|°|\\.)?");
  private static final Pattern PATH = Pattern.compile(
      "/((?:19|20)\\d{2})[/-]([01]?\\d)[/-]([0-3]?\\d)(?:[/._-]|$)|/((?:19|20)\\d{2})([01]\\d)([0-3]\\d)/"
      + "|/([0-3]\\d)-([01]\\d)-((?:19|20)\\d{2})(?:[/._-]|$)");

  /**
   * A date at a text's start, with the time after it: {@code 11.12.2019}, {@code 2019-12-11},
   * {@code 21. Jan 2022}, {@code September 21, 2020 at 08:45 AM}, {@code 24. August 2019 um 03:36 Uhr}.
   */
  private static final Pattern LEADING = Pattern.compile(
      "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}"
      + "|\\d{1,2}\\.?\\s\\p{L}{3,10}\\.?,?\\s\\d{4}|\\p{L}{3,10}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4})"
      + "(?:,?\\s(?:at\\s|um\\s|à\\s|a las\\s)?\\d{1,2}[:.h]\\d{2}(?:\\s?(?:[AaPp]\\.?[Mm]\\.?|Uhr|h))?)?");

  private VisibleDates() {}

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new HashMap<>();
    for (String line : WordLists.load(VisibleDates.class, "month-names.txt")) {
      String[] parts = line.split("\\s+");
      int month = Integer.parseInt(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        m.putIfAbsent(parts[i], month);
      }
    }
    return Map.copyOf(m);
  }

  /** The first date the text states, or null. */
  public static @Nullable String find(@Nullable String text, @Nullable String language) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Matcher n = NUMERIC.matcher(t);
    int numericAt = n.find() ? n.start() : -1;
    String numeric = numericAt < 0 ? null : numeric(n, language);
    Matcher w = WORDS.matcher(t);
    // Tokens of the text; a spelled-out date is number-month-year or month-number-year, with "de",
    // "of" and commas allowed between.
    String[] tokens = new String[6];
    int[] starts = new int[6];
    int count = 0;
    while (w.find()) {
      if (numericAt >= 0 && w.start() > numericAt) {
        break;
      }
      String tok = w.group().toLowerCase(Locale.ROOT);
      if (tok.equals("de") || tok.equals("of") || tok.equals("del")) {
        continue;
      }
      System.arraycopy(tokens, 1, tokens, 0, 5);
      System.arraycopy(starts, 1, starts, 0, 5);
      tokens[5] = tok;
      starts[5] = w.start();
      count++;
      if (count >= 3) {
        String d = spelled(tokens[3], tokens[4], tokens[5]);
        if (d != null) {
          return d;
        }
      }
    }
    return numeric;
  }

  /**
   * Where a date the text opens with ends, the time after it included, or -1 when the text does
   * not open with a date this class reads: {@code "11.12.2019 - Ann Lee"} gives 10.
   */
  public static int leadingDateEnd(String text) {
    if (text.isEmpty() || text.length() > MAX_CHARS) {
      return -1;
    }
    Matcher m = LEADING.matcher(text);
    return m.lookingAt() && find(m.group(), null) != null ? m.end() : -1;
  }

  /** The date in an address's path: {@code /2019/10/19/}, {@code /2019-10-19-title}, {@code /20191019/}. */
  public static @Nullable String inPath(@Nullable String url) {
    return inPath(url, null);
  }

  /**
   * The date in an address's path, also written day first ({@code /29-10-2021}), which US
   * English pages write month first.
   */
  public static @Nullable String inPath(@Nullable String url, @Nullable String language) {
    if (url == null || url.length() > 2_000) {
      return null;
    }
    Matcher m = PATH.matcher(url);
    if (!m.find()) {
      return null;
    }
    if (m.group(7) != null) {
      boolean monthFirst = usEnglish(language) && Integer.parseInt(m.group(7)) <= 12;
      return monthFirst ? date(m.group(9), m.group(7), m.group(8)) : date(m.group(9), m.group(8), m.group(7));
    }
    return m.group(1) != null ? date(m.group(1), m.group(2), m.group(3)) : date(m.group(4), m.group(5), m.group(6));
  }

  private static @Nullable String numeric(Matcher n, @Nullable String language) {
    if (n.group(1) != null) {
      return date(n.group(1), n.group(2), n.group(3));
    }
    int a = Integer.parseInt(n.group(4));
    int b = Integer.parseInt(n.group(6));
    boolean monthFirst = b > 12 || (a <= 12 && usEnglish(language) && !n.group(5).equals("."));
    String year = fullYear(n.group(7));
    return monthFirst ? date(year, n.group(4), n.group(6)) : date(year, n.group(6), n.group(4));
  }

  /**
   * The year of a date written with dots and two digits for the year ({@code 23.09.22}): 2000 to
   * 2069, else the 1900s.
   */
  private static String fullYear(String year) {
    if (year.length() != 2) {
      return year;
    }
    return (Integer.parseInt(year) < 70 ? "20" : "19") + year;
  }

  private static boolean usEnglish(@Nullable String language) {
    if (language == null) {
      return false;
    }
    String l = language.toLowerCase(Locale.ROOT);
    return l.equals("en") || l.startsWith("en-us") || l.startsWith("en_us");
  }

  private static @Nullable String spelled(String a, String b, String c) {
    Integer month = month(b);
    if (month != null && day(a) > 0 && isYear(c)) {
      return date(c.substring(0, 4), Integer.toString(month), Integer.toString(day(a)));
    }
    month = month(a);
    if (month != null && day(b) > 0 && isYear(c)) {
      return date(c.substring(0, 4), Integer.toString(month), Integer.toString(day(b)));
    }
    return null;
  }

  private static @Nullable Integer month(String token) {
    String t = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
    return MONTHS.get(t);
  }

  /** The day of a token such as {@code 4}, {@code 4.}, {@code 4th} or {@code 1er}; 0 when it is not one. */
  private static int day(String token) {
    int end = 0;
    while (end < token.length() && end < 3 && Character.isDigit(token.charAt(end))) {
      end++;
    }
    if (end == 0 || end > 2) {
      return 0;
    }
    int d = Integer.parseInt(token, 0, end, 10);
    return d >= 1 && d <= 31 ? d : 0;
  }

  /** Whether the token is a year of four digits, also at a sentence's end ({@code "2020."} of "20 Feb, 2020. 3 min read"). */
  private static boolean isYear(String token) {
    int n = token.length() == 5 && token.charAt(4) == '.' ? 4 : token.length();
    return n == 4 && Character.isDigit(token.charAt(0)) && Character.isDigit(token.charAt(3));
  }

  /** {@code yyyy-mm-dd} when the numbers make a real day within the years allowed, else null. */
  static @Nullable String date(String year, String month, String day) {
    if (year.length() != 4 || month.length() > 2 || day.length() > 2) {
      return null;
    }
    try {
      int y = Integer.parseInt(year);
      if (y < EARLIEST_YEAR || y > LATEST_YEAR) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toString();
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }
}
