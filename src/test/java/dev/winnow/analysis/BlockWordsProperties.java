package dev.winnow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The words the text features' pass records are the words {@link BlockWords#scan} finds. */
class BlockWordsProperties {

  @Property
  void textFeaturesPassFindsTheSameWords(@ForAll("mixedText") String text) {
    LineScan scan = new LineScan(Stopwords.get());
    scan.run(text, new int[Stopwords.LANGUAGES.size()], 0);
    assertThat(scan.tokens()).containsExactly(BlockWords.scan(text));
  }

  @Property
  void anyStringGivesTheSameWords(@ForAll String text) {
    LineScan scan = new LineScan(Stopwords.get());
    scan.run(text, new int[Stopwords.LANGUAGES.size()], 0);
    assertThat(scan.tokens()).containsExactly(BlockWords.scan(text));
  }

  /** Letters of several scripts and cases, combining accents, apostrophes, digits and marks. */
  @Provide
  Arbitrary<String> mixedText() {
    return Arbitraries.strings()
        .withChars("abcxyzABCXYZ éÉñÑßøœÆİı'’-_.,!?0123456789 \u0301\u0308\u0327日本語のテキスト한국어Ωωдж\u00a0")
        .ofMaxLength(60);
  }
}
