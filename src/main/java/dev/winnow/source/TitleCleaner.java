package dev.winnow.source;

import com.google.common.collect.ObjectArrays;
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

  /**
   * Separators that set off a part known to be the site's name: more than {@link #SEPARATORS}, as
   * a colon or slashes are safe to cut at once the part beyond them is the site's name.
   */
  private static final String[] SITE_SEPARATORS = ObjectArrays.concat(SEPARATORS,
      new String[] {" : ", " // ", " \u2022 ", " \u203a "}, String.class);

  /** The fewest letters a title's part must have to be taken for the start of the site's name. */
  static final int MIN_SITE_PREFIX = 4;

  /** Bars that set off a site's name without spaces: ASCII and full-width. */
  private static final char[] BARS = {'|', '\uff5c'};

  /** A domain name has at most this many characters. */
  static final int MAX_DOMAIN = 64;

  /** The fewest words the rest of a title must have for an unknown last part to be cut as a site name. */
  static final int MIN_HEADLINE_WORDS = 4;

  private TitleCleaner() {}

  /**
   * The title without its site name, and without a separator left dangling at either end. A part
   * at either end that is a bare domain name ({@code "example.com"}) is the site's name too.
   */
  static String clean(String title, @Nullable String siteName) {
    String t = withoutDanglingSeparators(cleaned(title, siteName));
    return t.isEmpty() ? title.strip() : t;
  }

  private static String cleaned(String title, @Nullable String siteName) {
    String t = title.strip();
    if (siteName != null && !siteName.isBlank()) {
      String site = siteName.strip().toLowerCase(Locale.ROOT);
      String lower = t.toLowerCase(Locale.ROOT);
      if (lower.length() != t.length()) {
        lower = t; // a letter whose lower case is longer ("İ"): indices must stay the title's
      }
      for (String sep : SITE_SEPARATORS) {
        int at = lower.lastIndexOf(sep);
        if (at > 0 && isSiteName(lower.substring(at + sep.length()).strip(), site)) {
          return t.substring(0, at).strip();
        }
        at = lower.indexOf(sep);
        if (at > 0 && isSiteName(lower.substring(0, at).strip(), site)) {
          return t.substring(at + sep.length()).strip();
        }
        // The site's name, which may hold a separator itself, with slogans after it:
        // "Headline : Site | Slogan | Founded 2005", "Enchufla - Salsa-Figuren - Rueda in Berlin".
        at = lower.indexOf(sep + site);
        if (at > 0 && opensWithSeparator(lower, at + sep.length() + site.length())) {
          return t.substring(0, at).strip();
        }
      }
      String bare = withoutBareSiteName(t, lower, site);
      if (bare != null) {
        return bare;
      }
    }
    String withoutDomain = withoutDomainPart(t);
    if (withoutDomain != null) {
      return withoutDomain;
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
   * The title without a first or last part that is a bare domain name, the site's name as many
   * sites write it ({@code "example.com // Jens Weber"}, {@code "Cat found - example.co.uk"}), or
   * null when neither end is one.
   */
  private static @Nullable String withoutDomainPart(String t) {
    for (String sep : SITE_SEPARATORS) {
      // Only a part short enough to be a domain is cut out and read: a long title costs no copies.
      int at = t.indexOf(sep);
      if (at > 0 && at <= MAX_DOMAIN && isDomain(t.substring(0, at).strip()) && !t.substring(at + sep.length()).isBlank()) {
        return t.substring(at + sep.length()).strip();
      }
      at = t.lastIndexOf(sep);
      if (at > 0 && t.length() - at - sep.length() <= MAX_DOMAIN && isDomain(t.substring(at + sep.length()).strip())) {
        return t.substring(0, at).strip();
      }
    }
    return null;
  }

  /** Whether the text is a domain name: labels of letters, digits and hyphens, a dot between, a top level of letters. */
  static boolean isDomain(String s) {
    int dot = s.lastIndexOf('.');
    if (dot <= 0 || s.length() > MAX_DOMAIN || s.length() - dot - 1 < 2) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = Character.isLetterOrDigit(c) || c == '-' || (c == '.' && i > 0 && s.charAt(i - 1) != '.');
      if (!ok || (i > dot && !Character.isLetter(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The title without the site's name set off by a bar with no spaces around it, as Japanese and
   * Chinese titles have it ({@code "NEWS WEB EASY|子どもへの..."}), or null when it has none.
   *
   * @param lower the title lower-cased, index for index
   * @param site the site's name, lower-cased
   */
  private static @Nullable String withoutBareSiteName(String t, String lower, String site) {
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

  /**
   * The text without separator marks at its end ({@code "National Rail Enquiries -"} reads
   * without the dash) and without bars and guillemets at its start ({@code "» Jens Weber"}); a
   * dash or colon may open a headline ("-20 % on all bikes").
   */
  static String withoutDanglingSeparators(String t) {
    int from = 0;
    int to = t.length();
    while (from < to && (Character.isWhitespace(t.charAt(from)) || "|\u00b7\u00bb\u2022\u203a\uff5c".indexOf(t.charAt(from)) >= 0)) {
      from++;
    }
    while (to > from && isSeparatorMark(t.charAt(to - 1))) {
      to--;
    }
    return t.substring(from, to);
  }

  private static boolean isSeparatorMark(char c) {
    return Character.isWhitespace(c) || "|-\u2013\u2014:\u00b7\u00bb\u2022\u203a/\uff5c".indexOf(c) >= 0;
  }

  /** Whether the text ends at the index, or a separator starts there. */
  private static boolean opensWithSeparator(String s, int at) {
    if (at == s.length()) {
      return true;
    }
    for (String sep : SITE_SEPARATORS) {
      if (s.startsWith(sep, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a title's part, lower-cased, is the site's name, or the start of it up to a word's
   * end: "ProNATs e.V." of the logo "ProNATs e.V. Verein zur Unterstützung arbeitender Kinder",
   * which goes on with its slogan.
   */
  private static boolean isSiteName(String part, String site) {
    if (part.equals(site)) {
      return true;
    }
    return part.length() >= MIN_SITE_PREFIX && site.startsWith(part) && site.charAt(part.length()) == ' ';
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
