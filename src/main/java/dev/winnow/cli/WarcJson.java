package dev.winnow.cli;

/**
 * Adds a WARC record's identity to a result's JSON line: {@code warcRecordId} and {@code warcDate}
 * go first, before the library's own fields (whose {@code source} is already the target URI).
 * Done on the rendered line, so the library's writer knows nothing of WARC. Stateless.
 */
final class WarcJson {
  private WarcJson() {}

  /** The JSON object with the two fields in front. */
  static String withOrigin(String json, WarcOrigin origin) {
    if (!json.startsWith("{")) {
      throw new IllegalArgumentException("not a JSON object: " + json);
    }
    StringBuilder sb = new StringBuilder(json.length() + 96);
    sb.append("{\"warcRecordId\":");
    string(sb, origin.recordId());
    sb.append(",\"warcDate\":");
    string(sb, origin.date());
    if (json.length() > 2) {
      sb.append(',');
    }
    return sb.append(json, 1, json.length()).toString();
  }

  /** A JSON string; WARC header values are ASCII, but nothing in them is trusted. */
  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
