package dev.winnow.analysis;

import java.util.Map;

/**
 * An immutable map from short words to non-zero ints, for the words of at most {@value #MAX_LENGTH}
 * chars up to U+00FF: such a word packs exactly into a long, one byte a char ({@link #pack}), so
 * that comparing two words is comparing two longs. Most words a scan looks up are no stopword; a
 * bit table of a few KB (so it stays in the CPU's first-level cache) turns most of those away
 * before the table itself is read. The table is open addressing over the packed words. Thread-safe.
 */
final class PackedWords {
  /** The longest word that packs into a long. */
  static final int MAX_LENGTH = 8;

  /** Bits of the filter per word: with one bit set per word, a word not in the table passes one time in this many or fewer. */
  private static final int FILTER_BITS_PER_WORD = 8;

  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  /** The packed words by slot; 0 marks an empty slot (no word packs to 0). */
  private final long[] keys;
  private final int[] values;
  private final int slotShift;
  private final long[] filter;
  private final int filterShift;

  /**
   * A table of the words that pack; the others are left out.
   *
   * @throws IllegalArgumentException when a value is 0, the answer for "not in the table"
   */
  PackedWords(Map<String, Integer> words) {
    int packable = 0;
    for (String w : words.keySet()) {
      packable += packs(w) ? 1 : 0;
    }
    int slotBits = bitsFor(packable * 2);
    keys = new long[1 << slotBits];
    values = new int[1 << slotBits];
    slotShift = 64 - slotBits;
    int filterBits = bitsFor(packable * FILTER_BITS_PER_WORD);
    filter = new long[Math.max(1, (1 << filterBits) / 64)];
    filterShift = 64 - filterBits;
    int mask = keys.length - 1;
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      if (e.getValue() == 0) {
        throw new IllegalArgumentException("value 0 for '" + e.getKey() + "'");
      }
      if (!packs(e.getKey())) {
        continue;
      }
      long key = pack(e.getKey());
      long mixed = key * MULTIPLIER;
      int slot = (int) (mixed >>> slotShift);
      while (keys[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = e.getValue();
      int bit = (int) (Long.rotateLeft(mixed, 32) >>> filterShift);
      filter[bit >>> 6] |= 1L << bit;
    }
  }

  /** The bits of a power of two of at least {@code n}, and at least 64. */
  private static int bitsFor(int n) {
    return Math.max(6, 32 - Integer.numberOfLeadingZeros(Math.max(1, n) - 1));
  }

  /** Whether the word packs: 1 to {@value #MAX_LENGTH} chars, none above U+00FF. */
  static boolean packs(String w) {
    if (w.isEmpty() || w.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) > 0xFF || w.charAt(i) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The word packed a byte a char, first char highest: what a scan builds with {@code p = p << 8 | c}. */
  static long pack(CharSequence w) {
    long p = 0;
    for (int i = 0; i < w.length(); i++) {
      p = p << 8 | w.charAt(i);
    }
    return p;
  }

  /** The value of the packed word, or 0 when it is not in the table. */
  int get(long packed) {
    long mixed = packed * MULTIPLIER;
    int bit = (int) (Long.rotateLeft(mixed, 32) >>> filterShift);
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return 0;
    }
    int mask = keys.length - 1;
    for (int slot = (int) (mixed >>> slotShift); ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == packed) {
        return values[slot];
      }
      if (k == 0) {
        return 0;
      }
    }
  }
}
