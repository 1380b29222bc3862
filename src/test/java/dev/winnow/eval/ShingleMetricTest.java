package dev.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
  @Test
  void tokensAreLetterDigitUnderscoreRuns() {
    assertThat(ShingleMetric.tokens("Don't stop_me now, 2019-11-19!")).containsExactly("Don", "t", "stop_me", "now", "2019", "11", "19");
    // A combining mark splits a token; a precomposed letter does not.
    assertThat(ShingleMetric.tokens("cafe\u0301 café")).containsExactly("cafe", "café");
    assertThat(ShingleMetric.tokens("日本語のテキスト")).containsExactly("日本語のテキスト");
  }

  @Test
  void identicalTextsScorePerfectly() {
    PageScore s = ShingleMetric.score("one two three four five", "one two three four five");
    assertThat(s.precision()).isEqualTo(1);
    assertThat(s.recall()).isEqualTo(1);
    assertThat(s.exact()).isTrue();
  }

  @Test
  void shortTextsAreOneShingle() {
    assertThat(ShingleMetric.shingles(List.of("a", "b"))).containsEntry(List.of("a", "b"), 1).hasSize(1);
    assertThat(ShingleMetric.shingles(List.of())).isEmpty();
  }

  @Test
  void extraAndMissingText() {
    // expected: 5 tokens -> 2 shingles; extracted adds one token -> 3 shingles, 2 shared.
    PageScore s = ShingleMetric.score("a b c d e", "a b c d e f");
    assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.recall()).isEqualTo(1);
    assertThat(s.exact()).isFalse();
  }

  @Test
  void emptyExtractionCountsOnlyTowardRecall() {
    PageScore s = ShingleMetric.score("a b c d", "");
    assertThat(s.extractedSomething()).isFalse();
    assertThat(s.recall()).isZero();
    Summary sum = Summary.of(List.of(s, ShingleMetric.score("a b c d", "a b c d")));
    assertThat(sum.precision()).isEqualTo(1);
    assertThat(sum.recall()).isEqualTo(0.5);
    assertThat(sum.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    assertThat(sum.accuracy()).isEqualTo(0.5);
  }
}
