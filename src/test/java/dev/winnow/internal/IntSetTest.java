package dev.winnow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntSetTest {

  @Test
  void anEmptySetHoldsNothing() {
    IntSet set = new IntSet();
    assertThat(set.isEmpty()).isTrue();
    assertThat(set.contains(0)).isFalse();
    assertThat(set.contains(-1)).isFalse();
  }

  @Test
  void everyIntCanBeHeldOnce() {
    IntSet set = new IntSet();
    for (int v : new int[] {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertThat(set.add(v)).isTrue();
      assertThat(set.add(v)).isFalse();
      assertThat(set.contains(v)).isTrue();
    }
    assertThat(set.size()).isEqualTo(5);
    assertThat(set.contains(2)).isFalse();
    assertThat(set.contains(Integer.MIN_VALUE + 1)).isFalse();
  }

  @Test
  void itAgreesWithAHashSetThroughGrowth() {
    Random random = new Random(7);
    IntSet set = new IntSet();
    Set<Integer> expected = new HashSet<>();
    for (int k = 0; k < 5000; k++) {
      int v = k % 3 == 0 ? random.nextInt() : random.nextInt(2000) - 1000;
      assertThat(set.add(v)).isEqualTo(expected.add(v));
    }
    assertThat(set.size()).isEqualTo(expected.size());
    for (int v = -1200; v < 1200; v++) {
      assertThat(set.contains(v)).isEqualTo(expected.contains(v));
    }
  }
}
