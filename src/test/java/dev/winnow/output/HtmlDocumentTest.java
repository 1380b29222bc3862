package dev.winnow.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/** The escaping every HTML page of Winnow's goes through is jsoup's, char for char. */
class HtmlDocumentTest {

  @Test
  void escapesEveryCharAsJsoupDoes() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      assertThat(HtmlDocument.escape(s)).as("U+%04X", c).isEqualTo(Entities.escape(s));
    }
    for (String s : List.of("\uD83D\uDE00 emoji", "lone \uD800 high", "lone \uDC00 low", "end \uD83D")) {
      assertThat(HtmlDocument.escape(s)).isEqualTo(Entities.escape(s));
    }
  }

  @Test
  void escapesHostileAndRandomTextAsJsoupDoes() {
    List<String> texts = new ArrayList<>(List.of("", "plain", "<script>alert('x')</script>", "a & b \"c\" 'd' <e>",
        "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "it's\u00a0é — “quoted”"));
    SplittableRandom random = new SplittableRandom(21);
    String alphabet = "ab <>&\"'\u00a0é\u2028\uD83D\uDE00\uD800\n\t\u0000";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = random.nextInt(40); j > 0; j--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(sb.toString());
    }
    for (String s : texts) {
      assertThat(HtmlDocument.escape(s)).isEqualTo(Entities.escape(s));
    }
  }

  @Test
  void theHashIsTheBrowsersBase64OfSha256() {
    // echo -n 'abc' | openssl dgst -sha256 -binary | base64
    assertThat(HtmlDocument.sha256("abc")).isEqualTo("sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  }
}
