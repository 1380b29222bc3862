package dev.winnow.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordIndexTest {
  private final WordIndex index = new WordIndex(Set.of("cookies", "privee", "datenschutz", "a"));

  @ParameterizedTest
  @ValueSource(strings = {"We use cookies.", "COOKIES", "Cookies!", "(cookies)", "votre vie privée", "VIE PRIVÉE",
      "vie prive\u0301e", "Datenschutz-Einstellungen", "a", "Plan A"})
  void findsWholeWordsWhateverTheCaseAndAccents(String text) {
    assertThat(index.anyIn(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cookie", "cookiesx", "people and police", "privately", "Datenschutzerklärung", "", "42",
      "an apple"})
  void missesOtherWords(String text) {
    assertThat(index.anyIn(text)).isFalse();
  }

  @Test
  void firstInLooksAtTheFirstWordOnly() {
    assertThat(index.firstIn("Cookies: we use them")).isTrue();
    assertThat(index.firstIn("  « Cookies »")).isTrue();
    assertThat(index.firstIn("We use cookies")).isFalse();
  }

  @Test
  void takesOnlySingleWords() {
    assertThatThrownBy(() -> new WordIndex(List.of("two words"))).isInstanceOf(IllegalArgumentException.class);
  }
}
