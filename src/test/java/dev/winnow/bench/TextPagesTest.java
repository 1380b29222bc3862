package dev.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextPagesTest {

  @Test
  void onePageIsTheSeed() {
    assertThat(TextPages.page(1)).isEqualTo(TextPages.seed());
    assertThat(TextPages.seed().length()).isBetween(8_000, 12_000);
  }

  @Test
  void copiesGrowThePageLinearlyAndDeterministically() {
    int seed = TextPages.page(1).length();
    String ten = TextPages.page(10);
    assertThat((double) ten.length() / seed).isBetween(9.8, 10.2);
    assertThat(TextPages.page(10)).isEqualTo(ten);
  }

  @Test
  void thePageIsItsCopiesJoinedByBlankLines() {
    List<String> copies = TextPages.copies(10);
    assertThat(copies).hasSize(10);
    assertThat(copies.get(0)).isEqualTo(TextPages.seed());
    assertThat(String.join("\n\n", copies)).isEqualTo(TextPages.page(10));
  }

  @Test
  void proseIsVariedInEveryCopyButChromeRepeats() {
    List<String> lines = Arrays.asList(TextPages.page(10).split("\n"));
    List<String> prose = lines.stream().filter(l -> l.split("\\s+").length >= 20).toList();
    Set<String> distinct = new HashSet<>(prose);
    assertThat(distinct.size()).isGreaterThan(prose.size() * 9 / 10);
    assertThat(lines.stream().filter("Advertisement"::equals).count()).isEqualTo(10 * count("Advertisement"));
  }

  private static long count(String line) {
    return Arrays.stream(TextPages.seed().split("\n")).filter(line::equals).count();
  }
}
