package dev.winnow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Block;
import dev.winnow.block.Markup;
import org.junit.jupiter.api.Test;

class CountedBlocksTest {

  @Test
  void aBlockKeepsTheCountItIsMadeWith() {
    Block b = CountedBlocks.make(3, "two words", 1, 7, Markup.NONE, 2);
    assertThat(b.wordCount()).isEqualTo(2);
    assertThat(b.index()).isEqualTo(3);
    assertThat(b.line()).isEqualTo(7);
  }

  @Test
  void anUncountedBlockCountsItsWordsWhenAsked() {
    Block b = CountedBlocks.make(0, "Banco Norte -- 728x90", 0, 1, Markup.NONE, CountedBlocks.UNCOUNTED);
    assertThat(b.wordCount()).isEqualTo(3);
    assertThat(b).isEqualTo(new Block(0, "Banco Norte -- 728x90", 0, 1));
  }

  @Test
  void anUncountedBlockTakesTheCountOfAPassOverItsText() {
    Block b = CountedBlocks.make(0, "« Précédent | Suivant »", 0, 1, Markup.NONE, CountedBlocks.UNCOUNTED);
    CountedBlocks.counted(b, 2);
    assertThat(b.wordCount()).isEqualTo(2);
    // A count known already stays.
    CountedBlocks.counted(b, 2);
    assertThat(b.wordCount()).isEqualTo(2);
  }
}
