package dev.winnow.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.InputKind;
import dev.winnow.PageKind;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageKindAndAnalysisTest {
  private final Page page = new Page("t", InputKind.TEXT,
      List.of(new Block(0, "one", 0, 1), new Block(1, "two", 1, 3)), PageMetadata.EMPTY);

  @Test
  void kindIsUnsetUntilAFilterStatesIt() {
    assertThat(page.kind()).isNull();
    assertThat(page.kindReason()).isNull();
    page.setKind(PageKind.LISTING, "F", "three units");
    assertThat(page.kind()).isEqualTo(PageKind.LISTING);
    assertThat(page.kindReason()).isEqualTo("F: three units");
  }

  @Test
  void anAnalysisIfMadeIsNullUntilSomeoneMakesIt() {
    assertThat(page.analysisIfMade(String.class)).isNull();
    String made = page.analysis(String.class, p -> "made");
    assertThat(page.analysisIfMade(String.class)).isSameAs(made);
  }

  @Test
  void analysisIsComputedOnce() {
    AtomicInteger calls = new AtomicInteger();
    String first = page.analysis(String.class, p -> "made " + calls.incrementAndGet());
    String second = page.analysis(String.class, p -> "made " + calls.incrementAndGet());
    assertThat(first).isEqualTo("made 1").isSameAs(second);
  }

  @Test
  void keptIsAnUnmodifiableSnapshot() {
    List<Block> before = page.kept();
    page.remove(page.block(0), "F", "noise");
    List<Block> after = page.kept();
    assertThat(before).containsExactly(page.block(0), page.block(1));
    assertThat(after).containsExactly(page.block(1));
    assertThat(after.get(0)).isSameAs(page.block(1));
    assertThatThrownBy(() -> after.add(page.block(0))).isInstanceOf(UnsupportedOperationException.class);
    page.restore(page.block(0), "G", "content after all");
    assertThat(after).hasSize(1);
    assertThat(page.kept()).hasSize(2);
  }

  @Test
  void aBlockOfAnotherPageIsRefused() {
    Block stranger = new Block(0, "one", 0, 1);
    assertThatThrownBy(() -> page.isKept(stranger)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not on this page");
    assertThat(page.nextKept(page.block(1))).isNull();
    assertThat(page.previousKept(page.block(1))).isSameAs(page.block(0));
  }

  @Test
  void labelsAreKeptOneBitEach() {
    assertThat(Label.values().length).isLessThanOrEqualTo(Integer.SIZE);
    Block b = page.block(1);
    assertThat(page.labels(b)).isEmpty();
    page.label(b, Label.HEADLINE, "F", "title");
    page.label(b, Label.STUB, "F", "stub");
    page.label(b, Label.HEADLINE, "G", "again");
    Set<Label> snapshot = page.labels(b);
    assertThat(snapshot).containsExactlyInAnyOrder(Label.HEADLINE, Label.STUB);
    assertThat(page.has(b, Label.STUB)).isTrue();
    assertThat(page.anyKept(Label.HEADLINE)).isTrue();
    page.unlabel(b, Label.HEADLINE, "H", "not a title");
    page.unlabel(b, Label.HEADLINE, "H", "twice");
    assertThat(page.labels(b)).containsExactly(Label.STUB);
    assertThat(snapshot).hasSize(2);
    assertThat(page.decisions()).extracting(Decision::action).containsExactly(Decision.Action.LABEL,
        Decision.Action.LABEL, Decision.Action.UNLABEL);
    assertThatThrownBy(() -> snapshot.add(Label.DEK)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void asksAboutLabelsWithoutASet() {
    Block b = page.block(1);
    assertThat(page.isLabelled(b)).isFalse();
    assertThat(page.hasLabelOtherThan(b, Label.CONTENT)).isFalse();
    page.label(b, Label.CONTENT, "F", "prose");
    assertThat(page.isLabelled(b)).isTrue();
    assertThat(page.hasLabelOtherThan(b, Label.CONTENT)).isFalse();
    assertThat(page.hasLabelOtherThan(b, Label.STUB)).isTrue();
    page.label(b, Label.STUB, "F", "stub");
    assertThat(page.hasLabelOtherThan(b, Label.CONTENT)).isTrue();
    page.unlabel(b, Label.CONTENT, "G", "not prose");
    page.unlabel(b, Label.STUB, "G", "not a stub");
    assertThat(page.isLabelled(b)).isFalse();
  }

  @Test
  void removalIsTheLatestRemoveDecision() {
    Block b = page.block(1);
    page.remove(b, "A", "first");
    page.restore(b, "B", "back");
    page.remove(b, "C", "again");
    assertThat(page.removal(b).orElseThrow().filter()).isEqualTo("C");
    assertThat(page.removal(page.block(0))).isEmpty();
  }
}
