package dev.winnow.output;

import dev.winnow.Article;
import dev.winnow.Removal;
import dev.winnow.Result;

/** Writes results as Markdown. */
final class MarkdownWriter {
  private MarkdownWriter() {}

  static String write(Result result, boolean explain) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (Article a : result.articles()) {
      if (!first) {
        sb.append("---\n\n");
      }
      first = false;
      if (a.section() != null) {
        sb.append("*").append(escape(a.section())).append("*\n\n");
      }
      if (a.headline() != null) {
        sb.append("# ").append(escape(a.headline())).append("\n\n");
      }
      if (a.dek() != null) {
        sb.append("**").append(escape(a.dek())).append("**\n\n");
      }
      if (a.byline() != null) {
        sb.append(escape(a.byline())).append("  \n");
      }
      if (a.date() != null) {
        sb.append(escape(a.date())).append("\n\n");
      } else if (a.byline() != null) {
        sb.append('\n');
      }
      for (String p : a.paragraphs()) {
        sb.append(escape(p)).append("\n\n");
      }
    }
    if (explain) {
      sb.append("<!-- page: ").append(result.page().id()).append(", ").append(result.pageReason().replace("--", "- -"))
          .append(" -->\n");
    }
    if (explain && !result.removed().isEmpty()) {
      sb.append("<!-- removed\n");
      for (Removal r : result.removed()) {
        sb.append(r.filter()).append(": ").append(r.text().replace("--", "- -"))
            .append(" (").append(r.reason().replace("--", "- -")).append(")\n");
      }
      sb.append("-->\n");
    }
    return sb.toString();
  }

  /** Escapes what would otherwise start Markdown structure at the beginning of a paragraph. */
  static String escape(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    boolean structural = c == '#' || c == '>' || c == '-' || c == '+' || c == '*' || c == '|' || c == '='
        || (Character.isDigit(c) && s.matches("\\d{1,9}[.)](\\s.*)?"));
    String body = s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
        .replace("[", "\\[").replace("<", "&lt;");
    return structural && !body.startsWith("\\") ? "\\" + body : body;
  }
}
