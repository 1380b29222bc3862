package dev.winnow.robust;

import java.util.ArrayList;
import java.util.List;

/**
 * A news page made of known parts: prose paragraphs that must survive cleaning, the furniture of
 * an article (section label, headline, byline, date line, data table), and runs of noise lines
 * (ad labels, banner names, carousel controls, read-more stubs, page chrome) around them. It
 * renders as a plain-text dump, as semantic HTML ({@code <main><article>}, noise in boxes whose
 * classes name it) or as anonymous HTML (nothing but {@code div}s whose classes say nothing),
 * with the same text in the same order.
 *
 * @param parts the page's parts in order
 */
record GeneratedPage(List<Part> parts) {

  /** What a part is. */
  enum Kind { PROSE, NOISE, SECTION, HEADLINE, BYLINE, DATE, TABLE, ARTICLE_START }

  /**
   * One part: a paragraph of prose, a run of noise lines that stood together on the page, one
   * line of article furniture, or a table (one line per row, cells joined by {@code " | "}).
   * {@link Kind#ARTICLE_START} has no text: it opens the next article of a page of several.
   */
  record Part(Kind kind, List<String> lines) {
    static Part prose(String paragraph) {
      return new Part(Kind.PROSE, List.of(paragraph));
    }

    static Part noise(List<String> lines) {
      return new Part(Kind.NOISE, List.copyOf(lines));
    }

    static Part line(Kind kind, String line) {
      return new Part(kind, List.of(line));
    }

    static Part table(List<List<String>> rows) {
      return new Part(Kind.TABLE, rows.stream().map(r -> String.join(" | ", r)).toList());
    }

    static Part articleStart() {
      return new Part(Kind.ARTICLE_START, List.of());
    }

    boolean prose() {
      return kind == Kind.PROSE;
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

  /** The page with one more part at the given index. */
  GeneratedPage with(int index, Part part) {
    List<Part> out = new ArrayList<>(parts);
    out.add(index, part);
    return new GeneratedPage(out);
  }

  /**
   * As a plain-text dump: parts separated by blank lines, the lines of a noise run or a table by
   * newlines, as a text browser lays them out.
   */
  String text(String newline) {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      if (p.kind() != Kind.ARTICLE_START) {
        sb.append(String.join(newline, p.lines())).append(newline).append(newline);
      }
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
      switch (p.kind()) {
        case PROSE -> sb.append("<p>").append(escape(p.lines().get(0))).append("</p>\n");
        case NOISE -> namedNoise(sb, p, i++);
        case SECTION -> sb.append("<div class=\"kicker\">").append(escape(p.lines().get(0))).append("</div>\n");
        case HEADLINE -> sb.append("<h2>").append(escape(p.lines().get(0))).append("</h2>\n");
        case BYLINE -> sb.append("<p class=\"byline\">").append(escape(p.lines().get(0))).append("</p>\n");
        case DATE -> sb.append("<time>").append(escape(p.lines().get(0))).append("</time>\n");
        case TABLE -> table(sb, p);
        case ARTICLE_START -> sb.append("</article>\n<article>\n");
      }
    }
    return sb.append("</article></main>\n</body></html>\n").toString();
  }

  /**
   * As HTML with no landmark to go by: no {@code main}, no {@code article}, no {@code aside}; every
   * container a {@code div} whose class is a meaningless token ({@code c3}, {@code x17}), noise
   * included, as pages built by CSS-in-JS or minified templates are.
   */
  String anonymousHtml() {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + TITLE
        + "</title></head>\n<body><div class=\"c0\">\n<div class=\"c1\">\n");
    int i = 0;
    for (Part p : parts) {
      String cls = " class=\"x" + (i++ * 7 % 23) + "\"";
      switch (p.kind()) {
        case PROSE -> sb.append("<p").append(cls).append('>').append(escape(p.lines().get(0))).append("</p>\n");
        case NOISE -> {
          sb.append("<div").append(cls).append('>');
          for (String l : p.lines()) {
            sb.append(i % 2 == 0 ? "<div>" : "<div><a href=\"#\">").append(escape(l))
                .append(i % 2 == 0 ? "</div>" : "</a></div>");
          }
          sb.append("</div>\n");
        }
        case HEADLINE -> sb.append("<h2").append(cls).append('>').append(escape(p.lines().get(0))).append("</h2>\n");
        case SECTION, BYLINE, DATE ->
            sb.append("<div").append(cls).append('>').append(escape(p.lines().get(0))).append("</div>\n");
        case TABLE -> table(sb, p);
        case ARTICLE_START -> sb.append("</div>\n<div class=\"c1\">\n");
      }
    }
    return sb.append("</div>\n</div></body></html>\n").toString();
  }

  private static void namedNoise(StringBuilder sb, Part p, int i) {
    switch (i % 4) {
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

  private static void table(StringBuilder sb, Part p) {
    sb.append("<table>");
    for (String row : p.lines()) {
      sb.append("<tr>");
      for (String cell : row.split(" \\| ", -1)) {
        sb.append("<td>").append(escape(cell)).append("</td>");
      }
      sb.append("</tr>");
    }
    sb.append("</table>\n");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
