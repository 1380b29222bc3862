package dev.winnow.output;

import dev.winnow.Article;
import dev.winnow.Removal;
import dev.winnow.Result;
import com.google.common.net.UrlEscapers;
import dev.winnow.block.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The index page of a run's {@link Format#HTML HTML reports}: one row per page with its name,
 * page kind, headline, kept and removed block counts, the filters that removed most, a bar of the
 * share of its text that was kept, and a link to its report. Any column sorts the rows, by a click
 * on its heading. Self-contained, under the same policy as the reports; every name, headline and
 * filter name is escaped.
 *
 * <pre>{@code
 * List<ReportIndex.Row> rows = new ArrayList<>();
 * rows.add(ReportIndex.Row.of(result, "pages/story.html"));   // the report's path, relative to the index
 * Files.writeString(dir.resolve("index.html"), ReportIndex.write("crawl of 1 May", rows));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReportIndex {
  /** How many of the filters that removed most a row names. */
  static final int TOP_FILTERS = 3;

  private ReportIndex() {}

  /**
   * One page of the run, as the index shows it.
   *
   * @param name the input's name
   * @param report the path of its report, relative to the index, with {@code /} between folders
   * @param page the page kind's id ({@code article}, {@code listing}, {@code none})
   * @param headline the first article's headline, or null when it has none
   * @param kept the number of blocks kept
   * @param removed the number of blocks removed
   * @param topFilters the filters that removed most, most first, as {@code "NAME COUNT"}
   * @param keptShare the share of the page's text (in chars) that was kept, from 0 to 1
   * @since 0.1
   */
  public record Row(String name, String report, String page, @Nullable String headline, int kept, int removed,
      List<String> topFilters, double keptShare) {
    public Row {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(page, "page");
      topFilters = List.copyOf(topFilters);
      if (!(keptShare >= 0 && keptShare <= 1)) {
        throw new IllegalArgumentException("keptShare must be in [0, 1], was " + keptShare);
      }
    }

    /** The row for a result whose report is at {@code report}, relative to the index. */
    public static Row of(Result result, String report) {
      long total = 0;
      for (Block b : result.blocks()) {
        total += b.length();
      }
      long removedChars = 0;
      for (Removal r : result.removed()) {
        removedChars += r.text().length();
      }
      List<String> top = new ArrayList<>(TOP_FILTERS);
      for (HtmlReport.FilterCount c : HtmlReport.countByFilter(result)) {
        if (top.size() == TOP_FILTERS) {
          break;
        }
        top.add(c.filter() + " " + c.count());
      }
      List<Article> articles = result.articles();
      String headline = articles.isEmpty() ? null : articles.get(0).headline();
      int removed = result.removed().size();
      double share = total == 0 ? 1 : Math.max(0, Math.min(1, (double) (total - removedChars) / total));
      return new Row(result.source(), report, result.page().id(), headline, result.blocks().size() - removed,
          removed, top, share);
    }
  }

  private static final String STYLE = ":root{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;"
      + "color:#1b1b1b;background:#f3f3f0}"
      + "body{margin:0;padding:1rem 1.5rem 3rem}"
      + "h1{font-size:1.15rem;margin:0 0 .2rem}.facts{color:#555;margin:0 0 .8rem;font-size:.9rem}"
      + "table{border-collapse:collapse;background:#fff;width:100%;font-size:.88rem}"
      + "th,td{border-bottom:1px solid #e3e3e3;padding:.3rem .5rem;text-align:left;vertical-align:top}"
      + "td{overflow-wrap:anywhere}td.n{text-align:right;font-variant-numeric:tabular-nums}"
      + "th{position:sticky;top:0;background:#fafafa;border-bottom:2px solid #ccc}"
      + "th button{font:inherit;font-weight:600;border:0;background:none;padding:0;cursor:pointer;color:inherit}"
      + "th[aria-sort=ascending] button::after{content:' \\25B2'}"
      + "th[aria-sort=descending] button::after{content:' \\25BC'}"
      + "meter{width:7rem;height:.8rem;vertical-align:-.1rem;margin-right:.4rem}"
      + ".none{color:#999}";

  /**
   * Sorts the rows by the clicked column's {@code data-v} values (numbers where the column is
   * numeric), ascending on the first click, descending on the next: one sort, O(n log n).
   */
  private static final String SCRIPT = "document.addEventListener('DOMContentLoaded',function(){"
      + "var t=document.getElementById('pages'),hs=t.tHead.rows[0].cells,body=t.tBodies[0];"
      + "Array.prototype.forEach.call(hs,function(h,i){h.querySelector('button').addEventListener('click',function(){"
      + "var asc=h.getAttribute('aria-sort')!=='ascending',num=h.hasAttribute('data-num');"
      + "Array.prototype.forEach.call(hs,function(o){o.removeAttribute('aria-sort');});"
      + "h.setAttribute('aria-sort',asc?'ascending':'descending');"
      + "var rows=Array.prototype.slice.call(body.rows);"
      + "rows.sort(function(a,b){var x=a.cells[i].getAttribute('data-v'),y=b.cells[i].getAttribute('data-v'),"
      + "c=num?x-y:x.localeCompare(y);return asc?c:-c;});"
      + "var f=document.createDocumentFragment();rows.forEach(function(r){f.appendChild(r);});body.appendChild(f);"
      + "});});});";

  /** The columns: heading, and whether it sorts as numbers. */
  private static final String[][] COLUMNS = {
    {"Input", ""}, {"Page", ""}, {"Headline", ""}, {"Kept", "num"}, {"Removed", "num"},
    {"Top removing filters", ""}, {"Text kept", "num"}
  };

  /**
   * The index page.
   *
   * @param title what the run was, for the page's heading (escaped here)
   * @param rows the pages, in the order to show them first
   */
  public static String write(String title, List<Row> rows) {
    StringBuilder sb = new StringBuilder(1024 + 400 * rows.size());
    HtmlDocument.open(sb, "Winnow reports: " + title, STYLE, SCRIPT);
    sb.append("<h1>");
    HtmlDocument.escape(sb, title).append("</h1>\n<p class=\"facts\">").append(rows.size())
        .append(rows.size() == 1 ? " page" : " pages").append(" · click a column's heading to sort by it</p>\n")
        .append("<table id=\"pages\">\n<thead><tr>");
    for (String[] c : COLUMNS) {
      sb.append("<th").append(c[1].isEmpty() ? "" : " data-num").append("><button type=\"button\">").append(c[0])
          .append("</button></th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      row(sb, r);
    }
    sb.append("</tbody>\n</table>\n");
    HtmlDocument.close(sb);
    return sb.toString();
  }

  private static void row(StringBuilder sb, Row r) {
    String name = HtmlDocument.escape(r.name());
    sb.append("<tr><td data-v=\"").append(name).append("\"><a href=\"").append(HtmlDocument.escape(href(r.report())))
        .append("\">").append(name).append("</a></td>");
    sb.append("<td data-v=\"").append(r.page()).append("\">").append(HtmlDocument.escape(r.page())).append("</td>");
    if (r.headline() == null) {
      sb.append("<td data-v=\"\" class=\"none\">none</td>");
    } else {
      String headline = HtmlDocument.escape(r.headline());
      sb.append("<td data-v=\"").append(headline).append("\">").append(headline).append("</td>");
    }
    sb.append("<td class=\"n\" data-v=\"").append(r.kept()).append("\">").append(r.kept()).append("</td>");
    sb.append("<td class=\"n\" data-v=\"").append(r.removed()).append("\">").append(r.removed()).append("</td>");
    String top = HtmlDocument.escape(String.join(", ", r.topFilters()));
    sb.append("<td data-v=\"").append(top).append("\">").append(top).append("</td>");
    String share = String.format(Locale.ROOT, "%.4f", r.keptShare());
    sb.append("<td data-v=\"").append(share).append("\"><meter min=\"0\" max=\"1\" value=\"").append(share)
        .append("\"></meter>").append(Math.round(r.keptShare() * 100)).append("%</td></tr>\n");
  }

  /**
   * The link to a report: its path with every char a URL path cannot hold as is percent-encoded
   * ({@code # ? %} and spaces among them, by Guava's path segment escaper), and {@code ./} before
   * it, so that no name can read as a scheme ({@code javascript:}) or a host.
   */
  static String href(String relative) {
    StringBuilder sb = new StringBuilder(relative.length() + 8).append('.');
    for (String segment : relative.split("/", -1)) {
      sb.append('/').append(UrlEscapers.urlPathSegmentEscaper().escape(segment));
    }
    return sb.toString();
  }
}
