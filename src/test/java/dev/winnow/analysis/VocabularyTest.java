package dev.winnow.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {
  private static final Vocabulary ADS = Vocabulary.builtIn("ad-labels");

  @ParameterizedTest
  @ValueSource(strings = {"Advertisement", "ADVERTISEMENT", "advertisement", "[Advertisement]", "- ADVERTISEMENT -",
      "(Advertisement)", "» Advertisement «", "• Advertisement", "Advertisement:", "Advertisement…", "Advertisement...",
      "  Advertisement\t", "| Advertisement |", "❯ Advertisement", "* Advertisement", "“Advertisement”"})
  void matchesWholeBlockWhateverTheCaseAndDecoration(String text) {
    assertThat(ADS.find(text)).get().extracting(Vocabulary.Match::phrase).isEqualTo("Advertisement");
  }

  @ParameterizedTest
  @ValueSource(strings = {"an advertisement campaign", "The advertisement ran twice.", "Advertisement revenue fell",
      "ad hoc", "Publicidad engañosa", "Advertisements are everywhere now."})
  void neverMatchesAPhraseInsideLongerText(String text) {
    assertThat(ADS.matches(text)).isFalse();
  }

  @Test
  void foldsAccentsBothWays() {
    assertThat(ADS.find("Publicite")).get().extracting(Vocabulary.Match::describe).isEqualTo("'Publicité' (fr)");
    assertThat(ADS.find("PUBLICITÉ")).isPresent();
    assertThat(ADS.find("Pubblicita")).isPresent();
    // Decomposed input: "e" followed by a combining acute accent.
    assertThat(ADS.find("Publicite\u0301")).isPresent();
    assertThat(Vocabulary.of("Schließen").matches("SCHLIESSEN")).isTrue();
  }

  @Test
  void foldsWhiteSpaceAndDashes() {
    Vocabulary v = Vocabulary.builtIn("ad-labels");
    assertThat(v.matches("Advertisement \u2014 Scroll   to continue")).isTrue();
    assertThat(v.matches("Story\u00a0continues below advertisement")).isTrue();
  }

  @Test
  void reportsPhraseAndLanguageForTheReason() {
    assertThat(ADS.find("publicidad").orElseThrow().describe()).isEqualTo("'Publicidad' (es)");
    assertThat(ADS.find("WERBUNG").orElseThrow().language()).isEqualTo("de");
  }

  @Test
  void recordsEveryLanguageThatHasThePhrase() {
    assertThat(ADS.find("Patrocinado").orElseThrow().language()).isEqualTo("es, pt");
  }

  @Test
  void builtInCoversTheSixLanguages() {
    for (String family : List.of("ad-labels", "read-more", "continuation", "carousel", "chrome", "list-headings")) {
      for (String lang : Vocabulary.BUILT_IN_LANGUAGES) {
        assertThat(Vocabulary.builtIn(family, List.of(lang)).size()).as(family + "/" + lang).isPositive();
      }
    }
  }

  @Test
  void readsLanguageNeutralWordsWhateverTheLanguages() {
    Vocabulary media = Vocabulary.builtIn("media-extensions", List.of("de"));
    assertThat(media.find("JPG").orElseThrow().describe()).isEqualTo("'jpg'");
    assertThat(Vocabulary.builtIn("media-extensions", List.of()).matches("webp")).isTrue();
  }

  @Test
  void builtInCanBeRestrictedToSomeLanguages() {
    Vocabulary es = Vocabulary.builtIn("ad-labels", List.of("es"));
    assertThat(es.matches("Publicidad")).isTrue();
    assertThat(es.matches("Werbung")).isFalse();
  }

  @Test
  void unknownFamilyIsRejectedWithTheResourcePath() {
    assertThatThrownBy(() -> Vocabulary.builtIn("no-such-family"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-family");
    assertThatThrownBy(() -> Vocabulary.builtIn("../vocab")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plusAddsPhrasesWithoutChangingTheOriginal() {
    Vocabulary more = ADS.plus("Reklama", "Reklamy");
    assertThat(more.matches("- REKLAMA -")).isTrue();
    assertThat(more.find("Reklama").orElseThrow().describe()).isEqualTo("'Reklama'");
    assertThat(ADS.matches("Reklama")).isFalse();
    assertThat(more.size()).isEqualTo(ADS.size() + 2);
  }

  @Test
  void plusVocabularyKeepsThisSpellingAndBothLanguages(@TempDir Path dir) throws IOException {
    Path pl = dir.resolve("pl.txt");
    Files.writeString(pl, "Reklama\nPUBLICIDAD\n", StandardCharsets.UTF_8);
    Vocabulary merged = ADS.plus(Vocabulary.load(pl));
    assertThat(merged.find("reklama").orElseThrow().describe()).isEqualTo("'Reklama' (pl)");
    assertThat(merged.find("publicidad").orElseThrow().describe()).isEqualTo("'Publicidad' (es, pl)");
  }

  @Test
  void loadSkipsCommentsAndBlankLines() throws IOException {
    Vocabulary v = Vocabulary.load(new StringReader("# a comment\n\n  Sponsor zone  \n#another\nPromo\n"));
    assertThat(v.phrases()).containsExactly("Sponsor zone", "Promo");
    assertThat(v.matches("sponsor   ZONE")).isTrue();
  }

  @Test
  void rejectsPhrasesThatAreOnlyDecoration() {
    assertThatThrownBy(() -> Vocabulary.of("»")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("»");
    assertThatThrownBy(() -> Vocabulary.load(new StringReader("ok\n---\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reader:2");
  }

  @Test
  void emptyVocabularyMatchesNothing() {
    assertThat(Vocabulary.empty().matches("Advertisement")).isFalse();
    assertThat(Vocabulary.of(List.of()).size()).isZero();
    assertThat(Vocabulary.empty().plus(ADS).matches("Advertisement")).isTrue();
  }
}
