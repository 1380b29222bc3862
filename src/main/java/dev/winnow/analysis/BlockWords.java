package dev.winnow.analysis;

import dev.winnow.InputKind;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import java.util.Arrays;

/**
 * The words of every block a filter asks about, found once per page and kept with it ({@link
 * Page#analysis}): the {@link WordIndex}es of several filters (cookie, agency, network, vendor
 * and copyright words) then read a block's text once between them, not once each. A word is a
 * run of letters and combining accents; each is kept as {@value #STRIDE} ints: where it starts,
 * where it ends, and its first letter folded as in a key, with {@link #ASCII} set when every char
 * of it is ASCII.
 *
 * <p>On a text page the words come out of the pass that computes the page's {@link TextFeatures},
 * which a text page's chain needs anyway: asking for them there computes the features first, so
 * the page's text is walked once for both. That pass keeps the words of blocks of up to
 * {@value #PASS_MAX_WORDS} words, the lines and short paragraphs filters look words up in; a
 * longer block's are found when first asked for.
 */
final class BlockWords {

  /** Ints per word in the arrays {@link #scan} returns. */
  static final int STRIDE = 3;

  /** The most words of a block whose words the text features' pass keeps. */
  static final int PASS_MAX_WORDS = 64;

  /** Set in a word's third int when the word is all ASCII. */
  static final int ASCII = 1 << 16;

  private static final int[] NONE = new int[0];

  private final int[][] words;

  /**
   * Whether the text features' pass has offered its words: kept here so that a filter asking
   * block after block does not look the features up on the page each time.
   */
  private boolean offeredByFeatures;

  private BlockWords(int size) {
    words = new int[size][];
  }

  /** The words of the page, shared by every filter that asks. */
  static BlockWords of(Page page) {
    BlockWords found = storage(page);
    if (!found.offeredByFeatures && page.input() == InputKind.TEXT) {
      TextFeatures.of(page);
    }
    return found;
  }

  /** The page's words as far as found, without the text features' pass. */
  static BlockWords storage(Page page) {
    return page.analysis(BlockWords.class, p -> new BlockWords(p.size()));
  }

  /** Records that the text features' pass has offered every word array it keeps. */
  void markOfferedByFeatures() {
    offeredByFeatures = true;
  }

  /** Keeps the words of a block found elsewhere, unless the block's are known already. */
  void offer(int index, int[] found) {
    if (words[index] == null) {
      words[index] = found;
    }
  }

  /** The words of a block of this page (see {@link #scan}). */
  int[] of(Block block) {
    int i = block.index();
    int[] w = words[i];
    if (w == null) {
      w = scan(block.text());
      words[i] = w;
    }
    return w;
  }

  /** The words of the text: {@value #STRIDE} ints each, start, end, and folded first letter with flags. */
  static int[] scan(String text) {
    int n = text.length();
    int[] out = NONE;
    int count = 0;
    int i = 0;
    while (i < n) {
      char first = text.charAt(i);
      if (!isLetter(first)) {
        i++;
        continue;
      }
      int end = i + 1;
      boolean ascii = first < 0x80;
      for (char c; end < n && (isLetter(c = text.charAt(end)) || Keys.isCombining(c)); end++) {
        ascii &= c < 0x80;
      }
      if (count + STRIDE > out.length) {
        out = Arrays.copyOf(out, Math.max(4 * STRIDE, out.length * 2));
      }
      out[count] = i;
      out[count + 1] = end;
      out[count + 2] = Keys.foldFirst(first) | (ascii ? ASCII : 0);
      count += STRIDE;
      i = end;
    }
    return count == out.length ? out : Arrays.copyOf(out, count);
  }

  /** {@link Character#isLetter(char)}, with the ASCII case answered by two comparisons. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      int lower = c | 0x20;
      return lower >= 'a' && lower <= 'z';
    }
    return Character.isLetter(c);
  }
}
