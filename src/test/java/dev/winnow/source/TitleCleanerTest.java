package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCleanerTest {

  @Test
  void knownSiteNameGoesWherever() {
    assertThat(TitleCleaner.clean("Cat found | Express-News", "Express-News")).isEqualTo("Cat found");
    assertThat(TitleCleaner.clean("WSJ \u2013 Markets rally", "WSJ")).isEqualTo("Markets rally");
  }

  @Test
  void unknownLastPartGoesOnlyAfterALongEnoughHeadline() {
    assertThat(TitleCleaner.clean("Storm closes schools across the region - Daily News", null))
        .isEqualTo("Storm closes schools across the region");
    assertThat(TitleCleaner.clean("Red - Blue", null)).isEqualTo("Red - Blue");
  }

  @Test
  void titlesWithoutSeparatorsStay() {
    assertThat(TitleCleaner.clean("  A plain headline  ", "Site")).isEqualTo("A plain headline");
  }
}
