package dev.winnow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/** Invariants of normalization and whole-block matching. */
class KeysProperties {
  private static final Vocabulary ADS = Vocabulary.builtIn("ad-labels");
  private static final List<String> PHRASES = new ArrayList<>(ADS.phrases());

  @Property
  void keyIsIdempotent(@ForAll String text) {
    String once = Keys.key(text);
    assertThat(Keys.key(once)).isEqualTo(once);
  }

  @Property
  void keyNeverGrowsPastItsLimit(@ForAll String text, @ForAll("limits") int limit) {
    String key = Keys.key(text, limit);
    if (key != null) {
      assertThat(key.length()).isLessThanOrEqualTo(limit);
      assertThat(key).isEqualTo(Keys.key(text));
    }
  }

  @Property
  void aLimitAnswersAsTheWholeKeyDoes(@ForAll String text, @ForAll("limits") int limit) {
    String whole = Keys.key(text);
    assertThat(Keys.key(text, limit)).isEqualTo(whole.length() <= limit ? whole : null);
  }

  @Property
  void decorationAroundAPhraseNeverMatters(@ForAll("phrases") String phrase, @ForAll("decoration") String before,
      @ForAll("decoration") String after) {
    assertThat(ADS.matches(before + phrase + after)).isTrue();
  }

  @Property
  void aPhraseInsideASentenceNeverMatches(@ForAll("phrases") String phrase,
      @ForAll @AlphaChars @StringLength(min = 3, max = 12) String left,
      @ForAll @AlphaChars @StringLength(min = 3, max = 12) String right) {
    assertThat(ADS.matches(left + " " + phrase + " " + right)).isFalse();
  }

  @Property
  void aScratchBufferSharedByManyKeysChangesNone(@ForAll List<@From("phrases") String> texts) {
    Keys.Scratch scratch = new Keys.Scratch();
    for (String t : texts) {
      // Each text twice, the second time with "ß" runs that fold to twice their length.
      for (String text : List.of(t, t + "\u00df".repeat(t.length()))) {
        assertThat(Keys.key(text, Integer.MAX_VALUE, scratch)).isEqualTo(Keys.key(text));
        assertThat(Keys.key(text, 5, scratch)).isEqualTo(Keys.key(text, 5));
      }
    }
  }

  @Provide
  Arbitrary<String> phrases() {
    return Arbitraries.of(PHRASES);
  }

  @Provide
  Arbitrary<String> decoration() {
    return Arbitraries.strings().withChars(" »«›‹❯❮>|:·•-—–…[]()*").ofMaxLength(6);
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.integers().between(0, 40);
  }
}
