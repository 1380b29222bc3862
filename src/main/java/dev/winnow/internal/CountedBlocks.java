package dev.winnow.internal;

import dev.winnow.block.Block;
import dev.winnow.block.Markup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Makes blocks whose words are counted by a pass that reads their text anyway, so that no second
 * pass over every char of the page counts them again, as {@link Block}'s public constructor does.
 * The HTML walk counts the words of its blocks as it folds their white space and passes the count
 * to {@link #make}. A text source makes its blocks {@link #UNCOUNTED}: their count comes from the
 * page's text features, whose pass over every char gives it to each block ({@link #counted}) and
 * which a pipeline that reads them makes before its first filter ({@link ReadsTextFeatures}); a
 * block asked for its count before that, or on a chain that never makes the pass, counts its
 * words itself. Either way the count must be what {@link Block#wordCount()} gives for the text
 * (checked with assertions on).
 *
 * <p>Calls {@code Block}'s private constructor and setter: handles found once, within this
 * module, so the block package keeps no public way to give a block a wrong count and no class
 * holds mutable state to hand one out.
 */
public final class CountedBlocks {
  private CountedBlocks() {}

  private static final MethodHandle NEW_BLOCK = newBlock();
  private static final MethodHandle COUNTED = counted();

  /** The count to pass to {@link #make} when a later pass will count the words, see {@link #counted}. */
  public static final int UNCOUNTED = -1;

  private static MethodHandle newBlock() {
    try {
      return MethodHandles.privateLookupIn(Block.class, MethodHandles.lookup()).findConstructor(Block.class,
          MethodType.methodType(void.class, int.class, String.class, int.class, int.class, Markup.class, int.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static MethodHandle counted() {
    try {
      return MethodHandles.privateLookupIn(Block.class, MethodHandles.lookup()).findVirtual(Block.class, "counted",
          MethodType.methodType(void.class, int.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * Gives a block the word count that a pass over its text found, as {@link Block#wordCount()}
   * counts them, unless the block has its count already.
   */
  public static void counted(Block block, int words) {
    try {
      COUNTED.invokeExact(block, words);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /**
   * A block of folded text with {@code words} words, counted as {@link Block#wordCount()} counts,
   * or {@link #UNCOUNTED}.
   */
  public static Block make(int index, String text, int group, int line, Markup markup, int words) {
    if (words < UNCOUNTED) {
      throw new IllegalArgumentException("word count " + words);
    }
    try {
      return (Block) NEW_BLOCK.invokeExact(index, text, group, line, markup, words);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
