package dev.winnow.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.InputKind;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Decisions with reasons given in words and given as suppliers, put into words when read. */
class DecisionTest {
  private final Page page = new Page("t", InputKind.TEXT,
      List.of(new Block(0, "one", 0, 1), new Block(1, "two", 1, 3)), PageMetadata.EMPTY);

  private final AtomicInteger calls = new AtomicInteger();

  private Supplier<String> counted(String reason) {
    return () -> {
      calls.incrementAndGet();
      return reason;
    };
  }

  @Test
  void aSuppliedReasonIsBuiltOnlyWhenRead() {
    page.remove(page.block(0), "F", counted("noise"));
    page.label(page.block(1), Label.HEADLINE, "G", counted("title"));
    assertThat(calls).hasValue(0);
    Decision d = page.decisions().get(0);
    assertThat(d.reason()).isEqualTo("noise");
    assertThat(d.reason()).isEqualTo("noise");
    assertThat(calls).hasValue(1);
    assertThat(page.decisions().get(1).reason()).isEqualTo("title");
    assertThat(calls).hasValue(2);
  }

  @Test
  void restoreTakesASuppliedReasonToo() {
    page.remove(page.block(0), "F", "noise");
    page.restore(page.block(0), "G", counted("content after all"));
    assertThat(calls).hasValue(0);
    assertThat(page.decisions().get(1).action()).isEqualTo(Decision.Action.RESTORE);
    assertThat(page.decisions().get(1).reason()).isEqualTo("content after all");
  }

  @Test
  void aDecisionThatRecordsNothingNeverAsks() {
    page.remove(page.block(0), "F", "noise");
    page.remove(page.block(0), "G", counted("again"));
    page.restore(page.block(1), "G", counted("kept anyway"));
    assertThat(page.decisions()).hasSize(1);
    assertThat(calls).hasValue(0);
  }

  @Test
  void suppliedAndWrittenReasonsAreEqualValues() {
    Decision written = new Decision(3, Decision.Action.LABEL, Label.STUB, "F", "a stub");
    Decision supplied = new Decision(3, Decision.Action.LABEL, Label.STUB, "F", () -> "a " + "stub");
    assertThat(supplied).isEqualTo(written).hasSameHashCodeAs(written).hasToString(written.toString());
    assertThat(supplied).isNotEqualTo(new Decision(3, Decision.Action.LABEL, Label.STUB, "F", "another"));
    assertThat(written.toString()).isEqualTo("Decision[block=3, action=LABEL, label=STUB, filter=F, reason=a stub]");
  }

  @Test
  void aSupplierThatGivesNullIsReportedWithTheFilterName() {
    Decision d = new Decision(0, Decision.Action.REMOVE, null, "Careless", () -> null);
    assertThatThrownBy(d::reason).isInstanceOf(NullPointerException.class).hasMessageContaining("Careless");
  }

  @Test
  void aLabelGoesOnlyWithLabelActions() {
    assertThatThrownBy(() -> new Decision(0, Decision.Action.REMOVE, Label.STUB, "F", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Decision(0, Decision.Action.LABEL, null, "F", () -> "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
