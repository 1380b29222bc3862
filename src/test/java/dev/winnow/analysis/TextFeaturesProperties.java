package dev.winnow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Limits;
import dev.winnow.block.Page;
import dev.winnow.internal.Texts;
import dev.winnow.source.TextSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What the features' pass notes of a block's chars is what reading the text again would say: the
 * filters that ask the features instead of the text must decide as before.
 */
class TextFeaturesProperties {

  @Property
  void charFlagsAgreeWithTheText(@ForAll("mixedText") String text) {
    Page page = new TextSource().read("t", text, Limits.DEFAULT);
    TextFeatures f = TextFeatures.of(page);
    for (int i = 0; i < page.size(); i++) {
      String t = page.block(i).text();
      assertThat(f.hasDigit(i)).as(t).isEqualTo(Texts.hasDigit(t));
      assertThat(f.hasLetter(i)).as(t).isEqualTo(Texts.hasLetter(t));
      assertThat(f.hasLink(i)).as(t).isEqualTo(t.contains("://"));
      assertThat(f.hasCopyrightSign(i)).as(t).isEqualTo(t.indexOf('\u00a9') >= 0);
      boolean separator = false;
      for (char c : LineScan.ROW_SEPARATORS.toCharArray()) {
        separator |= t.indexOf(c) >= 0;
      }
      assertThat(f.hasRowSeparator(i)).as(t).isEqualTo(separator);
    }
  }

  /** Letters, digits of several scripts, the marked chars, slashes and colons, and line breaks. */
  @Provide
  Arbitrary<String> mixedText() {
    return Arbitraries.strings()
        .withChars("abcXYZ éÑß日本한Ω 0123 \u0661\u0662\u0966 :/://|\u00b7\u2022\u22c5\u00a9()-.\n\r\t\u00a0\u0301")
        .ofMaxLength(80);
  }
}
