package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void formatsTheSameInEveryLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      Stats stats = new Stats();
      stats.add(1_500_000, 250_000_000L);
      stats.add(500_000, 250_000_000L);
      assertThat(stats.line()).isEqualTo("docs=2 bytes=2000000 millis=500.00 docs_per_s=4.0 mb_per_s=4.00");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void nothingProcessedIsAllZeros() {
    assertThat(new Stats().line()).isEqualTo("docs=0 bytes=0 millis=0.00 docs_per_s=0.0 mb_per_s=0.00");
  }
}
