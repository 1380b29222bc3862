package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TolerantJsonTest {

  @Test
  @SuppressWarnings("unchecked")
  void readsPlainJson() {
    List<Object> v = TolerantJson.readAll("{\"a\": [1, true, null, \"x\\\"y\\u00e9\"], \"b\": {\"c\": false}}");
    assertThat(v).hasSize(1);
    Map<?, ?> m = (Map<?, ?>) v.get(0);
    assertThat((List<Object>) m.get("a")).containsExactly("1", true, "x\"y\u00e9");
    assertThat(((Map<?, ?>) m.get("b")).get("c")).isEqualTo(false);
  }

  @Test
  void forgivesWhatPagesGetWrong() {
    List<Object> v = TolerantJson.readAll("//<![CDATA[\n{\"a\": \"line\nbreak\", \"b\": [1, 2,],}\n{\"c\": 3}//]]>");
    assertThat(v).hasSize(2);
    assertThat(((Map<?, ?>) v.get(0)).get("a")).isEqualTo("line break");
    assertThat(((Map<?, ?>) v.get(1)).get("c")).isEqualTo("3");
  }

  @Test
  void valuesCutShortEndWhereTheTextEnds() {
    List<Object> v = TolerantJson.readAll("{\"headline\": \"Half a headl");
    assertThat(((Map<?, ?>) v.get(0)).get("headline")).isEqualTo("Half a headl");
  }

  @Test
  void deepNestingIsSkippedNotRecursedInto() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThat(TolerantJson.readAll("{\"x\": " + deep + ", \"y\": 1}")).hasSize(1);
    assertThat(TolerantJson.readAll("[".repeat(100_000))).isNotNull();
  }
}
