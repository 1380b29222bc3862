package dev.winnow.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackedWordsTest {
  private final PackedWords words = new PackedWords(Map.of("the", 1, "de", 2, "für", 4, "don't", 8, "zwischen", 16));

  @Test
  void findsEveryWordThatPacksWithItsValue() {
    assertThat(words.get(PackedWords.pack("the"))).isEqualTo(1);
    assertThat(words.get(PackedWords.pack("de"))).isEqualTo(2);
    assertThat(words.get(PackedWords.pack("für"))).isEqualTo(4);
    assertThat(words.get(PackedWords.pack("don't"))).isEqualTo(8);
    assertThat(words.get(PackedWords.pack("zwischen"))).isEqualTo(16);
  }

  @Test
  void answersZeroForOtherWordsEvenWhenTheyShareChars() {
    for (String other : List.of("th", "thee", "he", "d", "dee", "fur", "fü", "dont", "don", "zwische", "wischen", "eht",
        "a", "x")) {
      assertThat(words.get(PackedWords.pack(other))).as(other).isZero();
    }
  }

  @Test
  void packsOnlyShortWordsOfLatin1Chars() {
    assertThat(PackedWords.packs("zwischen")).isTrue();
    assertThat(PackedWords.packs("zwischens")).isFalse();
    assertThat(PackedWords.packs("")).isFalse();
    assertThat(PackedWords.packs("это")).isFalse();
    assertThat(PackedWords.packs("ÿ")).isTrue();
    assertThat(new PackedWords(Map.of("это", 1)).get(PackedWords.pack("это"))).isZero();
  }

  @Test
  void packingKeepsTheLengthSoAPrefixIsAnotherWord() {
    assertThat(PackedWords.pack("a")).isNotEqualTo(PackedWords.pack("aa"));
    assertThat(PackedWords.pack("\u00ff")).isEqualTo(0xFFL);
  }

  @Test
  void refusesTheValueZero() {
    assertThatThrownBy(() -> new PackedWords(Map.of("the", 0))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyTableFindsNothing() {
    assertThat(new PackedWords(Map.of()).get(PackedWords.pack("the"))).isZero();
  }

  /** The stopwords' packed table and their char table agree on every listed word and on near misses of each. */
  @Test
  void agreesWithTheCharTableOnTheStopwordListsAndTheirNeighbours() throws IOException {
    Stopwords stopwords = Stopwords.get();
    List<String> probes = new ArrayList<>();
    for (String word : listedStopwords()) {
      probes.add(word);
      probes.add(word + "s");
      probes.add(word.substring(1));
      probes.add(word.substring(0, word.length() - 1));
      for (int i = 0; i < word.length(); i++) {
        probes.add(word.substring(0, i) + (char) (word.charAt(i) + 1) + word.substring(i + 1));
      }
    }
    int packed = 0;
    for (String probe : probes) {
      if (PackedWords.packs(probe)) {
        packed++;
        assertThat(stopwords.maskPacked(PackedWords.pack(probe))).as(probe).isEqualTo(stopwords.mask(probe));
      }
    }
    assertThat(packed).isGreaterThan(5000);
  }

  private static List<String> listedStopwords() throws IOException {
    Map<String, Boolean> words = new HashMap<>();
    for (String lang : Stopwords.LANGUAGES) {
      try (InputStream in = Stopwords.class.getResourceAsStream(Stopwords.RESOURCE_ROOT + lang + ".txt")) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String w = line.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
          if (w.length() > 1 && !w.startsWith("#")) {
            words.put(w, true);
          }
        }
      }
    }
    return new ArrayList<>(words.keySet());
  }
}
