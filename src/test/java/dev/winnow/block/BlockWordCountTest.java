package dev.winnow.block;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.internal.CountedBlocks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Block#hasMoreWordsThan} answers as {@code wordCount() > n} does, counted or not yet. */
class BlockWordCountTest {
  private static final List<String> TEXTS = List.of("", " ", "-", "one", "one two", "one  two ", "a - b",
      "« Ça va » dit-il, 12 fois.", "\u00a0x\u00a0", "word ".repeat(40).strip(), "x\u3000y\u2003z", "1 2 3");

  private static Block deferred(String text) {
    return CountedBlocks.make(0, text, 0, 1, Markup.NONE, -1);
  }

  @Test
  void agreesWithTheWordCountBeforeAndAfterTheCountIsKnown() {
    for (String text : TEXTS) {
      int words = new Block(0, text, 0, 1).wordCount();
      for (int n = -1; n <= words + 2; n++) {
        assertThat(deferred(text).hasMoreWordsThan(n)).as("'%s' > %d", text, n).isEqualTo(words > n);
        Block counted = deferred(text);
        counted.wordCount();
        assertThat(counted.hasMoreWordsThan(n)).as("counted '%s' > %d", text, n).isEqualTo(words > n);
      }
    }
  }

  @Test
  void aBoundedAnswerLeavesTheFullCountRight() {
    for (String text : TEXTS) {
      int words = new Block(0, text, 0, 1).wordCount();
      for (int n = 0; n <= words + 1; n++) {
        Block b = deferred(text);
        b.hasMoreWordsThan(n);
        assertThat(b.wordCount()).as("'%s' after asking > %d", text, n).isEqualTo(words);
      }
    }
  }
}
