package dev.winnow.output;

import dev.winnow.Article;
import dev.winnow.Removal;
import dev.winnow.Result;
import org.jspecify.annotations.Nullable;

/**
 * Writes results as plain text in the shape of a clean page dump: section, headline, dek, byline,
 * date and paragraphs, each a paragraph of its own, blank-line separated. Reading this output
 * again gives the same articles, which is what makes cleaning idempotent.
 */
final class TextWriter {
  private TextWriter() {}

  static String write(Result result, boolean explain) {
    StringBuilder sb = new StringBuilder();
    for (Article a : result.articles()) {
      paragraph(sb, a.section());
      paragraph(sb, a.headline());
      paragraph(sb, a.dek());
      paragraph(sb, a.byline());
      paragraph(sb, a.date());
      for (String p : a.paragraphs()) {
        paragraph(sb, p);
      }
    }
    if (explain) {
      sb.append("==== page: ").append(result.page().id()).append(" ====\n").append(result.pageReason()).append('\n');
    }
    if (explain && !result.removed().isEmpty()) {
      sb.append("==== removed ====\n");
      for (Removal r : result.removed()) {
        sb.append(r.filter()).append(": ").append(r.text()).append("  (").append(r.reason()).append(")\n");
      }
    }
    return sb.toString();
  }

  private static void paragraph(StringBuilder sb, @Nullable String text) {
    if (text != null) {
      sb.append(text).append("\n\n");
    }
  }
}
