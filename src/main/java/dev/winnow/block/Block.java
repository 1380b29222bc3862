package dev.winnow.block;

import dev.winnow.internal.Texts;
import java.util.Objects;

/**
 * One unit of page text that filters judge: a paragraph, a line of a run of short lines, a
 * heading, a list item. What filters decide about a block is recorded on the
 * {@link Page}, never on the block.
 *
 * <p>Blocks of the same {@linkplain #group() group} stood together on the page with nothing
 * between them: the lines of one blank-line-delimited run in a text dump, the children of one
 * container in HTML. Filters that look for repeated banner blocks use groups as the unit.
 *
 * <p>Immutable and thread-safe; a value, {@linkplain #equals equal} to a block of the same parts.
 * A source may leave the {@linkplain #wordCount() word count}, which follows from the text, to be
 * counted on first use or by a later pass over the page that reads the text anyway.
 *
 * @since 0.1
 */
public final class Block {
  private final int index;
  private final String text;
  private final int group;
  private final int line;
  private final Markup markup;
  /**
   * The word count plus one, or 0 until {@link #wordCount()} or a pass that reads the page's text
   * anyway (see {@code CountedBlocks}) sets it. The count follows from the text, so setting it, by
   * whichever thread, changes nothing anyone can observe; and as 0 is a field's value before the
   * constructor's writes, a thread that sees the block through a data race at worst counts again.
   */
  private int wordsPlusOne;
  /** {@link #endsSentence()}, found once: a dozen filters ask it of every block they weigh. */
  private final boolean endsSentence;

  /**
   * Makes a block.
   *
   * @param index the block's position on the page, from 0
   * @param text the block's text, trimmed, with inner white space folded to single spaces
   * @param group the group the block belongs to (see the class comment)
   * @param line the 1-based line of the source the block starts on, or 0 where unknown
   * @param markup what HTML says of the block, or {@link Markup#NONE}
   */
  public Block(int index, String text, int group, int line, Markup markup) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
    this.index = index;
    this.text = Objects.requireNonNull(text, "text");
    this.group = group;
    this.line = line;
    this.markup = Objects.requireNonNull(markup, "markup");
    this.wordsPlusOne = countWords(text) + 1;
    this.endsSentence = endsSentence(text);
  }

  /**
   * A block whose words its source counted while folding it, or {@code -1} when they are to be
   * counted later; called by {@code CountedBlocks} (internal), which the library's own sources use.
   */
  private Block(int index, String text, int group, int line, Markup markup, int words) {
    this.index = index;
    this.text = text;
    this.group = group;
    this.line = line;
    this.markup = markup;
    this.wordsPlusOne = words + 1;
    this.endsSentence = endsSentence(text);
  }

  /** Makes a plain-text block. */
  public Block(int index, String text, int group, int line) {
    this(index, text, group, line, Markup.NONE);
  }

  /** The block's position on the page, from 0; {@link Page#block(int)} finds it again. */
  public int index() {
    return index;
  }

  /** The block's text, trimmed, with inner white space folded to single spaces. */
  public String text() {
    return text;
  }

  /** The group the block belongs to: blocks of one group stood together (see the class comment). */
  public int group() {
    return group;
  }

  /** The 1-based line of the source the block starts on, or 0 where unknown. */
  public int line() {
    return line;
  }

  /** What HTML says of the block; {@link Markup#NONE} for a text block. */
  public Markup markup() {
    return markup;
  }

  /** The number of white-space separated tokens that contain a letter or digit. */
  public int wordCount() {
    int w = wordsPlusOne;
    if (w == 0) {
      w = countWords(text) + 1;
      wordsPlusOne = w;
    }
    return w - 1;
  }

  /**
   * Takes the word count of a pass that read the text anyway, unless the words are counted
   * already; called by {@code CountedBlocks} (internal).
   */
  private void counted(int words) {
    assert words == countWords(text) : "counted " + words + " words in '" + text + "'";
    if (wordsPlusOne == 0) {
      wordsPlusOne = words + 1;
    }
  }

  /** The text's length in UTF-16 chars. */
  public int length() {
    return text.length();
  }

  /** Whether the text ends a sentence: with {@code . ! ? …} or those followed by a closing quote. */
  public boolean endsSentence() {
    return endsSentence;
  }

  private static boolean endsSentence(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      switch (c) {
        case '"', '\'', '\u201d', '\u2019', '\u00bb', ')', ']' -> {
          continue;
        }
        case '.', '!', '?', '\u2026', '\u3002', '\uff01', '\uff1f' -> {
          return true;
        }
        default -> {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Whether the block has more than {@code n} words: {@code wordCount() > n}, but before the
   * count is known it reads no further than the word past {@code n}, so that the first filters of
   * a text chain, which skip paragraphs by their length, do not count a paragraph's words ahead of
   * the pass that counts every block's anyway.
   */
  public boolean hasMoreWordsThan(int n) {
    int w = wordsPlusOne;
    if (w != 0) {
      return w - 1 > n;
    }
    if (n < 0) {
      return true;
    }
    int limit = n + 1;
    int words = countWords(text, limit);
    if (words < limit) {
      wordsPlusOne = words + 1; // the whole text was read: the count is known
    }
    return words > n;
  }

  private static int countWords(String s) {
    return countWords(s, Integer.MAX_VALUE);
  }

  /** The words of the text, or {@code limit} once that many are found. */
  private static int countWords(String s, int limit) {
    int count = 0;
    // A word is a run of non-space chars; it counts when it holds a letter or digit. The ASCII
    // path has no branch that depends on the text: on prose a branch at every word end would be
    // mispredicted over and over.
    int hasAlnum = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      int space;
      int alnum;
      if (c < 0x80) {
        int kind = ASCII_KINDS[c];
        space = kind & ASCII_SPACE;
        alnum = kind >> 1;
      } else {
        // No char between ASCII and the Ogham space mark is white space to Java (NBSP is not).
        space = c >= '\u1680' && Character.isWhitespace(c) ? 1 : 0;
        alnum = space == 0 && Texts.isLetterOrDigit(c) ? 1 : 0;
      }
      count += space & hasAlnum;
      if (count >= limit) {
        return limit;
      }
      hasAlnum = (hasAlnum | alnum) & (space ^ 1);
    }
    return Math.min(limit, count + hasAlnum);
  }

  /** {@link #ASCII_KINDS} bits: 1 for white space, 2 for a letter or digit. */
  private static final int ASCII_SPACE = 1;

  private static final int ASCII_ALNUM = 2;

  /** What each ASCII char is to {@link #countWords}: space (as Java's, but for U+001C-U+001F), alnum or neither. */
  private static final byte[] ASCII_KINDS = asciiKinds();

  private static byte[] asciiKinds() {
    byte[] kinds = new byte[0x80];
    for (char c = 0; c < 0x80; c++) {
      kinds[c] = (byte) (c == ' ' || c >= '\t' && c <= '\r' ? ASCII_SPACE : Texts.isLetterOrDigit(c) ? ASCII_ALNUM : 0);
    }
    return kinds;
  }

  /**
   * Blocks are equal when their index, text, group, line and markup are: a block is a value, so
   * the results of processing one page twice are equal too. (The word count follows from the text.)
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Block b && index == b.index && group == b.group && line == b.line
        && text.equals(b.text) && markup.equals(b.markup);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, text, group, line, markup);
  }

  @Override
  public String toString() {
    return "#" + index + " " + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
  }
}
