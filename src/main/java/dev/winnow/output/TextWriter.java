package dev.winnow.output;

import dev.winnow.Article;
import dev.winnow.Removal;
import dev.winnow.Result;

/** Writes results as plain text. */
final class TextWriter {
  private TextWriter() {}

  static String write(Result result, boolean explain) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (Article a : result.articles()) {
      if (!first) {
        sb.append("\n----\n\n");
      }
      first = false;
      if (a.section() != null) {
        sb.append('[').append(a.section()).append("]\n");
      }
      if (a.headline() != null) {
        sb.append(a.headline()).append('\n');
      }
      if (a.dek() != null) {
        sb.append(a.dek()).append('\n');
      }
      if (a.byline() != null) {
        sb.append(a.byline()).append('\n');
      }
      if (a.date() != null) {
        sb.append(a.date()).append('\n');
      }
      if (a.section() != null || a.headline() != null || a.dek() != null || a.byline() != null || a.date() != null) {
        sb.append('\n');
      }
      for (String p : a.paragraphs()) {
        sb.append(p).append("\n\n");
      }
    }
    if (explain && !result.removed().isEmpty()) {
      sb.append("\n==== removed ====\n");
      for (Removal r : result.removed()) {
        sb.append(r.filter()).append(": ").append(r.text()).append("  (").append(r.reason()).append(")\n");
      }
    }
    return sb.toString();
  }
}
