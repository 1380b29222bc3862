package dev.winnow.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reconciles the headline candidates a page states: its JSON-LD {@code headline}, {@code og:title},
 * {@code twitter:title}, its {@code <h1>}s and its {@code <title>}. The visible {@code <h1>} wins
 * when another candidate confirms it, that is when most of its words stand in that candidate too:
 * the heading is what readers see, and metadata titles are often rewritten for search and social
 * sites or carry the site's name. An {@code <h1>} that is only one part of the title between
 * separators ({@code "Recipe : Muffin Recipes"} under {@code <h1>Muffin Recipes}) is the site's
 * name: the title's longest other part wins. Otherwise the metadata titles win in the order given,
 * without their site name ({@link TitleCleaner}). Candidates are read up to {@link #MAX_CHARS}.
 * Stateless and thread-safe.
 */
final class HeadlineChooser {
  /** A candidate past this many characters is cut: no headline is longer. */
  static final int MAX_CHARS = 1_000;

  /** The share of an {@code <h1>}'s words another candidate must hold to confirm it. */
  static final double CONFIRMING_SHARE = 0.6;

  /** The share of the confirming candidate's words the heading must hold: a one-word menu heading confirms nothing. */
  static final double COVERED_SHARE = 0.4;

  /** A site's name has at most this many words. */
  static final int MAX_SITE_WORDS = 4;

  private static final String[] SEPARATORS = {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ", " \u00bb ",
      " : ", " // ", " \u2022 ", " › "};

  /** What may stand between a kicker and the headline in one heading. */
  private static final String[] KICKER_SEPARATORS = {" / ", " | ", ": ", " - ", " \u2013 ", " \u2014 "};

  /** A metadata title shorter than this many words is not taken for the headline under a kicker. */
  static final int MIN_TITLE_WORDS = 3;

  private HeadlineChooser() {}

  /**
   * The headline, or null when no candidate has one.
   *
   * @param metaTitles the JSON-LD headline, {@code og:title} and {@code twitter:title} as stated, any null
   * @param headings the {@code <h1>} texts in page order, the one in the article or main element first
   * @param title the {@code <title>}, or null
   */
  static @Nullable String choose(List<@Nullable String> metaTitles, List<String> headings, @Nullable String title,
      @Nullable String siteName, @Nullable String host) {
    return choose(metaTitles, headings, List.of(), title, siteName, host);
  }

  /**
   * The headline, or null when no candidate has one; an {@code <h1>} the markup marks as the
   * entry's title ({@code class="entry-title"}, {@code itemprop="headline"}) that no other
   * candidate confirms still wins over the metadata titles, which are the ones rewritten for
   * search and social sites.
   *
   * @param marked the {@code <h1>} texts marked as the entry's title, in page order
   */
  static @Nullable String choose(List<@Nullable String> metaTitles, List<String> headings, List<String> marked,
      @Nullable String title, @Nullable String siteName, @Nullable String host) {
    List<String> others = new ArrayList<>();
    for (String t : metaTitles) {
      if (t != null && !t.isBlank()) {
        others.add(cut(t));
      }
    }
    if (title != null && !title.isBlank()) {
      others.add(cut(title));
    }
    List<Split> splits = new ArrayList<>();
    for (String o : others) {
      splits.add(Split.of(o));
    }
    List<List<String>> otherWords = new ArrayList<>();
    List<Set<String>> otherSets = new ArrayList<>();
    for (String o : others) {
      List<String> w = words(o);
      otherWords.add(w);
      otherSets.add(new HashSet<>(w));
    }
    String best = null;
    double bestShare = CONFIRMING_SHARE;
    for (String h : headings) {
      String heading = cut(h);
      List<String> words = words(heading);
      if (words.isEmpty() || isSiteName(heading, siteName, host)
          || (isSitePart(heading, splits) && !isStated(heading, metaTitles))) {
        continue;
      }
      Set<String> mine = new HashSet<>(words);
      for (int i = 0; i < others.size(); i++) {
        double share = share(words, otherSets.get(i));
        boolean covers = share(otherWords.get(i), mine) >= COVERED_SHARE;
        if (covers && (share >= bestShare + 1e-9 || (best == null && share >= CONFIRMING_SHARE))) {
          best = heading;
          bestShare = share;
        }
      }
    }
    if (best != null) {
      return withoutKicker(best, metaTitles);
    }
    for (String m : marked) {
      String heading = cut(m);
      if (words(heading).size() >= MIN_TITLE_WORDS && !isSiteName(heading, siteName, host)) {
        return heading;
      }
    }
    for (String h : headings) {
      String heading = cut(h);
      if (isStated(heading, metaTitles)) {
        continue; // the article's own title, not a site part, however the <title> is laid out
      }
      for (Split o : splits) {
        String rest = withoutPart(o, heading);
        if (rest != null) {
          return rest;
        }
      }
    }
    // A candidate that is the site's name and nothing more names no article: a page whose every
    // title is "ICON Magazine" has its headline in the body, or none.
    for (String t : metaTitles) {
      String clean = t == null || t.isBlank() ? null : TitleCleaner.clean(cut(t), siteName);
      if (clean != null && !isSiteName(clean, siteName, host)) {
        return clean;
      }
    }
    String first = headings.isEmpty() ? null : cut(headings.get(0));
    if (first != null && !isSiteName(first, siteName, host)) {
      return first;
    }
    String cleanTitle = title == null || title.isBlank() ? null : TitleCleaner.clean(cut(title), siteName);
    return cleanTitle == null || isSiteName(cleanTitle, siteName, host) ? null : cleanTitle;
  }

  /**
   * The metadata title the heading ends with, when what stands before it is a shorter kicker set
   * off by a separator: {@code <h1>"Reform now" / Stetter-Karp heads the ZdK</h1>} under the
   * JSON-LD headline "Stetter-Karp heads the ZdK". Otherwise the heading.
   */
  private static String withoutKicker(String heading, List<@Nullable String> metaTitles) {
    List<String> mine = words(heading);
    for (String t : metaTitles) {
      if (t == null) {
        continue;
      }
      String title = cut(t).strip();
      List<String> theirs = words(title);
      int kicker = mine.size() - theirs.size();
      if (theirs.size() >= MIN_TITLE_WORDS && kicker > 0 && kicker < theirs.size()
          && mine.subList(kicker, mine.size()).equals(theirs) && endsAfterSeparator(heading, title)) {
        return title;
      }
    }
    return heading;
  }

  /** Whether the heading ends with the title, a separator standing just before it. */
  private static boolean endsAfterSeparator(String heading, String title) {
    String h = heading.strip();
    if (!h.endsWith(title)) {
      return false;
    }
    String before = h.substring(0, h.length() - title.length());
    for (String sep : KICKER_SEPARATORS) {
      if (before.endsWith(sep)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a metadata title states the heading whole: {@code og:title} "Das Phantom" under
   * {@code <title>site.world - Das Phantom} makes the heading the headline, not the site's part.
   */
  private static boolean isStated(String heading, List<@Nullable String> metaTitles) {
    List<String> mine = words(heading);
    for (String t : metaTitles) {
      if (t != null && !mine.isEmpty() && words(cut(t)).equals(mine)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the heading is the site's name or its address's ({@code bewusster leben} on bewusster-leben.de). */
  private static boolean isSiteName(String heading, @Nullable String siteName, @Nullable String host) {
    String h = String.join("", words(heading));
    if (siteName != null && h.equals(String.join("", words(siteName)))) {
      return true;
    }
    return host != null && host.length() >= 4 && h.length() >= 4 && (h.equals(host) || host.contains(h));
  }

  /**
   * Whether the heading is one part of a candidate between separators, not all of it: a site's
   * name. A heading of more than {@link #MAX_SITE_WORDS} words is a headline whose kicker the
   * candidate puts first ({@code "Olympia - Getränke per Schiff ins Stadtzentrum"}).
   */
  private static boolean isSitePart(String heading, List<Split> others) {
    if (words(heading).size() > MAX_SITE_WORDS) {
      return false;
    }
    for (Split o : others) {
      if (withoutPart(o, heading) != null) {
        return true;
      }
    }
    return false;
  }

  /** A candidate cut at its separators, once: its parts, and whether it reads as a breadcrumb. */
  record Split(List<String> parts, boolean breadcrumb) {
    static Split of(String candidate) {
      List<String> parts = new ArrayList<>();
      int from = 0;
      int i = 0;
      while (i < candidate.length()) {
        String sep = separatorAt(candidate, i);
        if (sep == null) {
          i++;
          continue;
        }
        addPart(candidate.substring(from, i), parts);
        i += sep.length();
        from = i;
      }
      addPart(candidate.substring(from), parts);
      return new Split(parts, candidate.contains(" \u00bb ") || candidate.contains(" \u203a "));
    }

    private static void addPart(String piece, List<String> parts) {
      if (!piece.isBlank()) {
        parts.add(piece.strip());
      }
    }

    private static @Nullable String separatorAt(String s, int i) {
      if (s.charAt(i) != ' ') {
        return null;
      }
      for (String sep : SEPARATORS) {
        if (s.startsWith(sep, i)) {
          return sep;
        }
      }
      return null;
    }
  }

  /**
   * The candidate's headline part when the heading is its site part: titles put the site last
   * ({@code "Headline | Site"}), breadcrumb titles ({@code "Site » Blog » Headline"}) first.
   * Null when the heading is not that part.
   */
  private static @Nullable String withoutPart(Split candidate, String part) {
    List<String> parts = candidate.parts();
    if (parts.size() < 2) {
      return null;
    }
    int siteAt = candidate.breadcrumb() ? 0 : parts.size() - 1;
    if (!parts.get(siteAt).equalsIgnoreCase(part.strip())) {
      return candidate.breadcrumb() ? null : beforeMiddlePart(parts, part.strip());
    }
    List<String> rest = new ArrayList<>(parts);
    rest.remove(siteAt);
    return candidate.breadcrumb() ? rest.get(rest.size() - 1) : rest.get(0);
  }

  /**
   * The title's first part when the heading is one of its middle parts and shorter: a title that
   * strings the site's name and its slogans after the headline ({@code "Headline : Site | Slogan |
   * Founded 2005"}) under an {@code <h1>} of the site's name. Null otherwise.
   */
  private static @Nullable String beforeMiddlePart(List<String> parts, String part) {
    for (int i = 1; i < parts.size() - 1; i++) {
      if (parts.get(i).equalsIgnoreCase(part)) {
        String first = parts.get(0);
        return words(first).size() > words(part).size() ? first : null;
      }
    }
    return null;
  }

  private static double share(List<String> words, Set<String> in) {
    int n = 0;
    for (String w : words) {
      n += in.contains(w) ? 1 : 0;
    }
    return (double) n / words.size();
  }

  /** Lower-cased runs of letters and digits. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString().toLowerCase(Locale.ROOT));
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static String cut(String s) {
    return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
  }
}
