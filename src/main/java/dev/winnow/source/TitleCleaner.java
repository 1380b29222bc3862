package dev.winnow.source;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Strips the site name from a page title: {@code "Cat found | Daily News"} reads
 * {@code "Cat found"}. The separators are {@code " | "}, {@code " - "}, {@code " – "},
 * {@code " — "}, {@code " :: "} and {@code " · "}. When the site's name is known, a part equal to
 * it goes wherever it stands, also before or after a bar without spaces ({@code "Site|見出し"});
 * when it is not, only the last part goes, and only when what remains
 * is long enough to be a headline (a title of two short halves is left whole). Stateless and
 * thread-safe.
 */
final class TitleCleaner {
  private static final String[] SEPARATORS = {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ", " \u00bb "};

  /** Bars that set off a site's name without spaces: ASCII and full-width. */
  private static final char[] BARS = {'|', '\uff5c'};

  /** The fewest words the rest of a title must have for an unknown last part to be cut as a site name. */
  static final int MIN_HEADLINE_WORDS = 4;

  private TitleCleaner() {}

  /** The title without its site name. */
  static String clean(String title, @Nullable String siteName) {
    String t = title.strip();
    if (siteName != null && !siteName.isBlank()) {
      String site = siteName.strip().toLowerCase(Locale.ROOT);
      for (String sep : SEPARATORS) {
        int at = t.lastIndexOf(sep);
        if (at > 0 && t.substring(at + sep.length()).strip().toLowerCase(Locale.ROOT).equals(site)) {
          return t.substring(0, at).strip();
        }
        at = t.indexOf(sep);
        if (at > 0 && t.substring(0, at).strip().toLowerCase(Locale.ROOT).equals(site)) {
          return t.substring(at + sep.length()).strip();
        }
      }
      String bare = withoutBareSiteName(t, site);
      if (bare != null) {
        return bare;
      }
    }
    for (String sep : SEPARATORS) {
      int at = t.lastIndexOf(sep);
      if (at > 0) {
        String head = t.substring(0, at).strip();
        String tail = t.substring(at + sep.length()).strip();
        if (words(head) >= MIN_HEADLINE_WORDS && words(tail) < words(head)) {
          return head;
        }
      }
    }
    return t;
  }

  /**
   * The title without the site's name set off by a bar with no spaces around it, as Japanese and
   * Chinese titles have it ({@code "NEWS WEB EASY|子どもへの..."}), or null when it has none.
   *
   * @param site the site's name, lower-cased
   */
  private static @Nullable String withoutBareSiteName(String t, String site) {
    String lower = t.toLowerCase(Locale.ROOT);
    for (char bar : BARS) {
      if (lower.startsWith(site + bar) && t.length() > site.length() + 1) {
        return t.substring(site.length() + 1).strip();
      }
      if (lower.endsWith(bar + site) && t.length() > site.length() + 1) {
        return t.substring(0, t.length() - site.length() - 1).strip();
      }
    }
    return null;
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = Character.isLetterOrDigit(s.charAt(i));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }
}
