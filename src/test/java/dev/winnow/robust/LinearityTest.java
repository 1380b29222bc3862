package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Input;
import dev.winnow.Limits;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cost grows linearly with input size on adversarial shapes: the time for an input 8 times larger
 * must stay within {@value #MAX_RATIO} times the time for the smaller one (linear is 8, quadratic
 * 64). Not a wall-clock limit: a slow or busy machine slows both sizes alike, and time is the
 * thread's CPU time where the JVM can tell it, to which other processes and the garbage
 * collector's threads add nothing. The smaller size is found per case by doubling until one run
 * takes {@code winnow.linearity.millis} (default 10 ms), so that it is measurable and a quadratic
 * term shows. Each size is timed as the best of
 * interleaved runs after warm-up: other load on the machine only ever adds time, so the best run
 * is the closest to the real cost. A case over the bound is measured twice more before it fails.
 *
 * <p>To look harder: {@code mvn test -Dtest=LinearityTest -Dwinnow.linearity.millis=50}.
 */
class LinearityTest {
  static final int FACTOR = 8;
  static final double MAX_RATIO = 20;
  static final long MIN_NANOS = Long.getLong("winnow.linearity.millis", 10) * 1_000_000;
  static final int RUNS = 3;
  /** A case over the bound is measured again, up to this many times in all, before it fails. */
  static final int ATTEMPTS = 3;
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
    double ratio = ratio(c);
    for (int attempt = 1; attempt < ATTEMPTS && ratio > MAX_RATIO; attempt++) {
      ratio = Math.min(ratio, ratio(c));
    }
    assertThat(ratio).as("time(%d n) / time(n) for %s", FACTOR, c.name()).isLessThanOrEqualTo(MAX_RATIO);
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
      double ratio = (double) warmTime(shaped) / Math.max(1, warmTime(flat));
      System.out.printf(Locale.ROOT, "shape %-30s / %-30s ratio %5.1f%n", pair[1].name(), pair[0].name(), ratio);
      soft.assertThat(ratio).as("%s vs %s", pair[1].name(), pair[0].name()).isLessThanOrEqualTo(SHAPE_RATIO);
    }
    soft.assertAll();
  }

  /** The best time of the big input over the best time of the small one. */
  static double ratio(Adversarial.Case c) {
    int n = c.minN();
    Input small = c.make().apply(n);
    while (n * 2 <= c.maxN() && warmTime(small) < MIN_NANOS) {
      n *= 2;
      small = c.make().apply(n);
    }
    while (true) {
      Input big = c.make().apply(n * FACTOR);
      run(big);
      run(small);
      long[] s = new long[RUNS];
      long[] b = new long[RUNS];
      for (int i = 0; i < RUNS; i++) {
        s[i] = time(small);
        b[i] = time(big);
      }
      // Load on the machine during the search can stop it early, at a size too small to time well.
      if (best(s) < MIN_NANOS / 2 && n * 2 <= c.maxN()) {
        n *= 2;
        small = c.make().apply(n);
        continue;
      }
      double ratio = (double) best(b) / Math.max(1, best(s));
      System.out.printf(Locale.ROOT, "linearity %-40s n %8d  small %8.2f ms  big %8.2f ms  ratio %5.1f%s%n",
          c.name(), n, best(s) / 1e6, best(b) / 1e6, ratio, CpuClock.measuresCpu() ? " (cpu)" : " (wall)");
      return ratio;
    }
  }

  /** The best of two timed runs after two untimed ones: the cost once the JIT has seen the shape. */
  private static long warmTime(Input input) {
    run(input);
    run(input);
    return Math.min(time(input), time(input));
  }

  private static long time(Input input) {
    long t0 = CpuClock.nanos();
    run(input);
    return CpuClock.nanos() - t0;
  }

  private static Result run(Input input) {
    return NEWS.process(input);
  }

  private static long best(long[] xs) {
    return Arrays.stream(xs).min().orElseThrow();
  }
}
