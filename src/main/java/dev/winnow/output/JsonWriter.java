package dev.winnow.output;

import dev.winnow.Article;
import dev.winnow.Removal;
import dev.winnow.Result;
import dev.winnow.block.PageMetadata;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.jspecify.annotations.Nullable;

/**
 * Writes a result as one line of JSON. Hand-written on Commons Text's escaping rather than on a
 * JSON library, so that the library artifact needs nothing beyond its three dependencies.
 */
final class JsonWriter {
  private JsonWriter() {}

  static String write(Result result, boolean explain) {
    StringBuilder sb = new StringBuilder(256);
    sb.append('{');
    field(sb, "source", result.source()).append(',');
    field(sb, "input", result.input().id()).append(',');
    field(sb, "page", result.page().id()).append(',');
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
      field(sb, "date", a.date()).append(',');
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
    field(sb, "published", m.published()).append(',');
    field(sb, "siteName", m.siteName()).append(',');
    field(sb, "language", m.language()).append(',');
    field(sb, "canonicalUrl", m.canonicalUrl()).append(',');
    field(sb, "description", m.description());
    sb.append('}');
  }

  private static StringBuilder field(StringBuilder sb, String name, @Nullable String value) {
    sb.append('"').append(name).append("\":");
    if (value == null) {
      return sb.append("null");
    }
    return string(sb, value);
  }

  private static StringBuilder string(StringBuilder sb, String value) {
    // escapeJson also escapes '/', which JSON allows but does not need; harmless and safe in <script>.
    return sb.append('"').append(StringEscapeUtils.escapeJson(value)).append('"');
  }
}
