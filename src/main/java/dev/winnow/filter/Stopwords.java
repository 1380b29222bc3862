package dev.winnow.filter;

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
 * {@code dev/winnow/filter/stopwords/<lang>.txt} (one lower-case word a line, {@code #} starts a
 * comment). One table maps each word to a bit set of the languages whose list holds it, so a
 * word is looked up once for all languages, straight from a char buffer: an open-addressing hash
 * table over the words' chars, so a text scan allocates no string per word. Immutable after
 * loading and thread-safe.
 */
final class Stopwords {

  /** The languages with a list, in bit order: bit {@code i} of a mask is {@code LANGUAGES.get(i)}. */
  static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr", "de", "it", "ru", "nl", "id", "ko");

  private static final Stopwords INSTANCE = load();

  private final char[][] keys;
  /** Per slot the word's hash, never 0; 0 marks an empty slot, so a miss reads only this array. */
  private final int[] hashes;
  private final int[] masks;
  private final int maxLength;

  private Stopwords(Map<String, Integer> words) {
    int capacity = Integer.highestOneBit(Math.max(16, words.size() * 3) - 1) << 1;
    keys = new char[capacity][];
    hashes = new int[capacity];
    masks = new int[capacity];
    int longest = 0;
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      char[] w = e.getKey().toCharArray();
      int h = slotHash(rawHash(w, w.length));
      int slot = spread(h) & (capacity - 1);
      while (hashes[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      keys[slot] = w;
      hashes[slot] = h;
      masks[slot] = e.getValue();
      longest = Math.max(longest, w.length);
    }
    maxLength = longest;
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
    return mask(buf, len, rawHash(buf, len));
  }

  /**
   * The same, with the word's {@link String#hashCode()}-style hash ({@code h = 31 * h + c})
   * already computed by the caller while it filled the buffer.
   */
  int mask(char[] buf, int len, int rawHash) {
    if (len > maxLength || len == 0) {
      return 0;
    }
    int h = slotHash(rawHash);
    int mod = hashes.length - 1;
    for (int slot = spread(h) & mod; ; slot = (slot + 1) & mod) {
      int at = hashes[slot];
      if (at == 0) {
        return 0;
      }
      if (at == h && sameWord(keys[slot], buf, len)) {
        return masks[slot];
      }
    }
  }

  /** The hash kept in a slot: never 0, which marks an empty one. */
  private static int slotHash(int rawHash) {
    return rawHash == 0 ? 1 : rawHash;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** A plain loop: for words of a few chars it beats the set-up of a vectorized compare. */
  private static boolean sameWord(char[] key, char[] buf, int len) {
    if (key.length != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (key[i] != buf[i]) {
        return false;
      }
    }
    return true;
  }

  static int rawHash(char[] buf, int len) {
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  private static Stopwords load() {
    Map<String, Integer> masks = new HashMap<>();
    for (int i = 0; i < LANGUAGES.size(); i++) {
      String resource = "stopwords/" + LANGUAGES.get(i) + ".txt";
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
