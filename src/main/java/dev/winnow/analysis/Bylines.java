package dev.winnow.analysis;

import dev.winnow.internal.WordLists;
import java.util.List;

/**
 * Author lines by their opening: a word of {@code byline-prefixes.txt} ("By", "Por", "Von", "Text:",
 * "Written by", ...), in any casing, then a capitalized name ("By Jane Doe", "POR MARÍA LÓPEZ",
 * "Text: Hans Muster"). "By the numbers" and "by the way" open with no name, and are no bylines.
 * One list and one test for {@code HeadlineFilter}, {@code ArticleHeaderFilter} and the text head
 * of {@code MainArticleFilter}; each adds its own limits of length. A line that credits the
 * newsroom alone ("La rédaction", "Redacción") is an author line too: {@link #isStaffByline}.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class Bylines {
  /** The openers, lower case, in file order. */
  private static final List<String> OPENERS = WordLists.load(Bylines.class, Vocabulary.RESOURCE_ROOT + "byline-prefixes.txt");

  /** Lines that credit the newsroom, lower case: "La rédaction", "Redacción", "Die Redaktion". */
  private static final List<String> STAFF = WordLists.load(Bylines.class, Vocabulary.RESOURCE_ROOT + "staff-bylines.txt");

  /** The {@linkplain #caseKey case key} of each opener's first char, in the openers' order. */
  private static final char[] OPENER_KEYS = openerKeys();

  /** The first letters of the openers, lower case: most lines open with none, and skip the loop. */
  private static final String FIRST_LETTERS = firstLetters();

  /** For each char up to U+00FF, whether its lower case is in {@link #FIRST_LETTERS}: one array read a line. */
  private static final boolean[] OPENS_LATIN1 = opensLatin1();

  /** Which lengths a {@linkplain #STAFF staff credit} has: equalsIgnoreCase needs the same length. */
  private static final boolean[] STAFF_LENGTHS = staffLengths();

  private Bylines() {}

  private static char[] openerKeys() {
    char[] keys = new char[OPENERS.size()];
    for (int o = 0; o < keys.length; o++) {
      keys[o] = caseKey(OPENERS.get(o).charAt(0));
    }
    return keys;
  }

  private static boolean[] opensLatin1() {
    boolean[] opens = new boolean[0x100];
    for (char c = 0; c < opens.length; c++) {
      opens[c] = FIRST_LETTERS.indexOf(Character.toLowerCase(c)) >= 0;
    }
    return opens;
  }

  private static boolean[] staffLengths() {
    boolean[] lengths = new boolean[STAFF_MAX_CHARS + 1];
    for (String staff : STAFF) {
      if (staff.length() <= STAFF_MAX_CHARS) {
        lengths[staff.length()] = true;
      }
    }
    return lengths;
  }

  private static String firstLetters() {
    StringBuilder sb = new StringBuilder();
    for (String opener : OPENERS) {
      char c = Character.toLowerCase(opener.charAt(0));
      if (sb.indexOf(String.valueOf(c)) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether the text opens with a byline opener, a space or colon, and a capitalized name. */
  public static boolean opensWithByline(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    if (c < OPENS_LATIN1.length ? !OPENS_LATIN1[c] : FIRST_LETTERS.indexOf(Character.toLowerCase(c)) < 0) {
      return false;
    }
    char first = caseKey(c);
    for (int o = 0; o < OPENERS.size(); o++) {
      String opener = OPENERS.get(o);
      if (OPENER_KEYS[o] == first && text.regionMatches(true, 0, opener, 0, opener.length())) {
        int at = opener.length();
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == ':')) {
          at++;
        }
        if (at > opener.length() && at < text.length() && Character.isUpperCase(text.charAt(at))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The char as {@code regionMatches(true, ...)} compares it: two chars match ignoring case exactly
   * when their keys are equal. A cheap test that skips the openers with another first letter.
   */
  private static char caseKey(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Whether the whole line credits the newsroom instead of a named author ("La rédaction"). */
  public static boolean isStaffByline(String text) {
    String t = text.strip();
    if (t.length() > STAFF_MAX_CHARS || !STAFF_LENGTHS[t.length()]) {
      return false;
    }
    for (String staff : STAFF) {
      if (t.equalsIgnoreCase(staff)) {
        return true;
      }
    }
    return false;
  }

  /** The longest staff credit, with room. */
  private static final int STAFF_MAX_CHARS = 40;
}
