package dev.winnow.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineScanTest {
  private static final int EN = Stopwords.LANGUAGES.indexOf("en");

  private static int englishStopwords(String text) {
    int[] hits = new int[Stopwords.LANGUAGES.size()];
    new LineScan(Stopwords.get()).run(text, hits, 0);
    return hits[EN];
  }

  @Test
  void countsStopwordsWhateverTheCaseAndTrailingApostrophes() {
    assertThat(englishStopwords("The cat and the hat")).isEqualTo(3);
    assertThat(englishStopwords("THE'' cat")).isEqualTo(1);
    assertThat(englishStopwords("don\u2019t go")).isEqualTo(1);
  }

  @Test
  void aLongWordWhoseTailIsAStopwordIsNoStopword() {
    // Nine chars: its packed form has lost its first char, "x", and kept "the" and the apostrophes.
    assertThat(englishStopwords("xthe'''''")).isZero();
  }

  @Test
  void looksUpWordsBeyondLatin1AndLongerThanEightChars() {
    int[] hits = new int[Stopwords.LANGUAGES.size()];
    new LineScan(Stopwords.get()).run("Это было не так", hits, 0);
    assertThat(hits[Stopwords.LANGUAGES.indexOf("ru")]).isGreaterThanOrEqualTo(2);
    assertThat(englishStopwords("Themselves ourselves")).isEqualTo(2);
  }
}
