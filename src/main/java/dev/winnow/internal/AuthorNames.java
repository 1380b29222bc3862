package dev.winnow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns an author line as pages state it into the names alone: {@code "Von Claudia Riedler 19.
 * Oktober 2019 00:04 Uhr"} reads {@code [Claudia Riedler]}, {@code "By Ann Lee and Bo Kim"} reads
 * {@code [Ann Lee, Bo Kim]}. The opening word ({@code author-prefixes.txt}), everything from the
 * first digit on (a date or a time), addresses, job titles ({@code author-roles.txt}), a bare
 * social handle and a news agency beside a person ({@code author-agencies.txt}) all go; names are split at commas, semicolons, {@code &} and the word "and" in
 * six languages. Linear in the input, which is read up to {@link #MAX_CHARS}; at most
 * {@link #MAX_NAMES} names come back. Stateless and thread-safe.
 */
public final class AuthorNames {
  /** Input past this many characters is not read: no author line is this long. */
  public static final int MAX_CHARS = 1_000;

  /** A visible line longer than this is a paragraph, not a byline. */
  public static final int MAX_LINE = 120;

  /** The most names one line gives. */
  public static final int MAX_NAMES = 12;

  /** A part with more words than this is a sentence, not a name. */
  static final int MAX_WORDS = 6;

  private static final List<String> PREFIXES = WordLists.load(AuthorNames.class, "author-prefixes.txt");
  private static final List<String> ROLE_LIST = WordLists.load(AuthorNames.class, "author-roles.txt");
  /** The roles matched as words or phrases ("staff writer"). */
  private static final List<String> ROLES = ROLE_LIST.stream().filter(r -> !r.startsWith("-")).toList();
  /** The word endings that make a role ("-redakteurin"), without their '-'. */
  private static final List<String> ROLE_ENDINGS = ROLE_LIST.stream().filter(r -> r.startsWith("-"))
      .map(r -> r.substring(1)).toList();
  /** The prefixes by their first char, each group in the list's order: a name is tried against a few. */
  private static final Map<Character, List<String>> PREFIXES_BY_FIRST = Map.copyOf(PREFIXES.stream()
      .collect(Collectors.groupingBy(p -> p.charAt(0), Collectors.toUnmodifiableList())));
  /** The first words of the opening words of visible bylines ({@code "ein"} of "ein Artikel von"). */
  private static final Set<String> FIRST_WORDS = firstWords();

  /** The longest first word read. */
  private static final int MAX_FIRST_WORD = 16;

  private static final Set<String> AGENCIES = Set.copyOf(WordLists.load(AuthorNames.class, "author-agencies.txt"));
  private static final Set<String> STOPS = Set.copyOf(WordLists.load(AuthorNames.class, "author-stops.txt"));
  private static final List<String> PARTICLES = List.of("von", "van", "vom", "zu", "de", "da", "das", "do", "dos",
      "del", "della", "di", "du", "des", "la", "le", "der", "den", "ten", "ter", "bin", "al", "el", "y", "d'");
  /** Words that stand between a date and the names it is credited to: "21.09.2020 by Ann Lee". */
  private static final List<String> DATE_CREDITS = List.of("by", "von", "par", "por", "di", "door");
  private static final List<String> AND_WORDS = List.of("and", "und", "et", "y", "e", "i", "ja", "en");

  private AuthorNames() {}

  private static Set<String> firstWords() {
    java.util.HashSet<String> words = new java.util.HashSet<>();
    for (String p : PREFIXES) {
      int end = 0;
      while (end < p.length() && Character.isLetter(p.charAt(end))) {
        end++;
      }
      words.add(p.substring(0, end));
    }
    return Set.copyOf(words);
  }

  /**
   * The names in an author line, in order, without repeats; empty when none is credible.
   *
   * @param siteName the site's own name, which is never an author's; may be null
   */
  public static List<String> parse(@Nullable String line, @Nullable String siteName) {
    List<String> out = new ArrayList<>();
    if (line == null) {
      return out;
    }
    String s = withoutLeadingDashes(Texts.fold(line.length() > MAX_CHARS ? cut(line) : line));
    s = withoutPrefix(s);
    s = withoutLeadingDate(s);
    s = beforeFirstDigit(s);
    String site = siteName == null ? "" : Texts.fold(siteName).toLowerCase(Locale.ROOT);
    if (STOPS.contains(s.toLowerCase(Locale.ROOT))) {
      return out; // "No author", "Unknown"
    }
    StringBuilder part = new StringBuilder();
    boolean prose = false;
    // Whether the part being read follows a comma, and whether a description followed the names
    // there: "Uta Staschewski, Projektleiterin der HSS in Tunesien" names Uta Staschewski.
    boolean afterComma = false;
    boolean described = false;
    for (String word : s.split(" ")) {
      String lower = strip(word).toLowerCase(Locale.ROOT);
      if (part.length() > 0 && (STOPS.contains(lower) || word.startsWith("("))) {
        break; // "Ann Lee am Samstag", "Ann Lee Follow"
      }
      boolean and = AND_WORDS.contains(word.toLowerCase(Locale.ROOT)) && part.length() > 0;
      if (part.length() > 0 && (word.equals("|") || word.equals("-") || word.equals("\u2013") || word.equals("\u2014"))) {
        break; // what follows a dash or a bar is a role, a site or a date
      }
      if (and || word.equals("\u00b7") || word.equals("\u2022")) {
        prose |= !add(part, site, out);
        afterComma = false;
        continue;
      }
      int cut = firstSeparator(word);
      while (cut >= 0 && !described) {
        append(part, word.substring(0, cut));
        if (!add(part, site, out)) {
          described = afterComma && capitalized(out);
          prose |= !described;
        }
        afterComma = word.charAt(cut) == ',';
        word = word.substring(cut + 1);
        cut = firstSeparator(word);
      }
      if (described) {
        break;
      }
      append(part, word);
      if (out.size() >= MAX_NAMES || prose) {
        break;
      }
    }
    if (!described && !add(part, site, out)) {
      prose |= !(afterComma && capitalized(out));
    }
    if (prose) {
      out.clear(); // a line with a sentence in it is about the author, not the byline
    }
    return withoutAgencies(out);
  }

  /** The names without news agencies ("dpa", "Reuters"), unless an agency is all they name. */
  private static List<String> withoutAgencies(List<String> names) {
    if (names.size() < 2) {
      return names;
    }
    List<String> people = new ArrayList<>(names.size());
    for (String n : names) {
      if (!isAgency(n)) {
        people.add(n);
      }
    }
    return people.isEmpty() ? names : people;
  }

  /** The line's first {@link #MAX_CHARS} characters, up to the last separator there: no name is cut in two. */
  private static String cut(String line) {
    String head = line.substring(0, MAX_CHARS);
    int at = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'));
    return at > 0 ? head.substring(0, at) : head.substring(0, Math.max(0, head.lastIndexOf(' ')));
  }

  /**
   * The names of a visible line that opens as a byline does ("By Jane Roe", "Text: Ann Lee"), or
   * an empty list for any other line: a paragraph that merely starts with "De" or "Da" is not one,
   * and one that starts "By 2030" or "By the way, ..." has no name.
   */
  public static List<String> parseOpenedLine(@Nullable String line, @Nullable String siteName) {
    if (line == null || line.length() > MAX_LINE) {
      return List.of();
    }
    String s = withoutLeadingDashes(Texts.fold(line));
    String lower = s.toLowerCase(Locale.ROOT);
    for (String p : PREFIXES) {
      if ((p.length() > 2 || p.equals("by")) && lower.startsWith(p) && lower.length() > p.length()
          && (p.endsWith(":") || !Character.isLetter(lower.charAt(p.length())))) {
        return parse(s, siteName);
      }
    }
    return List.of();
  }

  /**
   * Whether a short text opens as a byline does, with its opening word or label alone or
   * followed by more ({@code "By"}, {@code "Von:"}, {@code "Text: Ann"}): not with "De" or "Da",
   * which open sentences too. Leading dashes and spaces are passed over ({@code "---- by"}).
   */
  public static boolean opensByline(String text) {
    int from = 0;
    int n = Math.min(text.length(), MAX_LINE);
    while (from < n && !Character.isLetter(text.charAt(from))) {
      from++;
    }
    int to = from;
    while (to < n && to - from <= MAX_FIRST_WORD && Character.isLetter(text.charAt(to))) {
      to++;
    }
    if (from == n || !FIRST_WORDS.contains(text.substring(from, to).toLowerCase(Locale.ROOT))) {
      return false; // most texts: their first word opens no byline, and nothing more is read
    }
    String lower = Texts.fold(text.substring(from, n)).toLowerCase(Locale.ROOT);
    for (String p : PREFIXES) {
      if ((p.length() > 2 || p.equals("by")) && lower.startsWith(p)
          && (p.endsWith(":") || lower.length() == p.length() || !Character.isLetter(lower.charAt(p.length())))) {
        return true;
      }
    }
    return false;
  }

  /** The line without the dashes and stars some pages set before a byline ({@code "---- by Ann Lee"}). */
  private static String withoutLeadingDashes(String s) {
    int from = 0;
    while (from < s.length() && (s.charAt(from) == '-' || s.charAt(from) == '\u2013' || s.charAt(from) == '\u2014'
        || s.charAt(from) == '*' || s.charAt(from) == ' ')) {
      from++;
    }
    return s.substring(from);
  }

  /** The names joined for display: {@code "Ann Lee, Bo Kim"}; null when there are none. */
  public static @Nullable String join(List<String> names) {
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static int firstSeparator(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == ',' || c == ';' || c == '&') {
        return i;
      }
    }
    return -1;
  }

  private static void append(StringBuilder part, String word) {
    if (word.isEmpty()) {
      return;
    }
    if (part.length() > 0) {
      part.append(' ');
    }
    part.append(word);
  }

  /** Adds the collected part as a name when it reads as one, and empties it; false when it is prose. */
  private static boolean add(StringBuilder part, String site, List<String> out) {
    String raw = part.toString();
    String name = cleanName(raw, site);
    part.setLength(0);
    if (name == null) {
      return !isProse(raw);
    }
    if (out.size() < MAX_NAMES) {
      for (String had : out) {
        if (had.equalsIgnoreCase(name)) {
          return true;
        }
      }
      out.add(name);
    }
    return true;
  }

  /** A part that is a sentence: a line holding one is prose about the author, not a byline. */
  private static boolean isProse(String raw) {
    String t = withoutRoles(strip(withoutPrefix(raw.strip())));
    return words(t) > MAX_WORDS || hasLowerWord(t);
  }

  private static @Nullable String cleanName(String raw, String site) {
    List<String> kept = new ArrayList<>();
    for (String word : raw.split(" ")) {
      String w = word.strip();
      if (w.isEmpty() || isAddress(w) || (w.startsWith("@") && raw.indexOf(' ') > 0)) {
        continue;
      }
      kept.add(w);
    }
    String name = withoutRoles(String.join(" ", kept));
    name = strip(withoutPrefix(name));
    if (name.isEmpty() || name.length() > 80 || words(name) > MAX_WORDS || !Texts.hasLetter(name)) {
      return null;
    }
    if (hasLowerWord(name)) {
      return null; // "leidenschaftlicher Angler", "Alles über Lautsprecher": words, not a name
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.startsWith("@") || lower.equals(site) || STOPS.contains(lower)) {
      return null; // a bare handle, or the publisher
    }
    return name;
  }

  /** The name without the job-title words standing before or after it. */
  private static String withoutRoles(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String role : ROLES) {
      int at = lower.indexOf(role);
      if (at >= 0 && isWordBoundary(lower, at, at + role.length())) {
        String before = name.substring(0, at).strip();
        String after = name.substring(at + role.length()).strip();
        return strip(before.length() >= after.length() ? before : after);
      }
    }
    List<String> kept = new ArrayList<>();
    for (String word : name.split(" ")) {
      String w = word.toLowerCase(Locale.ROOT);
      boolean role = false;
      for (String ending : ROLE_ENDINGS) {
        role |= w.length() > ending.length() + 1 && w.endsWith(ending);
      }
      if (!role) {
        kept.add(word);
      }
    }
    return String.join(" ", kept);
  }

  private static boolean isWordBoundary(String s, int from, int to) {
    return (from == 0 || !Character.isLetter(s.charAt(from - 1))) && (to == s.length() || !Character.isLetter(s.charAt(to)));
  }

  private static String withoutPrefix(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.isEmpty()) {
      return s;
    }
    for (String p : PREFIXES_BY_FIRST.getOrDefault(lower.charAt(0), List.of())) {
      if (lower.startsWith(p) && (p.endsWith(":") || lower.length() == p.length() || !Character.isLetter(lower.charAt(p.length())))) {
        return s.substring(p.length()).strip();
      }
    }
    return s;
  }

  /**
   * The line after a date it opens with and the credit mark that follows the date, when one
   * does: {@code "11.12.2019 - Ann Lee"}, {@code "21. Jan 2022 // Ann Lee"} and {@code
   * "September 21, 2020 by Ann Lee"} read "Ann Lee". A line without that mark comes back whole.
   */
  private static String withoutLeadingDate(String s) {
    if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || Character.isLetter(s.charAt(0)))) {
      return s;
    }
    int end = VisibleDates.leadingDateEnd(s.length() > MAX_LINE ? s.substring(0, MAX_LINE) : s);
    if (end < 0) {
      return s;
    }
    String rest = s.substring(end).strip();
    int mark = creditMarkLength(rest);
    return mark > 0 ? withoutPrefix(rest.substring(mark).strip()) : s;
  }

  /** The length of the dash, bar, slashes or "by" that opens the text before a name, or 0. */
  private static int creditMarkLength(String s) {
    int i = 0;
    while (i < s.length() && "-\u2013\u2014|/\u00b7\u2022".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (i > 0) {
      return i < s.length() && s.charAt(i) == ' ' ? i : 0;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String by : DATE_CREDITS) {
      if (lower.startsWith(by + " ")) {
        return by.length();
      }
    }
    return 0;
  }

  /** Whether there are names and each starts with a capital: "Ann Lee", not "the way" of "By the way, ...". */
  private static boolean capitalized(List<String> names) {
    for (String n : names) {
      if (!Character.isUpperCase(n.charAt(0))) {
        return false;
      }
    }
    return !names.isEmpty();
  }

  /** Whether every name has two words or more, each capitalized: "Ann Lee", not "Redaktion" or "ann". */
  public static boolean allFullNames(List<String> names) {
    for (String n : names) {
      String[] words = n.split(" ");
      if (words.length < 2) {
        return false;
      }
      for (String w : words) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
          return false;
        }
      }
    }
    return !names.isEmpty();
  }

  /** The line up to its first digit that starts a word: what follows is a date, a time or a count, not a name. */
  private static String beforeFirstDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      // A digit inside a word is part of a handle ("delta201"), not the start of a date.
      if (Character.isDigit(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        return s.substring(0, i);
      }
    }
    return s;
  }

  private static boolean isAddress(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.startsWith("http:") || l.startsWith("https:") || l.startsWith("www.") || l.contains("://")
        || (l.indexOf('@') > 0 && l.indexOf('.') > l.indexOf('@')) || l.contains("[at]") || l.contains("(at)");
  }

  /** The word without the punctuation around it (quotes, dashes, colons, brackets). */
  private static String strip(String w) {
    int from = 0;
    int to = w.length();
    while (from < to && !Character.isLetterOrDigit(w.charAt(from)) && w.charAt(from) != '@') {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(w.charAt(to - 1)) && w.charAt(to - 1) != '.') {
      to--;
    }
    return w.substring(from, to);
  }

  /**
   * Whether a name of several words has one in lower case that is no name particle ("von", "de"):
   * in a name of three words or more, or a long one; "Mobasir hassan" is still a name.
   */
  private static boolean hasLowerWord(String name) {
    if (name.indexOf(' ') < 0) {
      return false;
    }
    String[] words = name.split(" ");
    for (String w : words) {
      boolean plain = w.chars().allMatch(Character::isLetter);
      if (plain && Character.isLowerCase(w.charAt(0)) && !PARTICLES.contains(w) && (words.length > 2 || w.length() >= 10)) {
        return true;
      }
    }
    return false;
  }


  /** The function words of the languages bylines are read in: a line holding one is no bare name. */
  private static final Set<String> FUNCTION_WORDS = functionWords();

  /** A bare signature line has at most this many characters. */
  static final int MAX_SIGNATURE = 40;

  private static Set<String> functionWords() {
    java.util.HashSet<String> words = new java.util.HashSet<>();
    for (String lang : List.of("en", "de", "fr", "es", "it", "pt", "nl")) {
      words.addAll(WordLists.load(AuthorNames.class, "/dev/winnow/stopwords/" + lang + ".txt"));
    }
    return Set.copyOf(words);
  }

  /**
   * The name of a line that is a bare signature, two or three capitalized words and nothing else
   * ({@code "Stefan Wasmer"}, {@code "Nikole Hannah-Jones"}), as writers sign an article at its
   * foot; empty for any other line, and for one with a function word ("Contacting Us", "Und
   * Grundschritt") or a word of the stop list ("Unknown").
   */
  public static List<String> signature(@Nullable String line) {
    if (line == null || line.length() > MAX_SIGNATURE) {
      return List.of();
    }
    String[] words = Texts.fold(line).split(" ");
    if (words.length < 2 || words.length > 3) {
      return List.of();
    }
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(w.length() - 1))
          || FUNCTION_WORDS.contains(lower) || STOPS.contains(lower) || ROLES.contains(lower)) {
        return List.of();
      }
      for (int i = 1; i < w.length(); i++) {
        char c = w.charAt(i);
        boolean joint = c == '-' && Character.isUpperCase(w.charAt(i + 1));
        if (!joint && !Character.isLowerCase(c) && !(Character.isUpperCase(c) && w.charAt(i - 1) == '-')) {
          return List.of();
        }
      }
    }
    return List.of(String.join(" ", words));
  }

  /** Whether the name, in any case, is a news agency's of {@code author-agencies.txt} ("dpa", "AP"). */
  static boolean isAgency(String name) {
    return AGENCIES.contains(name.toLowerCase(Locale.ROOT));
  }

  /** A desk's or forum's name stated as the author has at most this many characters. */
  static final int MAX_DESK = 60;

  /**
   * The name a byline states when it reads as no person's but a desk's, a team's or a forum's
   * ({@code "Staff Writer"}, {@code "Staff and news service reports"}), which {@link #parse} drops
   * as a job title or as prose: the line without its opening word ({@code "By"}), when what is left
   * opens with a capital and is a short label of at most {@link #MAX_WORDS} words, without a digit,
   * a sentence's or a clause's mark, an address or a bracket. Null otherwise, and for values that
   * name no one ("Unknown"). Only the author of last resort: a page that names no one else.
   */
  public static @Nullable String deskName(@Nullable String line) {
    if (line == null || line.length() > MAX_CHARS) {
      return null;
    }
    String s = strip(withoutPrefix(withoutLeadingDashes(Texts.fold(line))));
    if (s.isEmpty() || s.length() > MAX_DESK || words(s) > MAX_WORDS || !Character.isUpperCase(s.charAt(0))
        || STOPS.contains(s.toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || ".!?:;,|@/()[]<>{}\"\u201c\u201d".indexOf(c) >= 0) {
        return null;
      }
    }
    return s;
  }

  /**
   * Whether stated names are weak, a publisher's or a login's rather than a person's: each is
   * one word ("LN", "admin", "hessenschau.de"), a company ("Web Commerce
   * GmbH") or the site's own name. A visible byline that names a person in full beats them.
   */
  public static boolean weak(List<String> names, @Nullable String siteName) {
    String site = siteName == null ? "" : Texts.lettersAndDigits(siteName);
    for (String n : names) {
      String lower = n.toLowerCase(Locale.ROOT);
      boolean company = lower.endsWith(" gmbh") || lower.endsWith(" ag") || lower.endsWith(" inc")
          || lower.endsWith(" inc.") || lower.endsWith(" ltd") || lower.endsWith(" llc") || lower.endsWith(" e.v.");
      if (n.indexOf(' ') >= 0 && !company && !(site.length() >= 4 && Texts.lettersAndDigits(n).equals(site))) {
        return false;
      }
    }
    return !names.isEmpty();
  }

  private static int words(String s) {
    int n = 1;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == ' ' ? 1 : 0;
    }
    return n;
  }
}
