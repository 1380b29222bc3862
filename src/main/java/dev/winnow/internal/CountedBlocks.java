package dev.winnow.internal;

import dev.winnow.block.Block;
import dev.winnow.block.Markup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Makes blocks whose words a source has counted already, in the pass that folded their white
 * space: {@link Block}'s public constructor counts them again, a second pass over every char of
 * the page. The count must be what {@link Block#wordCount()} would give for the text, which
 * {@link LineFolder} ensures for text and the HTML walk for its own blocks.
 *
 * <p>Calls {@code Block}'s private constructor that takes the count: a handle found once, within
 * this module, so the block package keeps no public way to make a block with a wrong count and
 * no class holds mutable state to hand one out.
 */
public final class CountedBlocks {
  private CountedBlocks() {}

  private static final MethodHandle NEW_BLOCK = newBlock();

  private static MethodHandle newBlock() {
    try {
      return MethodHandles.privateLookupIn(Block.class, MethodHandles.lookup()).findConstructor(Block.class,
          MethodType.methodType(void.class, int.class, String.class, int.class, int.class, Markup.class, int.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A block of folded text with {@code words} words, counted as {@link Block#wordCount()} counts. */
  public static Block make(int index, String text, int group, int line, Markup markup, int words) {
    try {
      return (Block) NEW_BLOCK.invokeExact(index, text, group, line, markup, words);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
