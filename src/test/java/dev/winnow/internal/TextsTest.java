package dev.winnow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void isSpaceAgreesWithItsDefinitionOnEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean defined = c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF'
          || Character.isWhitespace(c) || Character.isSpaceChar(c);
      assertThat(Texts.isSpace(c)).as("U+%04X", i).isEqualTo(defined);
    }
  }

  @Test
  void foldTrimsAndFoldsEveryKindOfSpace() {
    assertThat(Texts.fold("\u00A0 a\t\u2003b \u3000 c\uFEFF")).isEqualTo("a b c");
    assertThat(Texts.fold("plain text")).isEqualTo("plain text");
    assertThat(Texts.fold(" \t ")).isEmpty();
    assertThat(Texts.fold("xx  yy  zz", 2, 10)).isEqualTo("yy zz");
  }

  @Test
  void indexOrEndGivesTheLengthWhenTheCharIsNotThere() {
    assertThat(Texts.indexOrEnd("a\nb\n", '\n', 0)).isEqualTo(1);
    assertThat(Texts.indexOrEnd("a\nb\n", '\n', 2)).isEqualTo(3);
    assertThat(Texts.indexOrEnd("a\nb", '\n', 2)).isEqualTo(3);
    assertThat(Texts.indexOrEnd("", 'x', 0)).isZero();
  }
}
