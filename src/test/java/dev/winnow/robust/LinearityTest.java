package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Input;
import dev.winnow.Limits;
import dev.winnow.Pipeline;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cost grows linearly with input size on adversarial shapes: the time for an input
 * {@value Linearity#FACTOR} times larger must stay within {@value Linearity#MAX_RATIO} times the
 * time for the smaller one (linear is 8, quadratic 64), measured as {@link Linearity} says. Not a
 * wall-clock limit: a slow or busy machine slows both sizes alike.
 *
 * <p>To look harder: {@code mvn test -Dtest=LinearityTest -Dwinnow.linearity.millis=50}.
 */
class LinearityTest {
  /** How much dearer than its flat twin a nested or many-sibling HTML input may be. */
  static final double SHAPE_RATIO = 5;

  /** The preset chain, with room for the biggest input: this test times algorithms, not limits. */
  private static final Pipeline NEWS = Pipeline.news().withLimits(new Limits(64 << 20, 1 << 30, 256, 1 << 30));

  static Stream<Adversarial.Case> cases() {
    return Stream.concat(Adversarial.textCases().stream(), Adversarial.htmlCases().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void costGrowsLinearly(Adversarial.Case c) {
    double ratio = Linearity.ratio(c.name(), c.minN(), c.maxN(), Linearity.MAX_RATIO, n -> {
      Input input = c.make().apply(n);
      return () -> NEWS.process(input);
    });
    assertThat(ratio).as("time(%d n) / time(n) for %s", Linearity.FACTOR, c.name())
        .isLessThanOrEqualTo(Linearity.MAX_RATIO);
  }

  /**
   * The same text costs about the same whether its elements are flat or nested, few or many: a
   * source that re-walks subtrees or shifts child lists pays a factor of the depth or the sibling
   * count instead.
   */
  @Test
  void htmlShapeDoesNotMultiplyCost() {
    int n = 800_000;
    SoftAssertions soft = new SoftAssertions();
    for (Adversarial.Case[] pair : Adversarial.htmlShapePairs()) {
      Input flat = pair[0].make().apply(n);
      Input shaped = pair[1].make().apply(n);
      double ratio = (double) Linearity.warmTime(() -> NEWS.process(shaped))
          / Math.max(1, Linearity.warmTime(() -> NEWS.process(flat)));
      System.out.printf(Locale.ROOT, "shape %-30s / %-30s ratio %5.1f%n", pair[1].name(), pair[0].name(), ratio);
      soft.assertThat(ratio).as("%s vs %s", pair[1].name(), pair[0].name()).isLessThanOrEqualTo(SHAPE_RATIO);
    }
    soft.assertAll();
  }
}
