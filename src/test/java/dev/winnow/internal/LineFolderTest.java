package dev.winnow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Block;
import dev.winnow.block.Markup;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Folding a line and counting its words in one pass gives what folding and then counting give. */
class LineFolderTest {

  @Test
  void foldsAndCounts() {
    LineFolder folder = new LineFolder();
    assertThat(fold(folder, "  Banco \t Norte\u00a0 -- 728x90  ")).isEqualTo("Banco Norte -- 728x90");
    assertThat(folder.words()).isEqualTo(3);
    assertThat(fold(folder, " \u2003 ")).isEmpty();
    assertThat(folder.words()).isZero();
    assertThat(fold(folder, "« Précédent | Suivant »")).isEqualTo("« Précédent | Suivant »");
    assertThat(folder.words()).isEqualTo(2);
  }

  @Property
  void sameAsFoldThenCount(@ForAll("lines") String line) {
    LineFolder folder = new LineFolder();
    String folded = fold(folder, line);
    assertThat(folded).isEqualTo(reference(line));
    assertThat(folder.words()).isEqualTo(new Block(0, folded, 0, 0).wordCount());
  }

  @Property
  void anyStringAlike(@ForAll String line) {
    LineFolder folder = new LineFolder();
    String folded = fold(folder, line);
    assertThat(folded).isEqualTo(reference(line));
    assertThat(folder.words()).isEqualTo(new Block(0, folded, 0, 0).wordCount());
  }

  @Test
  void countedBlocksKeepTheCount() {
    Block b = CountedBlocks.make(3, "two words", 1, 7, Markup.NONE, 2);
    assertThat(b.wordCount()).isEqualTo(2);
    assertThat(b.index()).isEqualTo(3);
    assertThat(b.line()).isEqualTo(7);
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

  private static String fold(LineFolder folder, String line) {
    return folder.fold(line.toCharArray(), 0, line.length());
  }

  /** Letters, digits, marks and every kind of white space Texts knows, in runs. */
  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.strings()
        .withChars("abcXYZ019éñ日本한Ωд.,-|»«*•  \t\u000b\f\u001c\u001f\u00a0\u1680\u2003\u2028\u202f\u3000\ufeff\u0301")
        .ofMaxLength(40);
  }
}
