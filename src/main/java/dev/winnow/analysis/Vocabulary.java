package dev.winnow.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of phrases, like the ad labels or read-more stubs of several languages, that a
 * filter matches whole blocks against. A block matches when its whole text, normalized, is one of
 * the phrases: case, accents, white space and surrounding decoration (bullets, arrows, brackets,
 * {@code » › | : - …}) do not matter, so "» READ MORE…", "[Advertisement]" and "Publicite" match
 * "Read more", "Advertisement" and "Publicité"; a phrase inside a longer text never matches, so
 * "an advertisement campaign" is safe.
 *
 * <p>The built-in vocabularies live in resource files {@code /dev/winnow/vocab/<family>/<lang>.txt},
 * one phrase a line, {@code #} starting a comment line; words that belong to no one language (file
 * extensions, the names of ad vendors) live in {@code <family>/mul.txt}, read with every choice of
 * languages. Users extend them without forking:
 *
 * <pre>{@code
 * Vocabulary ads = Vocabulary.builtIn("ad-labels")
 *     .plus("Reklama", "Reklam")
 *     .plus(Vocabulary.load(Path.of("my-ad-labels.txt")));
 * Pipeline p = Pipeline.news().replacing("AdLabelFilter", new AdLabelFilter(ads));
 * ads.find("- REKLAMA -");   // Optional[Match[phrase=Reklama, language=]]
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code plus} returns a new vocabulary. Loading reads files, so
 * build vocabularies once and keep them (a {@code static final} is fine). Matching costs one pass
 * over at most {@link #maxKeyLength()}-ish chars of the text and one hash lookup.
 *
 * @since 0.1
 */
public final class Vocabulary {

  /** The languages whose files {@link #builtIn(String)} looks for, as ISO 639-1 codes. */
  public static final List<String> BUILT_IN_LANGUAGES = List.of("en", "es", "pt", "fr", "de", "it");

  /** The language recorded for phrases that came from no language file. */
  private static final String NO_LANGUAGE = "";

  /**
   * The file of a family's language-neutral phrases (ISO 639-2 {@code mul}, "multiple
   * languages"), read whatever languages are asked for; its phrases record no language.
   */
  static final String NEUTRAL_FILE = "mul";

  /**
   * Where the built-in vocabularies live on the class path: one folder per family, one file per
   * language ({@code /dev/winnow/vocab/<family>/<lang>.txt}), and the word lists of single
   * filters beside them.
   */
  public static final String RESOURCE_ROOT = "/dev/winnow/vocab/";

  private static final Vocabulary EMPTY = new Vocabulary(Map.of(), 0, 0);

  /** Normalized key to the phrase as written and where it came from. */
  private final Map<String, Match> phrases;

  private final int maxKeyLength;

  /** The most words of any phrase: blocks of more words are skipped without normalizing them. */
  private final int maxWords;

  /**
   * One bit per slot of the keys' hashes ({@link #slot}), set for every phrase: most keys a filter
   * looks up are no phrase, and this small table answers them without a probe into the map.
   */
  private final long[] hashBits;

  /**
   * A phrase a text matched, for a filter's reason: {@code match.describe()} gives
   * {@code 'Publicidad' (es)}. Immutable.
   *
   * @param phrase the phrase as written in its source
   * @param language the language code(s) of the files the phrase came from, comma-separated, or
   *     empty for phrases given in code or through a file that names no language
   */
  public record Match(String phrase, String language) {
    public Match {
      Objects.requireNonNull(phrase, "phrase");
      Objects.requireNonNull(language, "language");
    }

    /** The match as a reason reads it: {@code 'Publicidad' (es)}, or {@code 'Reklama'}. */
    public String describe() {
      return language.isEmpty() ? "'" + phrase + "'" : "'" + phrase + "' (" + language + ")";
    }
  }

  private Vocabulary(Map<String, Match> phrases, int maxKeyLength, int maxWords) {
    this.phrases = phrases;
    this.maxKeyLength = maxKeyLength;
    this.maxWords = maxWords;
    // About 16 bits a phrase: a key that is no phrase passes the table one time in 16 or fewer.
    int bits = Integer.highestOneBit(Math.max(64, phrases.size() * 16 - 1)) * 2;
    this.hashBits = new long[bits / 64];
    for (String key : phrases.keySet()) {
      int slot = slot(key, bits);
      hashBits[slot >>> 6] |= 1L << slot;
    }
  }

  /** The key's bit in a table of {@code bits} bits, a power of two. */
  private static int slot(String key, int bits) {
    int h = key.hashCode();
    return (h ^ (h >>> 16)) & (bits - 1);
  }

  /** The vocabulary with no phrases. */
  public static Vocabulary empty() {
    return EMPTY;
  }

  /**
   * The built-in vocabulary of a family in all {@linkplain #BUILT_IN_LANGUAGES built-in languages}.
   * Reads resource files on each call: keep the result.
   *
   * @param family the family, like {@code "ad-labels"}, {@code "read-more"}, {@code "carousel"}
   * @throws IllegalArgumentException when no language has a file for the family
   */
  public static Vocabulary builtIn(String family) {
    return builtIn(family, BUILT_IN_LANGUAGES);
  }

  /**
   * The built-in vocabulary of a family in the given languages only (and its language-neutral
   * {@code mul.txt}, if it has one); languages with no file for the family are skipped.
   *
   * @throws IllegalArgumentException when none of the languages has a file for the family
   */
  public static Vocabulary builtIn(String family, Collection<String> languages) {
    Objects.requireNonNull(family, "family");
    if (family.isEmpty() || family.contains("/") || family.contains("..")) {
      throw new IllegalArgumentException("not a vocabulary family: '" + family + "'");
    }
    Builder b = new Builder();
    boolean found = false;
    for (String lang : languages) {
      found |= readBuiltIn(b, family, lang, lang);
    }
    found |= readBuiltIn(b, family, NEUTRAL_FILE, NO_LANGUAGE);
    if (!found) {
      throw new IllegalArgumentException("no built-in vocabulary '" + family + "' in " + languages
          + " (looked for " + RESOURCE_ROOT + family + "/<language>.txt and "
          + NEUTRAL_FILE + ".txt)");
    }
    return b.build();
  }

  /** Reads {@code <family>/<file>.txt} into the builder if it exists; returns whether it did. */
  private static boolean readBuiltIn(Builder b, String family, String file, String language) {
    String resource = RESOURCE_ROOT + family + "/" + file + ".txt";
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        return false;
      }
      b.read(new InputStreamReader(in, StandardCharsets.UTF_8), language, resource);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in vocabulary " + resource, e);
    }
  }

  /**
   * A vocabulary of the given phrases.
   *
   * @throws IllegalArgumentException when a phrase is empty once normalized (only decoration)
   */
  public static Vocabulary of(Collection<String> phrases) {
    Builder b = new Builder();
    for (String p : phrases) {
      b.add(Objects.requireNonNull(p, "phrase"), NO_LANGUAGE, "of()");
    }
    return b.build();
  }

  /** A vocabulary of the given phrases; see {@link #of(Collection)}. */
  public static Vocabulary of(String... phrases) {
    return of(List.of(phrases));
  }

  /**
   * Reads a phrase file (UTF-8, one phrase a line, {@code #} comment lines and blank lines
   * ignored). A file named like {@code pl.txt} records its phrases as language {@code pl}.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line is only decoration
   */
  public static Vocabulary load(Path file) throws IOException {
    String name = Objects.requireNonNull(file, "file").getFileName() == null ? "" : file.getFileName().toString();
    String language = name.endsWith(".txt") ? name.substring(0, name.length() - ".txt".length()) : NO_LANGUAGE;
    Builder b = new Builder();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      b.read(r, language, file.toString());
    }
    return b.build();
  }

  /**
   * Reads phrases, one a line, {@code #} comment lines and blank lines ignored. The reader is not
   * closed.
   *
   * @throws IOException when reading fails
   * @throws IllegalArgumentException when a line is only decoration
   */
  public static Vocabulary load(Reader reader) throws IOException {
    Builder b = new Builder();
    b.read(Objects.requireNonNull(reader, "reader"), NO_LANGUAGE, "reader");
    return b.build();
  }

  /**
   * This vocabulary and the other's phrases. Where both have a phrase, this one's spelling is kept
   * and the languages of both are recorded.
   */
  public Vocabulary plus(Vocabulary other) {
    if (other.phrases.isEmpty()) {
      return this;
    }
    Builder b = new Builder();
    b.addAll(this);
    b.addAll(other);
    return b.build();
  }

  /** This vocabulary and the given phrases; see {@link #of(Collection)}. */
  public Vocabulary plus(String... phrases) {
    return plus(of(phrases));
  }

  /** Whether the whole text, normalized, is one of the phrases. */
  public boolean matches(String text) {
    return find(text).isPresent();
  }

  /** The phrase the whole text matches, with its language, for a filter's reason. */
  public Optional<Match> find(String text) {
    String key = Keys.key(Objects.requireNonNull(text, "text"), maxKeyLength);
    return key == null ? Optional.empty() : Optional.ofNullable(lookup(key));
  }

  /** The phrases as written, in the order they were added. */
  public Set<String> phrases() {
    Set<String> out = new LinkedHashSet<>();
    phrases.values().forEach(m -> out.add(m.phrase()));
    return Collections.unmodifiableSet(out);
  }

  /** The number of distinct phrases (after normalization). */
  public int size() {
    return phrases.size();
  }

  /**
   * The length of the longest normalized phrase: texts whose normalized form is longer cannot
   * match, which is what keeps matching cheap on long paragraphs.
   */
  public int maxKeyLength() {
    return maxKeyLength;
  }

  /** The match for an already normalized key (see {@link Keys}), so filters normalize once. */
  public @Nullable Match lookup(String key) {
    int slot = slot(key, hashBits.length * 64);
    return (hashBits[slot >>> 6] & (1L << slot)) == 0 ? null : phrases.get(key);
  }

  /**
   * The most words (tokens with a letter or digit) of any phrase. A block of more words cannot
   * match: normalization never joins words, and only strips tokens that hold none.
   */
  public int maxWords() {
    return maxWords;
  }

  /** The keys of the phrases, for filters that match them in other ways than whole blocks. */
  public Set<String> keys() {
    return phrases.keySet();
  }

  @Override
  public String toString() {
    return "Vocabulary[" + phrases.size() + " phrases]";
  }

  /** Collects phrases; same key from two languages records both languages. */
  private static final class Builder {
    private final Map<String, Match> phrases = new LinkedHashMap<>();
    private int maxKeyLength;
    private int maxWords;

    void read(Reader reader, String language, String source) throws IOException {
      BufferedReader r = reader instanceof BufferedReader br ? br : new BufferedReader(reader);
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty() || t.charAt(0) == '#') {
          continue;
        }
        add(t, language, source + ":" + lineNo);
      }
    }

    void add(String phrase, String language, String where) {
      String key = Keys.key(phrase);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("phrase '" + phrase + "' at " + where
            + " is only decoration and would match nothing");
      }
      put(key, new Match(phrase.strip(), language));
    }

    void addAll(Vocabulary v) {
      v.phrases.forEach(this::put);
    }

    private void put(String key, Match m) {
      Match old = phrases.get(key);
      if (old == null) {
        phrases.put(key, m);
        maxKeyLength = Math.max(maxKeyLength, key.length());
        maxWords = Math.max(maxWords, Keys.words(key));
      } else {
        String langs = mergeLanguages(old.language(), m.language());
        if (!langs.equals(old.language())) {
          phrases.put(key, new Match(old.phrase(), langs));
        }
      }
    }

    private static String mergeLanguages(String a, String b) {
      if (b.isEmpty() || a.equals(b)) {
        return a;
      }
      Set<String> langs = new LinkedHashSet<>();
      for (String s : (a + "," + b).split(",")) {
        if (!s.isBlank()) {
          langs.add(s.strip());
        }
      }
      return String.join(", ", langs);
    }

    Vocabulary build() {
      return phrases.isEmpty() ? EMPTY : new Vocabulary(Collections.unmodifiableMap(new LinkedHashMap<>(phrases)),
          maxKeyLength, maxWords);
    }
  }
}
