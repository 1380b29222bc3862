package dev.winnow.filter.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentScorerTest {

  @Test
  void countsCommasOfEveryScript() {
    assertThat(ContentScorer.commas("")).isZero();
    assertThat(ContentScorer.commas("no commas here.")).isZero();
    assertThat(ContentScorer.commas("one, two, three,")).isEqualTo(3);
    assertThat(ContentScorer.commas("مرحبا، عالم، ")).isEqualTo(2);
    assertThat(ContentScorer.commas("你好，世界，再见, ok")).isEqualTo(3);
    assertThat(ContentScorer.commas("\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32")).isEqualTo(6);
  }
}
