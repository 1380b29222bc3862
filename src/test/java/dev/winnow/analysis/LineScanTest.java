package dev.winnow.analysis;

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
  void notesRowSeparatorsAndCopyrightSigns() {
    LineScan scan = new LineScan(Stopwords.get());
    for (char c : LineScan.ROW_SEPARATORS.toCharArray()) {
      assertThat(LineScan.isRowSeparator(c)).isTrue();
      scan.run("About " + c + " Careers", new int[Stopwords.LANGUAGES.size()], 0);
      assertThat(scan.rowSeparator).isTrue();
    }
    scan.run("About, Careers - Contact / Terms", new int[Stopwords.LANGUAGES.size()], 0);
    assertThat(scan.rowSeparator).isFalse();
    assertThat(scan.copyrightSign).isFalse();
    scan.run("\u00a9 2024 Metro Daily", new int[Stopwords.LANGUAGES.size()], 0);
    assertThat(scan.copyrightSign).isTrue();
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

  private static LineScan scan(String text) {
    LineScan scan = new LineScan(Stopwords.get());
    scan.run(text, new int[Stopwords.LANGUAGES.size()], 0);
    return scan;
  }

  @Test
  void aRuleIsTenOrMoreOfOneCharInARow() {
    assertThat(scan("-".repeat(10)).rule).isTrue();
    assertThat(scan("-".repeat(9)).rule).isFalse();
    assertThat(scan("Menu " + "=".repeat(40) + " News").rule).isTrue();
    // Two runs of one char with another between them are two runs, each too short.
    assertThat(scan("-----=-----").rule).isFalse();
    assertThat(scan("-----" + "\u2500".repeat(5)).rule).isFalse();
    assertThat(scan("\u2500".repeat(12)).rule).isTrue();
  }

  @Test
  void everyCharOfARunCountsAsASymbol() {
    LineScan s = scan("ab ***** cd -- e");
    assertThat(s.symbols).isEqualTo(7);
    assertThat(s.letters).isEqualTo(5);
    assertThat(s.inlineBullets).isZero();
    assertThat(s.words).isEqualTo(3);
    assertThat(scan("ab * cd").inlineBullets).isEqualTo(1);
    // The run ends a word: "ab" and "cd" are two tokens for the other filters.
    assertThat(scan("ab--cd").tokens()).hasSize(2 * BlockWords.STRIDE);
  }
}
