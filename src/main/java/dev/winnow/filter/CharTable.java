package dev.winnow.filter;

import java.util.Map;

/**
 * An immutable map from words to non-zero ints that is read straight from a char buffer: open
 * addressing over the words' chars, so a scan that lower-cases or folds a word into a buffer looks
 * it up without making a string. Words are hashed like {@link String#hashCode()} ({@code h = 31 *
 * h + c}), which callers compute as they fill the buffer. Shared by {@link Stopwords} and
 * {@link WordIndex}; thread-safe.
 */
final class CharTable {
  private final char[][] keys;
  /** Per slot the word's hash, never 0; 0 marks an empty slot, so a miss reads only this array. */
  private final int[] hashes;
  private final int[] values;
  private final int maxLength;

  /**
   * A table of the words and their values.
   *
   * @throws IllegalArgumentException when a value is 0, the answer for "not in the table"
   */
  CharTable(Map<String, Integer> words) {
    int capacity = Integer.highestOneBit(Math.max(16, words.size() * 3) - 1) << 1;
    keys = new char[capacity][];
    hashes = new int[capacity];
    values = new int[capacity];
    int longest = 0;
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      if (e.getValue() == 0) {
        throw new IllegalArgumentException("value 0 for '" + e.getKey() + "'");
      }
      char[] w = e.getKey().toCharArray();
      int h = slotHash(hash(w, w.length));
      int slot = spread(h) & (capacity - 1);
      while (hashes[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      keys[slot] = w;
      hashes[slot] = h;
      values[slot] = e.getValue();
      longest = Math.max(longest, w.length);
    }
    maxLength = longest;
  }

  /** The length of the longest word: a longer one is not in the table. */
  int maxLength() {
    return maxLength;
  }

  /**
   * The value of the word in {@code buf[0..len)}, or 0 when it is not in the table.
   *
   * @param hash the word's {@link #hash(char[], int) hash}, computed by the caller while it filled
   *     the buffer
   */
  int get(char[] buf, int len, int hash) {
    if (len > maxLength || len == 0) {
      return 0;
    }
    int h = slotHash(hash);
    int mod = hashes.length - 1;
    for (int slot = spread(h) & mod; ; slot = (slot + 1) & mod) {
      int at = hashes[slot];
      if (at == 0) {
        return 0;
      }
      if (at == h && sameWord(keys[slot], buf, len)) {
        return values[slot];
      }
    }
  }

  /** The value of the word in {@code buf[0..len)}, or 0. */
  int get(char[] buf, int len) {
    return get(buf, len, hash(buf, len));
  }

  /** The hash of {@code buf[0..len)}, the same as {@link String#hashCode()} of those chars. */
  static int hash(char[] buf, int len) {
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf[i];
    }
    return h;
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
}
