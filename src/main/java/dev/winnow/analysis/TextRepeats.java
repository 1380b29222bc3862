package dev.winnow.analysis;

import dev.winnow.block.Block;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many blocks of a page have each block's exact text. Texts are hashed by a cheap
 * <em>sample</em>: their length and {@value #SAMPLES} chars spread over them, so a long paragraph
 * is not hashed char by char. An open-addressing table keeps one block per distinct text; a text
 * is compared whole ({@link String#equals}) only with blocks of the same sample, which are nearly
 * always its repeats. Should a page be built to make samples collide, probing runs long and the
 * count falls back to a map of whole-text hashes: the answer is exact either way. Stateless.
 */
final class TextRepeats {
  private TextRepeats() {}

  /** Chars sampled from a text, evenly spaced, besides its last char and its length. */
  static final int SAMPLES = 16;

  /** Probes past which one text's search gives up on samples for whole-text hashing. */
  static final int MAX_PROBES = 64;

  /** For each block, the number of blocks of the list with the same text, itself included. */
  static int[] counts(List<Block> blocks) {
    int n = blocks.size();
    int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) * 2;
    int mask = capacity - 1;
    // Per slot: 1 + the first block with a text (0 for an empty slot), and that text's sample.
    int[] slots = new int[capacity];
    int[] samples = new int[capacity];
    int[] first = new int[n];
    int[] perText = new int[n];
    for (int i = 0; i < n; i++) {
      String text = blocks.get(i).text();
      int s = sample(text);
      int slot = s & mask;
      for (int probes = 0; ; probes++) {
        int held = slots[slot] - 1;
        if (held < 0) {
          slots[slot] = i + 1;
          samples[slot] = s;
          first[i] = i;
          break;
        }
        if (samples[slot] == s && blocks.get(held).text().equals(text)) {
          first[i] = held;
          break;
        }
        if (probes >= MAX_PROBES) {
          return countsByHash(blocks);
        }
        slot = (slot + 1) & mask;
      }
      perText[first[i]]++;
    }
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      counts[i] = perText[first[i]];
    }
    return counts;
  }

  /** The same counts by whole-text hashes. */
  static int[] countsByHash(List<Block> blocks) {
    Map<String, Integer> perText = new HashMap<>();
    for (Block b : blocks) {
      perText.merge(b.text(), 1, Integer::sum);
    }
    int[] counts = new int[blocks.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = perText.get(blocks.get(i).text());
    }
    return counts;
  }

  /** The text's length and sampled chars, mixed so that nearby values spread over the table. */
  static int sample(String text) {
    int n = text.length();
    int step = Math.max(1, n / SAMPLES);
    // Two sums, each of every other sample, so that each multiply waits on half as many others.
    int even = n;
    int odd = 0;
    int k = 0;
    for (; k + step < n; k += 2 * step) {
      even = 31 * even + text.charAt(k);
      odd = 31 * odd + text.charAt(k + step);
    }
    if (k < n) {
      even = 31 * even + text.charAt(k);
    }
    int h = 31 * (even * 0x2F0B3A49 + odd);
    if (n > 0) {
      h += text.charAt(n - 1);
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
