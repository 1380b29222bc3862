package dev.winnow.output;

import dev.winnow.Article;
import dev.winnow.Removal;
import dev.winnow.Result;
import dev.winnow.block.PageMetadata;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes a result as one line of JSON. Hand-written rather than on a JSON library, so that the
 * library artifact needs nothing beyond its three dependencies; the CLI's tests read it back with
 * Gson to check it is valid.
 */
final class JsonWriter {
  private JsonWriter() {}

  static String write(Result result, boolean explain) {
    StringBuilder sb = new StringBuilder(256);
    sb.append('{');
    field(sb, "source", result.source()).append(',');
    field(sb, "input", result.input().id()).append(',');
    field(sb, "page", result.page().id()).append(',');
    if (explain) {
      field(sb, "pageReason", result.pageReason()).append(',');
    }
    sb.append("\"truncated\":").append(result.truncated()).append(',');
    sb.append("\"metadata\":");
    metadata(sb, result.metadata());
    sb.append(",\"articles\":[");
    List<Article> articles = result.articles();
    for (int i = 0; i < articles.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Article a = articles.get(i);
      sb.append('{');
      field(sb, "headline", a.headline()).append(',');
      field(sb, "section", a.section()).append(',');
      field(sb, "dek", a.dek()).append(',');
      field(sb, "byline", a.byline()).append(',');
      names(sb, a.authors()).append(',');
      field(sb, "date", a.date()).append(',');
      field(sb, "modified", a.modified()).append(',');
      sb.append("\"paragraphs\":[");
      for (int p = 0; p < a.paragraphs().size(); p++) {
        if (p > 0) {
          sb.append(',');
        }
        string(sb, a.paragraphs().get(p));
      }
      sb.append("]}");
    }
    sb.append(']');
    if (explain) {
      sb.append(",\"removed\":[");
      List<Removal> removed = result.removed();
      for (int i = 0; i < removed.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        Removal r = removed.get(i);
        sb.append("{\"block\":").append(r.block()).append(',');
        field(sb, "text", r.text()).append(',');
        field(sb, "filter", r.filter()).append(',');
        field(sb, "reason", r.reason()).append('}');
      }
      sb.append(']');
    }
    return sb.append('}').toString();
  }

  private static void metadata(StringBuilder sb, PageMetadata m) {
    sb.append('{');
    field(sb, "title", m.title()).append(',');
    field(sb, "headline", m.headline()).append(',');
    field(sb, "section", m.section()).append(',');
    field(sb, "byline", m.byline()).append(',');
    names(sb, m.authors()).append(',');
    field(sb, "published", m.published()).append(',');
    field(sb, "modified", m.modified()).append(',');
    field(sb, "siteName", m.siteName()).append(',');
    field(sb, "language", m.language()).append(',');
    field(sb, "canonicalUrl", m.canonicalUrl()).append(',');
    field(sb, "description", m.description()).append(',');
    field(sb, "type", m.type());
    sb.append('}');
  }

  private static StringBuilder names(StringBuilder sb, List<String> names) {
    sb.append("\"authors\":[");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      string(sb, names.get(i));
    }
    return sb.append(']');
  }

  private static StringBuilder field(StringBuilder sb, String name, @Nullable String value) {
    sb.append('"').append(name).append("\":");
    if (value == null) {
      return sb.append("null");
    }
    return string(sb, value);
  }

  /**
   * Appends a JSON string. Commons Text's escapeJson would also turn every non-ASCII char and
   * every '/' into an escape, which makes the output unreadable for the people and scripts that
   * read it; RFC 8259 needs only quotes, backslashes and control chars escaped. U+2028 and U+2029
   * are escaped too, so the output stays valid when pasted into JavaScript.
   */
  private static StringBuilder string(StringBuilder sb, String value) {
    sb.append('"');
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"');
  }
}
