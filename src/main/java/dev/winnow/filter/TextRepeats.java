package dev.winnow.filter;

import dev.winnow.block.Block;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many blocks of a page have each block's exact text. Texts are first told apart by a cheap
 * <em>sample</em>: their length and {@value #SAMPLES} chars spread over them. Only blocks whose
 * sample another block shares are then hashed and compared whole, so on a page of mostly unique
 * paragraphs most text is never hashed char by char. Equal texts always share a sample, so the
 * counts are exact; a page built to make every sample collide costs what hashing everything costs.
 * Stateless.
 */
final class TextRepeats {
  private TextRepeats() {}

  /** Chars sampled from a text, evenly spaced, besides its last char and its length. */
  static final int SAMPLES = 16;

  /** For each block, the number of blocks of the list with the same text, itself included. */
  static int[] counts(List<Block> blocks) {
    int n = blocks.size();
    int[] samples = new int[n];
    // Open addressing over samples: each slot holds 1 + the first block with that sample.
    int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) * 2;
    int mask = capacity - 1;
    int[] slots = new int[capacity];
    int[] firstWithSample = new int[n];
    int[] withSample = new int[n];
    for (int i = 0; i < n; i++) {
      int s = sample(blocks.get(i).text());
      samples[i] = s;
      int slot = s & mask;
      while (slots[slot] != 0 && samples[slots[slot] - 1] != s) {
        slot = (slot + 1) & mask;
      }
      if (slots[slot] == 0) {
        slots[slot] = i + 1;
      }
      firstWithSample[i] = slots[slot] - 1;
      withSample[firstWithSample[i]]++;
    }
    int[] counts = new int[n];
    Map<String, Integer> shared = null;
    for (int i = 0; i < n; i++) {
      if (withSample[firstWithSample[i]] == 1) {
        counts[i] = 1;
      } else {
        if (shared == null) {
          shared = new HashMap<>();
        }
        shared.merge(blocks.get(i).text(), 1, Integer::sum);
      }
    }
    if (shared != null) {
      for (int i = 0; i < n; i++) {
        if (counts[i] == 0) {
          counts[i] = shared.get(blocks.get(i).text());
        }
      }
    }
    return counts;
  }

  /** The text's length and sampled chars, mixed so that nearby values spread over the table. */
  static int sample(String text) {
    int n = text.length();
    int h = n;
    int step = Math.max(1, n / SAMPLES);
    for (int k = 0; k < n; k += step) {
      h = 31 * h + text.charAt(k);
    }
    if (n > 0) {
      h = 31 * h + text.charAt(n - 1);
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
