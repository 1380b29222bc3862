package dev.winnow.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stopword lists of the languages text mode knows, read once from
 * {@code /dev/winnow/stopwords/<lang>.txt} (one lower-case word a line, {@code #} starts a
 * comment). Each word maps to a bit set of the languages whose list holds it, so a word is looked
 * up once for all languages, and a text scan allocates no string per word: the words of up to
 * eight chars up to U+00FF (nearly all stopwords, and most words of prose) by their {@link
 * PackedWords packed} form, which the scan builds as it reads them, the others straight from a
 * char buffer through a {@link CharTable}. Immutable after loading and thread-safe.
 */
final class Stopwords {

  /** The languages with a list, in bit order: bit {@code i} of a mask is {@code LANGUAGES.get(i)}. */
  static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr", "de", "it", "ru", "nl", "id", "ko");

  private static final Stopwords INSTANCE = load();

  private final CharTable table;
  private final PackedWords shortWords;

  private Stopwords(Map<String, Integer> words) {
    table = new CharTable(words);
    shortWords = new PackedWords(words);
  }

  /** The languages whose list holds the lower-case word {@link PackedWords#pack packed} into a long. */
  int maskPacked(long packed) {
    return shortWords.get(packed);
  }

  static Stopwords get() {
    return INSTANCE;
  }

  /** The languages (as a bit set over {@link #LANGUAGES}) whose list holds the lower-case word. */
  int mask(String lowerCaseWord) {
    return mask(lowerCaseWord.toCharArray(), lowerCaseWord.length());
  }

  /** The languages whose list holds the lower-case word in {@code buf[0..len)}. */
  int mask(char[] buf, int len) {
    return table.get(buf, len);
  }

  /** Where the stopword lists live on the class path, one file per language. */
  static final String RESOURCE_ROOT = "/dev/winnow/stopwords/";

  private static Stopwords load() {
    Map<String, Integer> masks = new HashMap<>();
    for (int i = 0; i < LANGUAGES.size(); i++) {
      String resource = RESOURCE_ROOT + LANGUAGES.get(i) + ".txt";
      try (InputStream in = Stopwords.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String word = line.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
          if (!word.isEmpty() && !word.startsWith("#")) {
            masks.merge(word, 1 << i, (a, b) -> a | b);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return new Stopwords(masks);
  }
}
