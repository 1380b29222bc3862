package dev.winnow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeeAlsoLinesTest {
  @Test
  void labelEnd() {
    assertThat(SeeAlsoLines.labelEnd("SEE ALSO: Anthony Lynn: we needed this")).isEqualTo(8);
    assertThat(SeeAlsoLines.labelEnd("Lea también – El Senado aprueba la ley")).isEqualTo(11);
    assertThat(SeeAlsoLines.labelEnd("Analysis: Why the Fed waits")).isEqualTo(-1); // a headline's kicker
    assertThat(SeeAlsoLines.labelEnd("Read more: Five")).isEqualTo(-1); // no title after it
    assertThat(SeeAlsoLines.labelEnd("Related-party deals under review")).isEqualTo(-1);
    assertThat(SeeAlsoLines.labelEnd("")).isEqualTo(-1);
  }
}
