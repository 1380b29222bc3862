package dev.winnow.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.analysis.Vocabulary;
import dev.winnow.block.Page;
import dev.winnow.filter.noise.AdLabelFilter;
import dev.winnow.filter.noise.BannerTokenFilter;
import dev.winnow.filter.noise.IdentifierLineFilter;
import dev.winnow.filter.noise.PageChromeFilter;
import dev.winnow.filter.noise.ReadMoreStubFilter;
import dev.winnow.filter.noise.RepeatedBlockFilter;
import dev.winnow.filter.noise.TeaserListFilter;
import dev.winnow.robust.Linearity;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The filters' own scans, on the near misses that would make a careless one quadratic, timed as
 * {@link Linearity} says: the ratio of the time at 8 n to the time at n, never a wall-clock limit.
 * Whole pipelines on adversarial pages are {@link dev.winnow.robust.LinearityTest}'s.
 */
class FilterLinearityTest {
  private static final int MIN_N = 25_000;
  private static final int MAX_N = 1 << 20;

  @Test
  void bannerSizeScanOnNearMisses() {
    assertLinear("BannerTokenFilter.findSize 99x99x...", n -> {
      String s = repeat("99x", n) + "7";
      return () -> assertThat(BannerTokenFilter.findSize(s)).isEqualTo(-1);
    });
    assertLinear("BannerTokenFilter.findSize long digit runs", n -> {
      String s = repeat("1234567", n) + "x" + "9".repeat(n / 2);
      return () -> assertThat(BannerTokenFilter.findSize(s)).isEqualTo(-1);
    });
    assertLinear("BannerTokenFilter.isBannerToken 99x99x...", n -> {
      String s = repeat("99x", n) + "7";
      return thousandTimes(() -> assertThat(BannerTokenFilter.isBannerToken(s)).isFalse());
    });
  }

  @Test
  void identifierEvidenceOnLongTokens() {
    assertLinear("IdentifierLineFilter.evidence a_a_a_...", n -> {
      String s = repeat("a_", n);
      return thousandTimes(() -> assertThat(IdentifierLineFilter.evidence(s)).isNull());
    });
    assertLinear("IdentifierLineFilter.evidence a-1a-1...", n -> {
      String s = repeat("a-1", n);
      return thousandTimes(() -> assertThat(IdentifierLineFilter.evidence(s)).isNull());
    });
  }

  /** A phrase list reads no more of a text than its longest phrase: cost does not grow with the text. */
  @Test
  void vocabularyLookUpIsFlatInTheTextLength() {
    Vocabulary ads = Vocabulary.builtIn("ad-labels");
    double ratio = Linearity.ratio("Vocabulary.matches xxx...", MIN_N, MAX_N, Linearity.FLAT_RATIO, n -> {
      String s = "x".repeat(n);
      return thousandTimes(() -> assertThat(ads.matches(s)).isFalse());
    });
    assertThat(ratio).as("time(8 n) / time(n) for a look-up in a text of n chars")
        .isLessThanOrEqualTo(Linearity.FLAT_RATIO);
  }

  @Test
  void repeatedBlocksOnAPageOfRecurringLines() {
    RepeatedBlockFilter filter = new RepeatedBlockFilter();
    assertLinear("RepeatedBlockFilter recurring pairs", n -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; sb.length() < n; i++) {
        sb.append("Line ").append(i % 50).append('\n').append("Other ").append(i % 7).append("\n\n");
      }
      String text = sb.toString();
      return () -> Pages.run(filter, text);
    });
  }

  @Test
  void teaserListsOnRunsOfManyHeads() {
    List<Filter> chain = List.of(new ReadMoreStubFilter(), new AdLabelFilter(), new PageChromeFilter(),
        new TeaserListFilter());
    assertLinear("TeaserListFilter runs of heads", n -> {
      String text = repeat("Sponsored\nby Taboola\nMost Read\nTwo words\n", n) + "A sentence that ends.";
      return () -> {
        Page page = Pages.text(text);
        chain.forEach(f -> f.apply(page));
      };
    });
  }

  /** Work that gives up early on a long text, run often enough to take a time that can be measured. */
  private static Runnable thousandTimes(Runnable once) {
    return () -> {
      for (int i = 0; i < 1000; i++) {
        once.run();
      }
    };
  }

  /** The unit repeated until the result is at least n chars. */
  private static String repeat(String unit, int n) {
    return unit.repeat(Math.max(1, (n + unit.length() - 1) / unit.length()));
  }

  private static void assertLinear(String name, IntFunction<Runnable> work) {
    double ratio = Linearity.ratio(name, MIN_N, MAX_N, Linearity.MAX_RATIO, work);
    assertThat(ratio).as("time(%d n) / time(n) for %s", Linearity.FACTOR, name).isLessThanOrEqualTo(Linearity.MAX_RATIO);
  }
}
