package dev.winnow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void lettersAndDigitsKeepsOnlyThoseLowerCased() {
    assertThat(Texts.lettersAndDigits("U.S. News & World Report, 2024")).isEqualTo("usnewsworldreport2024");
    assertThat(Texts.lettersAndDigits("Émile Zola")).isEqualTo("émilezola");
    assertThat(Texts.lettersAndDigits("-- · --")).isEmpty();
    assertThat(Texts.lettersAndDigits("Le Monde diplomatique", 9)).isEqualTo("lemonde");
    assertThat(Texts.lettersAndDigits("ab", 10)).isEqualTo("ab");
  }

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

  @Property
  void foldingInAnArrayIsFoldingByDefinition(@ForAll("lines") String line) {
    String page = "x\n" + line + "\ny";
    assertThat(Texts.fold(page.toCharArray(), 2, 2 + line.length())).isEqualTo(reference(line));
    assertThat(Texts.fold(new StringBuilder(page), 2, 2 + line.length())).isEqualTo(reference(line));
  }

  @Property
  void anyStringFoldsByDefinition(@ForAll String line) {
    assertThat(Texts.fold(line.toCharArray(), 0, line.length())).isEqualTo(reference(line));
    assertThat(Texts.fold(line)).isEqualTo(reference(line));
  }

  /** Folding by its definition: the runs of non-space chars, joined by single spaces. */
  private static String reference(String line) {
    StringBuilder out = new StringBuilder();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || Texts.isSpace(line.charAt(i))) {
        if (word.length() > 0) {
          out.append(out.length() > 0 ? " " : "").append(word);
          word.setLength(0);
        }
      } else {
        word.append(line.charAt(i));
      }
    }
    return out.toString();
  }

  /** Letters, digits, marks and every kind of white space Texts knows, in runs. */
  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.strings()
        .withChars("abcXYZ019\u00e9\u00f1\u65e5\u672c\ud55c\u03a9\u0434.,-|\u00bb\u00ab*\u2022  \t\u000b\f\u001c\u001f"
            + "\u00a0\u1680\u2003\u2028\u202f\u3000\ufeff\u0301")
        .ofMaxLength(40);
  }
}
