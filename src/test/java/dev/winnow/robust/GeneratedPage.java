package dev.winnow.robust;

import java.util.ArrayList;
import java.util.List;

/**
 * A news page made of known parts: prose paragraphs that must survive cleaning, and runs of noise
 * lines (ad labels, banner names, carousel controls, read-more stubs, page chrome) around them.
 * It renders as a plain-text dump or as HTML with the same text in the same order.
 *
 * @param parts the page's parts in order
 */
record GeneratedPage(List<Part> parts) {

  /** One paragraph of prose, or one run of noise lines that stood together on the page. */
  record Part(boolean prose, List<String> lines) {
    static Part prose(String paragraph) {
      return new Part(true, List.of(paragraph));
    }

    static Part noise(List<String> lines) {
      return new Part(false, List.copyOf(lines));
    }
  }

  /** The prose paragraphs, in order. */
  List<String> prose() {
    List<String> out = new ArrayList<>();
    for (Part p : parts) {
      if (p.prose()) {
        out.add(p.lines().get(0));
      }
    }
    return out;
  }

  /** Every line of text on the page, in order. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    parts.forEach(p -> out.addAll(p.lines()));
    return out;
  }

  /** As a plain-text dump: parts separated by blank lines, the lines of a noise run by newlines. */
  String text(String newline) {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      sb.append(String.join(newline, p.lines())).append(newline).append(newline);
    }
    return sb.toString();
  }

  /** The title of every generated HTML page: a headline of several words, as real ones are. */
  static final String TITLE = "Court rules on the new water law";

  /** As HTML: prose in paragraphs, each noise run in one of the wrappers pages put noise in. */
  String html() {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + TITLE
        + "</title></head>\n<body>\n");
    sb.append("<main><article>\n");
    int i = 0;
    for (Part p : parts) {
      if (p.prose()) {
        sb.append("<p>").append(escape(p.lines().get(0))).append("</p>\n");
        continue;
      }
      switch (i++ % 4) {
        case 0 -> {
          sb.append("<div class=\"ad-slot\">");
          for (String l : p.lines()) {
            sb.append("<div>").append(escape(l)).append("</div>");
          }
          sb.append("</div>\n");
        }
        case 1 -> {
          sb.append("<ul class=\"share\">");
          for (String l : p.lines()) {
            sb.append("<li><a href=\"#\">").append(escape(l)).append("</a></li>");
          }
          sb.append("</ul>\n");
        }
        case 2 -> {
          for (String l : p.lines()) {
            sb.append("<p class=\"promo\">").append(escape(l)).append("</p>");
          }
          sb.append('\n');
        }
        default -> {
          sb.append("<aside class=\"carousel\">");
          for (String l : p.lines()) {
            sb.append("<span>").append(escape(l)).append("</span> ");
          }
          sb.append("</aside>\n");
        }
      }
    }
    return sb.append("</article></main>\n</body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
