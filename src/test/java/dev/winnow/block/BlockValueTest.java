package dev.winnow.block;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.internal.CountedBlocks;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Blocks and element nodes are values: equal exactly when their parts are. */
class BlockValueTest {
  private static final Markup P = new Markup("p", 0, "body/p", 0, 1, "story", Set.of());

  @Test
  void blocksOfEqualPartsAreEqual() {
    Block a = new Block(2, "Two words", 1, 7, P);
    Block b = new Block(2, "Two words", 1, 7, new Markup("p", 0, "body/p", 0, 1, "story", Set.of()));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(CountedBlocks.make(2, "Two words", 1, 7, P, 2)).isEqualTo(a);
  }

  @Test
  void blocksDifferingInAnyPartDiffer() {
    Block a = new Block(2, "Two words", 1, 7, P);
    assertThat(a)
        .isNotEqualTo(new Block(3, "Two words", 1, 7, P))
        .isNotEqualTo(new Block(2, "Two word", 1, 7, P))
        .isNotEqualTo(new Block(2, "Two words", 2, 7, P))
        .isNotEqualTo(new Block(2, "Two words", 1, 8, P))
        .isNotEqualTo(new Block(2, "Two words", 1, 7, Markup.NONE))
        .isNotEqualTo(null)
        .isNotEqualTo("Two words");
  }

  @Test
  void nodesAreEqualWhenTheirChainsAre() {
    DomNode body = new DomNode(0, "body", "", null);
    DomNode story = new DomNode(1, "div", "story", body);
    DomNode again = new DomNode(1, "div", "story", new DomNode(0, "body", "", null));
    assertThat(story).isEqualTo(again).hasSameHashCodeAs(again);
    assertThat(story)
        .isNotEqualTo(new DomNode(1, "div", "story", new DomNode(0, "main", "", null)))
        .isNotEqualTo(new DomNode(1, "div", "story", null))
        .isNotEqualTo(new DomNode(2, "div", "story", body))
        .isNotEqualTo(new DomNode(1, "div", "teaser", body))
        .isNotEqualTo(body);
  }

  @Test
  void deepChainsCompareWithoutOverflowingTheStack() {
    DomNode a = null;
    DomNode b = null;
    for (int i = 0; i < 200_000; i++) {
      a = new DomNode(i, "div", "", a);
      b = new DomNode(i, "div", "", b);
    }
    assertThat(a.equals(b)).isTrue();
    assertThat(a.equals(new DomNode(200_000, "div", "", a.parent()))).isFalse();
  }
}
