package dev.winnow.robust;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * How the tests judge speed: not by a wall-clock limit, which a loaded CI machine breaks, but by
 * how cost grows. {@link #ratio} times a piece of work at a size n and at {@value #FACTOR} times
 * n and returns the ratio (linear is 8, quadratic 64). A slow or busy machine slows both sizes
 * alike, and time is the thread's CPU time where the JVM can tell it ({@link CpuClock}). The
 * smaller size is found by doubling until one run takes {@code winnow.linearity.millis} (default
 * 10 ms), so that it is measurable and a quadratic term shows; each size is timed as the best of
 * interleaved runs after warm-up, since other load only ever adds time. A ratio over its bound is
 * measured again, up to {@value #ATTEMPTS} times in all, and the best kept.
 *
 * <p>Used by {@link LinearityTest} for whole pipelines and by the filter tests for a filter's own
 * scans. Stateless.
 */
public final class Linearity {
  private Linearity() {}

  /** The bigger size over the smaller one. */
  public static final int FACTOR = 8;
  /** The most {@link #ratio} may be for work that should grow linearly: well short of quadratic's 64. */
  public static final double MAX_RATIO = 20;
  /**
   * The most it may be for work that should not grow with the input at all (a look-up that reads
   * no more than its longest key): well short of linear's 8.
   */
  public static final double FLAT_RATIO = 4;
  static final long MIN_NANOS = Long.getLong("winnow.linearity.millis", 10) * 1_000_000;
  static final int RUNS = 3;
  static final int ATTEMPTS = 3;

  /**
   * The best of up to {@value #ATTEMPTS} measured ratios, stopping at the first within
   * {@code bound}.
   *
   * @param work the work at a size: called once per size, its result run many times
   * @param minN the smallest size worth timing
   * @param maxN the largest smaller size timed (the bigger one is {@value #FACTOR} times it)
   */
  public static double ratio(String name, int minN, int maxN, double bound, IntFunction<Runnable> work) {
    double ratio = measure(name, minN, maxN, work);
    for (int attempt = 1; attempt < ATTEMPTS && ratio > bound; attempt++) {
      ratio = Math.min(ratio, measure(name, minN, maxN, work));
    }
    return ratio;
  }

  private static double measure(String name, int minN, int maxN, IntFunction<Runnable> work) {
    int n = minN;
    Runnable small = work.apply(n);
    while (n * 2 <= maxN && warmTime(small) < MIN_NANOS) {
      n *= 2;
      small = work.apply(n);
    }
    while (true) {
      Runnable big = work.apply(n * FACTOR);
      big.run();
      small.run();
      long[] s = new long[RUNS];
      long[] b = new long[RUNS];
      for (int i = 0; i < RUNS; i++) {
        s[i] = time(small);
        b[i] = time(big);
      }
      // Load on the machine during the search can stop it early, at a size too small to time well.
      if (best(s) < MIN_NANOS / 2 && n * 2 <= maxN) {
        n *= 2;
        small = work.apply(n);
        continue;
      }
      double ratio = (double) best(b) / Math.max(1, best(s));
      System.out.printf(Locale.ROOT, "linearity %-40s n %8d  small %8.2f ms  big %8.2f ms  ratio %5.1f%s%n",
          name, n, best(s) / 1e6, best(b) / 1e6, ratio, CpuClock.measuresCpu() ? " (cpu)" : " (wall)");
      return ratio;
    }
  }

  /** The best of two timed runs after two untimed ones: the cost once the JIT has seen the shape. */
  public static long warmTime(Runnable work) {
    work.run();
    work.run();
    return Math.min(time(work), time(work));
  }

  private static long time(Runnable work) {
    long t0 = CpuClock.nanos();
    work.run();
    return CpuClock.nanos() - t0;
  }

  private static long best(long[] xs) {
    return Arrays.stream(xs).min().orElseThrow();
  }
}
