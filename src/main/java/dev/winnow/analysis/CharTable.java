package dev.winnow.analysis;

import java.util.Map;

/**
 * An immutable map from words to non-zero ints that is read straight from a char buffer: open
 * addressing over the words' chars, so a scan that lower-cases or folds a word into a buffer looks
 * it up without making a string. Words are hashed like {@link String#hashCode()} ({@code h = 31 *
 * h + c}). Shared by {@link Stopwords} (for the words {@link PackedWords} does not hold) and
 * {@link WordIndex}; thread-safe.
 */
final class CharTable {
  /** Ints per slot in {@link #slots}: value, length, offset into {@link #pool}. */
  private static final int STRIDE = 3;

  /**
   * Per slot the word's hash, never 0; 0 marks an empty slot. Kept apart and dense, so that the
   * common case, a miss, reads a small array that stays in cache.
   */
  private final int[] hashes;

  /** Per slot, side by side so that a hit reads one cache line: value, length, chars' offset. */
  private final int[] slots;

  /** The chars of all words, one after another. */
  private final char[] pool;

  private final int mask;
  private final int maxLength;

  /**
   * A table of the words and their values.
   *
   * @throws IllegalArgumentException when a value is 0, the answer for "not in the table"
   */
  CharTable(Map<String, Integer> words) {
    int capacity = Integer.highestOneBit(Math.max(16, words.size() * 3) - 1) << 1;
    mask = capacity - 1;
    hashes = new int[capacity];
    slots = new int[capacity * STRIDE];
    int chars = 0;
    for (String w : words.keySet()) {
      chars += w.length();
    }
    pool = new char[chars];
    int used = 0;
    int longest = 0;
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      if (e.getValue() == 0) {
        throw new IllegalArgumentException("value 0 for '" + e.getKey() + "'");
      }
      String w = e.getKey();
      int h = slotHash(w.hashCode());
      int slot = spread(h) & mask;
      while (hashes[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = h;
      int at = slot * STRIDE;
      slots[at] = e.getValue();
      slots[at + 1] = w.length();
      slots[at + 2] = used;
      w.getChars(0, w.length(), pool, used);
      used += w.length();
      longest = Math.max(longest, w.length());
    }
    maxLength = longest;
  }

  /** The length of the longest word: a longer one is not in the table. */
  int maxLength() {
    return maxLength;
  }

  /** The value of the word in {@code buf[0..len)}, or 0 when it is not in the table. */
  int get(char[] buf, int len) {
    if (len > maxLength || len == 0) {
      return 0;
    }
    int h = slotHash(hash(buf, len));
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      int stored = hashes[slot];
      if (stored == 0) {
        return 0;
      }
      int at = slot * STRIDE;
      if (stored == h && slots[at + 1] == len && sameChars(slots[at + 2], buf, len)) {
        return slots[at];
      }
    }
  }

  /** The hash of {@code buf[0..len)}, the same as {@link String#hashCode()} of those chars. */
  private static int hash(char[] buf, int len) {
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
  private boolean sameChars(int offset, char[] buf, int len) {
    for (int i = 0; i < len; i++) {
      if (pool[offset + i] != buf[i]) {
        return false;
      }
    }
    return true;
  }
}
