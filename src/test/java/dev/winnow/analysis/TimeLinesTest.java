package dev.winnow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeLinesTest {

  @Test
  void timeAgoReadingTimeAndClockTimesInSixLanguages() {
    assertThat(TimeLines.looksLikeTime("4 hours ago")).isTrue();
    assertThat(TimeLines.looksLikeTime("hace 4 horas")).isTrue();
    assertThat(TimeLines.looksLikeTime("il y a 3 heures")).isTrue();
    assertThat(TimeLines.looksLikeTime("vor 2 Stunden")).isTrue();
    assertThat(TimeLines.looksLikeTime("2 ore fa")).isTrue();
    assertThat(TimeLines.looksLikeTime("17H ago")).isTrue();
    assertThat(TimeLines.looksLikeTime("Lectura: 4 min")).isTrue();
    assertThat(TimeLines.looksLikeTime("Lesezeit: 7 Min.")).isTrue();
    assertThat(TimeLines.looksLikeTime("5:53 PM")).isTrue();
  }

  @Test
  void sentencesAndScoresAreNoTimes() {
    assertThat(TimeLines.looksLikeTime("The meeting lasted 4 hours and ended without a vote")).isFalse();
    assertThat(TimeLines.looksLikeTime("Wild 4, Sabres 1")).isFalse();
    assertThat(TimeLines.looksLikeTime("Take C.A.R.E.")).isFalse();
  }
}
