package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class WarcJsonTest {

  @Test
  void theRecordsIdentityGoesFirstAndTheRestIsUntouched() {
    String line = WarcJson.withOrigin("{\"source\":\"https://x/\",\"page\":\"article\"}",
        new WarcOrigin("urn:uuid:1", "2024-05-01T12:00:00Z"));
    assertThat(line).isEqualTo("{\"warcRecordId\":\"urn:uuid:1\",\"warcDate\":\"2024-05-01T12:00:00Z\","
        + "\"source\":\"https://x/\",\"page\":\"article\"}");
  }

  @Test
  void hostileHeaderValuesStayValidJson() {
    String line = WarcJson.withOrigin("{}", new WarcOrigin("a\"b\\c\nd\u2028", "\u0001"));
    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
    assertThat(o.get("warcRecordId").getAsString()).isEqualTo("a\"b\\c\nd\u2028");
    assertThat(o.get("warcDate").getAsString()).isEqualTo("\u0001");
    assertThat(o.size()).isEqualTo(2);
  }

  @Test
  void onlyObjectsAreTaken() {
    assertThatThrownBy(() -> WarcJson.withOrigin("[]", new WarcOrigin("a", "b")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
