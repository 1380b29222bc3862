package dev.winnow.internal;

import dev.winnow.block.Block;
import dev.winnow.block.Markup;

/**
 * Makes blocks whose words a source has counted already, in the pass that folded their white
 * space: {@link Block}'s public constructor counts them again, a second pass over every char of
 * the page. {@code Block} installs the maker when it is first loaded; the count must be what
 * {@link Block#wordCount()} would give for the text, which {@link LineFolder} ensures.
 */
public final class CountedBlocks {
  private CountedBlocks() {}

  /** Makes a block with the given word count. */
  @FunctionalInterface
  public interface Maker {
    Block make(int index, String text, int group, int line, Markup markup, int words);
  }

  private static volatile Maker maker;

  /**
   * Called once, by {@code Block} as it is loaded.
   *
   * @throws IllegalStateException on a second call
   */
  public static void install(Maker m) {
    synchronized (CountedBlocks.class) {
      if (maker != null) {
        throw new IllegalStateException("the block maker is installed already");
      }
      maker = m;
    }
  }

  /** A block of folded text with {@code words} words, counted as {@link Block#wordCount()} counts. */
  public static Block make(int index, String text, int group, int line, Markup markup, int words) {
    Maker m = maker;
    if (m == null) {
      m = loadBlock();
    }
    return m.make(index, text, group, line, markup, words);
  }

  private static Maker loadBlock() {
    try {
      Class.forName(Block.class.getName(), true, Block.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return maker;
  }
}
