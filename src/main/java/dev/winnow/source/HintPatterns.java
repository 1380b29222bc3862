package dev.winnow.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A vocabulary of class and id patterns, matched against the hint words of HTML elements (see
 * {@link dev.winnow.block.Markup#hints()}). Patterns match whole words, never bits of words:
 * {@code ad} matches {@code ad}, {@code top-ad} and {@code ad_slot} but not {@code header},
 * {@code shadow}, {@code badge} or {@code read}.
 *
 * <p>Pattern syntax, one pattern a line in resource files ({@code #} starts a comment):
 * <ul>
 *   <li>{@code ad}: the word {@code ad} anywhere in a token ({@code ad}, {@code top-ad});
 *   <li>{@code ad-slot}: the words in this order, next to each other ({@code mid-ad-slot});
 *   <li>{@code advert*}: a word starting with {@code advert} ({@code advertisement});
 *   <li>{@code *widget}: a word ending with {@code widget} ({@code taboolawidget});
 *   <li>{@code =hidden}: exactly this token, nothing more ({@code hidden} but not
 *       {@code hidden-xs}).
 * </ul>
 * Words are runs of letters and digits; hyphens, underscores and colons all separate them.
 *
 * <pre>{@code
 * HintPatterns mine = HintPatterns.noise().with("my-promo-box", "outbrain*");
 * mine.match("story-body promo-box");   // null
 * mine.match("my-promo-box");           // "my-promo-box"
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code with} returns a new vocabulary.
 *
 * @since 0.1
 */
public final class HintPatterns {
  private static final String NOISE_RESOURCE = "noise-hints.txt";
  private static final String CONTENT_RESOURCE = "content-hints.txt";
  private static final String CHROME_RESOURCE = "chrome-hints.txt";

  /** One word of a pattern, compiled: its letters and how they must match. */
  private record Word(String core, boolean prefix, boolean suffix) {
    static Word of(String w) {
      boolean prefix = w.endsWith("*");
      boolean suffix = w.startsWith("*");
      String core = w.substring(suffix ? 1 : 0, Math.max(suffix ? 1 : 0, w.length() - (prefix ? 1 : 0)));
      return new Word(core, prefix, suffix);
    }

    /** Whether the word {@code s[from, to)} matches, read in place: no substring per word. */
    boolean matches(String s, int from, int to) {
      int len = to - from;
      int n = core.length();
      if (prefix && suffix) {
        for (int i = from; i + n <= to; i++) {
          if (s.regionMatches(i, core, 0, n)) {
            return true;
          }
        }
        return false;
      }
      if (prefix) {
        return len >= n && s.regionMatches(from, core, 0, n);
      }
      if (suffix) {
        return len >= n && s.regionMatches(to - n, core, 0, n);
      }
      return len == n && s.regionMatches(from, core, 0, n);
    }
  }

  private final List<String> patterns;
  /** The {@code =token} patterns, looked up by a range of the hints without cutting it out. */
  private final RangeTable<Boolean> exactTokens;
  /** Patterns keyed by their first word, when that word is matched whole. */
  private final RangeTable<Word[][]> byFirstWord;
  /**
   * Patterns whose first word has a wildcard, bucketed by a char the word must have where the
   * wildcard pattern says ({@link #BUCKETS} buckets, by the char's low bits): {@code advert*} by
   * the word's first char, {@code *widget} by its last, {@code *share*} by any of its chars. A word
   * is tried against a few patterns instead of every one.
   */
  private final Word[][][] byFirstChar;
  private final Word[][][] byLastChar;
  private final Word[][][] byAnyChar;
  /** Wildcard patterns with no letters in their first word ({@code *}): tried on every word. */
  private final Word[][] anyWord;

  private static final int BUCKETS = 128;

  private HintPatterns(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
    Map<String, Boolean> exact = new HashMap<>();
    Map<String, List<Word[]>> byFirst = new HashMap<>();
    List<List<Word[]>> first = buckets();
    List<List<Word[]>> last = buckets();
    List<List<Word[]>> any = buckets();
    List<Word[]> always = new ArrayList<>();
    for (String p : this.patterns) {
      if (p.startsWith("=")) {
        exact.put(p.substring(1), Boolean.TRUE);
        continue;
      }
      String[] raw = words(p.replace("*", "\u0000"));
      if (raw.length == 0) {
        continue;
      }
      Word[] words = new Word[raw.length];
      for (int i = 0; i < raw.length; i++) {
        words[i] = Word.of(raw[i].replace('\u0000', '*'));
      }
      Word w = words[0];
      if (w.prefix() || w.suffix()) {
        String core = w.core();
        if (core.isEmpty()) {
          always.add(words);
        } else if (w.prefix() && w.suffix()) {
          any.get(bucket(core.charAt(0))).add(words);
        } else if (w.prefix()) {
          first.get(bucket(core.charAt(0))).add(words);
        } else {
          last.get(bucket(core.charAt(core.length() - 1))).add(words);
        }
      } else {
        byFirst.computeIfAbsent(words[0].core(), k -> new ArrayList<>()).add(words);
      }
    }
    Map<String, Word[][]> whole = new HashMap<>();
    byFirst.forEach((w, ps) -> whole.put(w, ps.toArray(new Word[0][])));
    this.exactTokens = new RangeTable<>(exact);
    this.byFirstWord = new RangeTable<>(whole);
    this.byFirstChar = toArrays(first);
    this.byLastChar = toArrays(last);
    this.byAnyChar = toArrays(any);
    this.anyWord = always.toArray(new Word[0][]);
  }

  private static List<List<Word[]>> buckets() {
    List<List<Word[]>> b = new ArrayList<>(BUCKETS);
    for (int i = 0; i < BUCKETS; i++) {
      b.add(new ArrayList<>(0));
    }
    return b;
  }

  private static Word[][][] toArrays(List<List<Word[]>> buckets) {
    Word[][][] out = new Word[BUCKETS][][];
    for (int i = 0; i < BUCKETS; i++) {
      out[i] = buckets.get(i).toArray(new Word[0][]);
    }
    return out;
  }

  private static int bucket(char c) {
    return c & (BUCKETS - 1);
  }

  /** The vocabulary of ad, widget, share, related, newsletter, comment and consent containers. */
  public static HintPatterns noise() {
    return fromResource(HintPatterns.class, NOISE_RESOURCE);
  }

  /** Words that say a container holds the article body ({@code article-body}, {@code entry-content}). */
  public static HintPatterns content() {
    return fromResource(HintPatterns.class, CONTENT_RESOURCE);
  }

  /** Words that say a container holds page chrome ({@code sidebar}, {@code footer}, {@code related}). */
  public static HintPatterns chrome() {
    return fromResource(HintPatterns.class, CHROME_RESOURCE);
  }

  /** A vocabulary of exactly these patterns. */
  public static HintPatterns of(String... patterns) {
    return new HintPatterns(clean(Arrays.asList(patterns)));
  }

  /** A vocabulary read from a UTF-8 resource, one pattern a line, {@code #} comments. */
  public static HintPatterns fromResource(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource + " next to " + owner.getName());
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          int hash = line.indexOf('#');
          lines.add(hash >= 0 ? line.substring(0, hash) : line);
        }
      }
      return new HintPatterns(clean(lines));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** This vocabulary with more patterns. */
  public HintPatterns with(String... more) {
    List<String> all = new ArrayList<>(patterns);
    all.addAll(clean(Arrays.asList(more)));
    return new HintPatterns(all);
  }

  /** This vocabulary without the given patterns (as written). */
  public HintPatterns without(String... drop) {
    List<String> all = new ArrayList<>(patterns);
    all.removeAll(clean(Arrays.asList(drop)));
    return new HintPatterns(all);
  }

  /** The patterns, normalized, in order. */
  public List<String> patterns() {
    return patterns;
  }

  /**
   * The first space-separated token of the hints that a pattern matches, or {@code null}.
   *
   * @param hints hint words as in {@link dev.winnow.block.Markup#hints()}
   */
  public @Nullable String match(String hints) {
    int n = hints.length();
    int start = 0;
    while (start < n) {
      int end = hints.indexOf(' ', start);
      if (end < 0) {
        end = n;
      }
      if (end > start && matchesToken(hints, start, end)) {
        return hints.substring(start, end);
      }
      start = end + 1;
    }
    return null;
  }

  /** Whether a pattern matches one of the hint tokens. */
  public boolean matches(String hints) {
    return match(hints) != null;
  }

  /**
   * Whether a pattern matches the token {@code hints[from, to)}. Read in place: pages carry
   * hundreds of class lists, and cutting each into token and word strings cost more than the
   * matching.
   */
  private boolean matchesToken(String hints, int from, int to) {
    if (exactTokens.get(hints, from, to) != null) {
      return true;
    }
    for (int ws = nextWord(hints, from, to); ws < to; ws = nextWord(hints, wordEnd(hints, ws, to), to)) {
      int we = wordEnd(hints, ws, to);
      Word[][] candidates = byFirstWord.get(hints, ws, we);
      if (candidates != null) {
        for (Word[] p : candidates) {
          if (matchesAt(p, hints, ws, we, to)) {
            return true;
          }
        }
      }
      if (anyOf(byFirstChar[bucket(hints.charAt(ws))], hints, ws, we, to)
          || anyOf(byLastChar[bucket(hints.charAt(we - 1))], hints, ws, we, to)
          || anyOf(anyWord, hints, ws, we, to)) {
        return true;
      }
      for (int i = ws; i < we; i++) {
        Word[][] bucket = byAnyChar[bucket(hints.charAt(i))];
        for (Word[] p : bucket) {
          String core = p[0].core();
          if (i + core.length() <= we && hints.regionMatches(i, core, 0, core.length())
              && matchesAt(p, hints, ws, we, to)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean anyOf(Word[][] patterns, String s, int ws, int we, int to) {
    for (Word[] p : patterns) {
      if (matchesAt(p, s, ws, we, to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the pattern's words match the token's words from the one at {@code [ws, we)} on. */
  private static boolean matchesAt(Word[] pattern, String s, int ws, int we, int to) {
    for (int k = 0; k < pattern.length; k++) {
      if (ws >= to || !pattern[k].matches(s, ws, we)) {
        return false;
      }
      ws = nextWord(s, we, to);
      we = wordEnd(s, ws, to);
    }
    return true;
  }

  /** The start of the first word at or after {@code i}, or {@code to} when there is none. */
  private static int nextWord(String s, int i, int to) {
    while (i < to && !isWordChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of the word starting at {@code i}. */
  private static int wordEnd(String s, int i, int to) {
    while (i < to && isWordChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The runs of letters, digits and {@code \0} (a stand-in for {@code *}) in the token. */
  private static String[] words(String token) {
    List<String> out = new ArrayList<>(4);
    int i = 0;
    int n = token.length();
    while (i < n) {
      while (i < n && !isWordChar(token.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && isWordChar(token.charAt(i))) {
        i++;
      }
      if (i > s) {
        out.add(token.substring(s, i));
      }
    }
    return out.toArray(new String[0]);
  }

  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      // Class names are ASCII almost always: range checks instead of Character's tables.
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '\u0000';
    }
    return Character.isLetterOrDigit(c);
  }

  private static List<String> clean(List<String> raw) {
    List<String> out = new ArrayList<>();
    for (String s : raw) {
      String t = Objects.requireNonNull(s, "pattern").strip();
      if (!t.isEmpty()) {
        out.add(t.startsWith("=") ? "=" + HintWords.normalize(t.substring(1)) : t.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "HintPatterns" + patterns;
  }

  /**
   * A read-only hash table of strings looked up by a range of a longer string, so a lookup cuts
   * nothing out. Hashes as {@link String#hashCode} does; open addressing, at most half full.
   */
  private static final class RangeTable<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    RangeTable(Map<String, V> entries) {
      int size = Integer.highestOneBit(Math.max(2, entries.size() * 2 + 1)) << 1;
      keys = new String[size];
      values = new Object[size];
      mask = size - 1;
      entries.forEach((k, v) -> {
        int i = k.hashCode() & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = v;
      });
    }

    @SuppressWarnings("unchecked")
    @Nullable V get(String s, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + s.charAt(i);
      }
      int len = to - from;
      for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
        String k = keys[i];
        if (k.length() == len && s.regionMatches(from, k, 0, len)) {
          return (V) values[i];
        }
      }
      return null;
    }
  }
}
