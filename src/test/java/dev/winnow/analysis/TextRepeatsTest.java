package dev.winnow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextRepeatsTest {

  @Test
  void countsEachTextOverThePage() {
    assertThat(TextRepeats.counts(blocks("Home", "A paragraph.", "Home", "Sports", "Home", "Sports")))
        .containsExactly(3, 1, 3, 2, 3, 2);
  }

  @Test
  void noBlocksNoCounts() {
    assertThat(TextRepeats.counts(List.of())).isEmpty();
  }

  @Test
  void textsThatDifferOnlyBetweenSamplesAreTold() {
    String base = "x".repeat(200);
    String other = base.substring(0, 101) + "y" + base.substring(102);
    assertThat(TextRepeats.sample(base)).isEqualTo(TextRepeats.sample(other));
    assertThat(TextRepeats.counts(blocks(base, other, base))).containsExactly(2, 1, 2);
  }

  @Test
  void textsBuiltToShareOneSampleAreStillCountedExactly() {
    List<String> texts = new ArrayList<>();
    String base = "x".repeat(400);
    for (int i = 0; i < 300; i++) {
      // Each differs from the others only at chars no sample reads.
      char[] c = base.toCharArray();
      c[1] = (char) ('a' + i % 26);
      c[2] = (char) ('a' + i / 26);
      texts.add(new String(c));
    }
    texts.add(texts.get(7));
    List<Block> blocks = blocks(texts.toArray(String[]::new));
    int[] counts = TextRepeats.counts(blocks);
    assertThat(counts).containsExactly(TextRepeats.countsByHash(blocks));
    assertThat(counts[7]).isEqualTo(2);
    assertThat(counts[8]).isEqualTo(1);
  }

  @Property
  void countsAreWhatAMapOfTextsCounts(@ForAll @Size(max = 40) List<@StringLength(max = 6) String> texts) {
    Map<String, Integer> expected = new HashMap<>();
    texts.forEach(t -> expected.merge(t, 1, Integer::sum));
    int[] counts = TextRepeats.counts(blocks(texts.toArray(String[]::new)));
    for (int i = 0; i < texts.size(); i++) {
      assertThat(counts[i]).isEqualTo(expected.get(texts.get(i)));
    }
  }

  private static List<Block> blocks(String... texts) {
    List<Block> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new Block(out.size(), t, 0, 0));
    }
    return out;
  }
}
