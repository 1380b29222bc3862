package dev.winnow.analysis;

import com.google.common.collect.Maps;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import java.util.Collection;
import java.util.Set;

/**
 * Finds whether running text holds any of a set of single words (as keys, see {@link Keys}),
 * normalizing only the few words that could be one: an ASCII word is looked up only when one of
 * the words has its first letter and its length, any other word when its folded first letter
 * starts one of the words and its length is in range. So asking "does this paragraph
 * mention cookies?" costs a pass of char tests, not a normalized copy of the paragraph.
 *
 * Immutable once built, and so thread-safe.
 *
 * @since 0.1
 */
public final class WordIndex {
  /** A raw word can fold to up to twice its length (ß to ss) and lose its accents. */
  private static final int FOLD_GROWTH = 2;

  private static final char ASCII = 0x80;

  /** ASCII words are indexed by length up to this; longer ones take the general path. */
  private static final int ASCII_LENGTHS = 32;

  /** U+02BC, a letter that keys treat as an apostrophe. */
  private static final char MODIFIER_APOSTROPHE = '\u02bc';

  /** Setting this bit lower-cases an ASCII letter. */
  private static final int CASE_BIT = 0x20;

  private final Set<String> words;

  /** The words again, to look up a word folded into a char buffer without making a string of it. */
  private final CharTable table;
  /**
   * Bit sets as plain arrays of longs, with no bounds to grow or check beyond the array's own:
   * they are read for every word of every short block of a page.
   */
  private final long[] firstChars = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

  /** Bit {@code first * ASCII_LENGTHS + length} for every ASCII word short enough to index. */
  private final long[] asciiShapes = new long[ASCII * ASCII_LENGTHS / Long.SIZE];

  /**
   * Bit {@code first * ASCII + second} for every ASCII word: "people" and "police" have the shape
   * of "privee" but not its first two letters, so they are let go without a lookup.
   */
  private final long[] asciiStarts = new long[ASCII * ASCII / Long.SIZE];
  private final int minLength;
  private final int maxLength;

  public WordIndex(Collection<String> keys) {
    this.words = Set.copyOf(keys);
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (String w : words) {
      if (w.isEmpty() || w.indexOf(' ') >= 0) {
        throw new IllegalArgumentException("not a single word: '" + w + "'");
      }
      set(firstChars, w.charAt(0));
      if (w.charAt(0) < ASCII && w.length() < ASCII_LENGTHS) {
        set(asciiShapes, w.charAt(0) * ASCII_LENGTHS + w.length());
        if (w.length() > 1 && w.charAt(1) < ASCII) {
          set(asciiStarts, w.charAt(0) * ASCII + w.charAt(1));
        }
      }
      min = Math.min(min, w.length());
      max = Math.max(max, w.length());
    }
    this.table = new CharTable(Maps.asMap(words, w -> 1));
    this.minLength = words.isEmpty() ? 0 : min;
    this.maxLength = max;
  }

  /** Whether the text holds one of the words as a whole word (a run of letters and accents). */
  public boolean anyIn(String text) {
    return find(text, BlockWords.scan(text), false);
  }

  /** Whether the block holds one of the words, reading the words the page found for it once. */
  public boolean anyIn(Page page, Block block) {
    return find(block.text(), BlockWords.of(page).of(block), false);
  }

  /** Whether the first word of the text (its first run of letters and accents) is one of the words. */
  public boolean firstIn(String text) {
    return find(text, BlockWords.scan(text), true);
  }

  /** Whether the first word of the block is one of the words; see {@link #anyIn(Page, Block)}. */
  public boolean firstIn(Page page, Block block) {
    return find(block.text(), BlockWords.of(page).of(block), true);
  }

  /** Whether one of the text's words (as {@link BlockWords#scan} finds them), or its first, is one of the words. */
  private boolean find(String text, int[] found, boolean firstOnly) {
    if (words.isEmpty()) {
      return false;
    }
    char[] buf = null;
    int last = firstOnly ? Math.min(found.length, BlockWords.STRIDE) : found.length;
    for (int w = 0; w < last; w += BlockWords.STRIDE) {
      int i = found[w];
      int end = found[w + 1];
      char first = (char) found[w + 2];
      boolean ascii = (found[w + 2] & BlockWords.ASCII) != 0;
      int len = end - i;
      boolean candidate = ascii
          ? len < ASCII_LENGTHS && get(asciiShapes, first * ASCII_LENGTHS + len)
              && (len == 1 || get(asciiStarts, first * ASCII + ((text.charAt(i + 1) | CASE_BIT) & (ASCII - 1))))
          : len * FOLD_GROWTH >= minLength && len <= maxLength * FOLD_GROWTH && get(firstChars, first);
      if (candidate) {
        if (buf == null) {
          buf = new char[maxLength * FOLD_GROWTH + Keys.MAX_FOLD];
        }
        if (contains(text, i, end, buf)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void set(long[] bits, int bit) {
    bits[bit >>> 6] |= 1L << bit;
  }

  private static boolean get(long[] bits, int bit) {
    return (bits[bit >>> 6] & 1L << bit) != 0;
  }

  /** Whether the word {@code text[from..to)}, folded as a key, is one of the words. */
  private boolean contains(String text, int from, int to, char[] buf) {
    int len = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == MODIFIER_APOSTROPHE || len > maxLength) {
        // Keys treat this apostrophe as decoration at a word's ends; a word this long is no match.
        return c == MODIFIER_APOSTROPHE && words.contains(Keys.key(text.substring(from, to)));
      }
      len = Keys.appendLetter(c, buf, len);
    }
    return table.get(buf, len) != 0;
  }
}
