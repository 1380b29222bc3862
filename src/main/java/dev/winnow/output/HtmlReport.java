package dev.winnow.output;

import dev.winnow.Article;
import dev.winnow.Removal;
import dev.winnow.Result;
import dev.winnow.block.Block;
import dev.winnow.block.Decision;
import dev.winnow.block.Label;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a result as one self-contained HTML page that shows what was kept and what was removed:
 * every block of the page in its order, the kept ones as the articles they make up (section,
 * headline, dek, byline, date, paragraphs), the removed ones in place, greyed, struck through
 * and tagged with the filter that removed them, the reason on hover. A legend counts each
 * filter's removals and, clicked, shows one filter's alone; a box hides every removal.
 *
 * <p>Markup for tools, which the browser tests read: a removed block is
 * {@code <del class="rm fN" data-filter="NAME" title="REASON">}, one per {@link Result#removed()}
 * entry; a kept block has {@code data-kept="ROLE"} (section, headline, dek, byline, date,
 * paragraph, or none for a kept block no article took); a legend entry is a button with
 * {@code data-legend="NAME"} and {@code data-count="N"}. Only block text is shown, escaped, never the
 * page's own markup, for text and HTML input alike; the style sheet and script hold no page text
 * (filters are named there by their index, {@code fN}), and run under the policy of
 * {@link HtmlDocument}. The script does constant work per click (it sets a class on the body), so
 * a page of 100,000 blocks stays usable; the output grows linearly with the page.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlReport {
  private HtmlReport() {}

  /** Labels that make a kept block a field of an article's head, in the order they are looked for. */
  private static final Label[] HEAD = {Label.SECTION, Label.HEADLINE, Label.DEK, Label.BYLINE, Label.DATE};

  private static final String STYLE = ":root{font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;"
      + "color:#1b1b1b;background:#f3f3f0}"
      + "body{margin:0}"
      + "header{position:sticky;top:0;z-index:1;background:#fff;border-bottom:1px solid #ccc;"
      + "padding:.6rem 1.5rem;box-shadow:0 1px 4px #0001}"
      + "h1{font-size:1.05rem;margin:0;overflow-wrap:anywhere}"
      + ".facts{margin:.1rem 0 .4rem;color:#555;font-size:.85rem}"
      + ".tools{font-size:.85rem;margin:0 0 .3rem}"
      + ".legend{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem}"
      + ".legend button{font:inherit;font-size:.78rem;border:1px solid #bbb;border-radius:1rem;background:#fff;"
      + "padding:.05rem .6rem;cursor:pointer;color:#1b1b1b}"
      + ".legend button[aria-pressed=true]{background:#1b1b1b;color:#fff;border-color:#1b1b1b}"
      + ".legend b{font-weight:600;margin-left:.25rem}"
      + ".sw{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;background:var(--c);"
      + "margin-right:.35rem;vertical-align:-.05rem}"
      + "main{max-width:46rem;margin:1rem auto;padding:0 1.5rem 3rem}"
      + "article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.4rem 1.25rem .6rem;"
      + "margin:1rem 0}"
      + "article::before{content:'Article ' attr(data-n);display:block;font-size:.72rem;"
      + "color:#888;text-transform:uppercase;letter-spacing:.05em;margin:.2rem 0 .3rem}"
      // Runs of blocks off screen are laid out only when scrolled to: a page of 100,000 blocks opens
      // at about the speed of its first screen. (Containment scopes CSS counters, hence data-n.)
      + ".run{content-visibility:auto;contain-intrinsic-size:auto 30rem}.run>*{overflow-wrap:anywhere}"
      + "h2{font-size:1.35rem;line-height:1.25;margin:.2rem 0 .4rem}"
      + "h3{font-size:1.05rem;margin:.8rem 0 .3rem}"
      + "p{margin:.45rem 0}blockquote{margin:.45rem 0;padding-left:1rem;border-left:3px solid #ccc}"
      + ".section{color:#a0262e;font-weight:600;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;"
      + "margin:.2rem 0}"
      + ".dek{font-size:1.05rem;color:#444}.byline,.date{color:#555;font-size:.88rem;margin:.1rem 0}"
      + ".stray{color:#555;border:1px dashed #bbb;border-radius:4px;padding:.1rem .5rem}"
      + "del.rm{display:block;color:#8a8a8a;background:#fafaf8;text-decoration:line-through;"
      + "border-left:4px solid var(--c);padding:.05rem .5rem;margin:.15rem 0;font-size:.85rem}"
      + "del.rm::before{content:attr(data-filter);display:inline-block;text-decoration:none;font-size:.68rem;"
      + "color:#fff;background:var(--c);border-radius:3px;padding:0 .35rem;margin-right:.5rem;"
      + "vertical-align:.05rem}"
      + ".only del.rm{display:none}";

  /**
   * Toggles a class on the body, never walking the blocks: {@code hide} hides every removal,
   * {@code only only-fN} shows filter N's alone. The per-filter rules are in the style sheet.
   */
  private static final String SCRIPT = "document.addEventListener('DOMContentLoaded',function(){"
      + "var b=document.body,hide=document.getElementById('hide'),on=null;"
      + "hide.addEventListener('change',function(){b.classList.toggle('hide',hide.checked);});"
      + "document.getElementById('legend').addEventListener('click',function(e){"
      + "var t=e.target.closest('button[data-for]');if(!t)return;"
      + "if(on){b.classList.remove('only','only-'+on.getAttribute('data-for'));on.setAttribute('aria-pressed','false');}"
      + "if(on===t){on=null;return;}"
      + "on=t;b.classList.add('only','only-'+t.getAttribute('data-for'));t.setAttribute('aria-pressed','true');"
      + "});});";

  /** One filter's removals on a page. */
  record FilterCount(String filter, int count) {}

  /** How many blocks each filter removed, most first, then by name. */
  static List<FilterCount> countByFilter(Result result) {
    Map<String, Integer> counts = new HashMap<>();
    for (Removal r : result.removed()) {
      counts.merge(r.filter(), 1, Integer::sum);
    }
    List<FilterCount> list = new ArrayList<>(counts.size());
    counts.forEach((f, n) -> list.add(new FilterCount(f, n)));
    list.sort(Comparator.comparingInt(FilterCount::count).reversed().thenComparing(FilterCount::filter));
    return list;
  }

  static String write(Result result) {
    List<Block> blocks = result.blocks();
    int n = blocks.size();
    Removal[] removal = new Removal[n];
    long totalChars = 0;
    long removedChars = 0;
    for (Block b : blocks) {
      totalChars += b.length();
    }
    for (Removal r : result.removed()) {
      if (r.block() >= 0 && r.block() < n) {
        removal[r.block()] = r;
        removedChars += blocks.get(r.block()).length();
      }
    }
    List<FilterCount> counts = countByFilter(result);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      index.put(counts.get(i).filter(), i);
    }

    StringBuilder style = new StringBuilder(STYLE.length() + 64 * counts.size()).append(STYLE);
    for (int i = 0; i < counts.size(); i++) {
      // Hues a golden angle apart: neighbours in the legend never look alike.
      style.append(".f").append(i).append("{--c:hsl(").append((i * 137 + 200) % 360).append(" 62% 42%)}")
          .append(".only-f").append(i).append(" del.f").append(i).append("{display:block}");
    }
    style.append("body.hide del.rm{display:none}");

    StringBuilder sb = new StringBuilder(256 + (int) Math.min(Integer.MAX_VALUE / 2, totalChars * 2 + 96L * n));
    HtmlDocument.open(sb, "Winnow report: " + result.source(), style.toString(), SCRIPT);
    header(sb, result, counts, n, totalChars == 0 ? 1 : (double) (totalChars - removedChars) / totalChars);
    sb.append("<main>\n");
    body(sb, result, labels(result), removal, index);
    sb.append("</main>\n");
    HtmlDocument.close(sb);
    return sb.toString();
  }

  private static void header(StringBuilder sb, Result result, List<FilterCount> counts, int blocks, double kept) {
    int removed = result.removed().size();
    int articles = result.articles().size();
    sb.append("<header>\n<h1>");
    HtmlDocument.escape(sb, result.source()).append("</h1>\n<p class=\"facts\"><span id=\"input\">")
        .append(result.input().id()).append("</span> input · <span id=\"kind\" title=\"");
    // Why the page is one article, a listing or none: the same reason --explain prints.
    HtmlDocument.escape(sb, result.pageReason()).append("\">").append(result.page().id())
        .append("</span> page · <span id=\"articles\">").append(articles)
        .append(articles == 1 ? "</span> article" : "</span> articles")
        .append(" · ").append(blocks).append(blocks == 1 ? " block: " : " blocks: ").append(blocks - removed)
        .append(" kept, <span id=\"removed\">").append(removed).append("</span> removed · ")
        .append(Math.round(kept * 100)).append("% of the text kept")
        .append(result.truncated() ? " · <strong>truncated</strong>: the page was cut at a limit" : "")
        // autocomplete off: a reload must not bring the box back ticked with the blocks shown.
        .append("</p>\n<p class=\"tools\"><label><input type=\"checkbox\" id=\"hide\" autocomplete=\"off\">")
        .append(" hide removed blocks</label>")
        .append(counts.isEmpty() ? " · nothing was removed" : " · click a filter to see its removals alone")
        .append("</p>\n<ul class=\"legend\" id=\"legend\">\n");
    for (int i = 0; i < counts.size(); i++) {
      FilterCount c = counts.get(i);
      String name = HtmlDocument.escape(c.filter());
      sb.append("<li><button type=\"button\" class=\"f").append(i).append("\" data-for=\"f").append(i)
          .append("\" data-legend=\"").append(name).append("\" data-count=\"").append(c.count())
          .append("\" aria-pressed=\"false\"><span class=\"sw\"></span>").append(name).append("<b>")
          .append(c.count()).append("</b></button></li>\n");
    }
    sb.append("</ul>\n</header>\n");
  }

  /** The most blocks a {@code div.run} holds: the unit that is laid out only when scrolled to. */
  static final int RUN = 64;

  /**
   * The blocks in page order. Kept blocks are matched to the articles by text: an article's
   * paragraphs are its body blocks' texts, in order, so the next kept block whose text is the next
   * paragraph expected is that paragraph, and a kept block before it with a head label is a field of
   * that article's head. A kept block that is neither (a section label with no article under it)
   * is shown as kept but in no article. A mismatch costs one block's place, never the rest's.
   */
  private static void body(StringBuilder sb, Result result, int[] labels, Removal[] removal,
      Map<String, Integer> index) {
    List<Article> articles = result.articles();
    Runs out = new Runs(sb);
    int article = 0;
    int paragraph = 0;
    for (Block b : result.blocks()) {
      Removal r = removal[b.index()];
      if (r != null) {
        removed(out.block(), b, r, index.get(r.filter()));
        continue;
      }
      String text = b.text();
      List<String> expected = article < articles.size() ? articles.get(article).paragraphs() : List.of();
      int bits = labels[b.index()];
      if (paragraph < expected.size() && text.equals(expected.get(paragraph))) {
        out.openArticle(article + 1);
        String tag = has(bits, Label.HEADING) ? "h3" : has(bits, Label.QUOTE) ? "blockquote" : "p";
        kept(out.block(), tag, null, "paragraph", text);
        if (++paragraph == expected.size()) {
          out.closeArticle();
          article++;
          paragraph = 0;
        }
        continue;
      }
      Label head = head(bits);
      if (head != null && article < articles.size()) {
        out.openArticle(article + 1);
        String role = head.name().toLowerCase(Locale.ROOT);
        kept(out.block(), head == Label.HEADLINE ? "h2" : "p", head == Label.HEADLINE ? null : role, role, text);
      } else {
        kept(out.block(), "p", "stray", "none", text);
      }
    }
    out.closeArticle();
    out.closeRun();
  }

  /**
   * Writes blocks in runs of at most {@link #RUN}, inside or outside an article. A run is what the
   * browser skips while it is off screen (content-visibility), style and layout of its blocks
   * included: on a page of 100,000 blocks that is most of the work of opening it, and one
   * containment box per block instead would cost about as much as the blocks themselves.
   */
  private static final class Runs {
    private final StringBuilder sb;
    private boolean article;
    private int inRun;

    Runs(StringBuilder sb) {
      this.sb = sb;
    }

    /** Where the next block goes, in an open run. */
    StringBuilder block() {
      if (inRun == RUN) {
        closeRun();
      }
      if (inRun == 0) {
        sb.append("<div class=\"run\">\n");
      }
      inRun++;
      return sb;
    }

    void closeRun() {
      if (inRun > 0) {
        sb.append("</div>\n");
        inRun = 0;
      }
    }

    /** Opens article n, unless one is open. */
    void openArticle(int n) {
      if (!article) {
        closeRun();
        sb.append("<article data-n=\"").append(n).append("\">\n");
        article = true;
      }
    }

    void closeArticle() {
      if (article) {
        closeRun();
        sb.append("</article>\n");
        article = false;
      }
    }
  }

  private static void kept(StringBuilder sb, String tag, @Nullable String cls, String role, String text) {
    sb.append('<').append(tag);
    if (cls != null) {
      sb.append(" class=\"").append(cls).append('"');
    }
    if (role.equals("none")) {
      sb.append(" title=\"kept, but no article took it\"");
    }
    sb.append(" data-kept=\"").append(role).append("\">");
    HtmlDocument.escape(sb, text).append("</").append(tag).append(">\n");
  }

  private static void removed(StringBuilder sb, Block b, Removal r, int filter) {
    sb.append("<del class=\"rm f").append(filter).append("\" data-filter=\"");
    HtmlDocument.escape(sb, r.filter()).append("\" title=\"");
    HtmlDocument.escape(sb, r.reason()).append("\">");
    HtmlDocument.escape(sb, b.text()).append("</del>\n");
  }

  /** The first head label the block has, or null. */
  private static @Nullable Label head(int bits) {
    for (Label l : HEAD) {
      if (has(bits, l)) {
        return l;
      }
    }
    return null;
  }

  private static boolean has(int bits, Label label) {
    return (bits & (1 << label.ordinal())) != 0;
  }

  /** Each block's labels at the end of the run, bit {@code ordinal()} each: the decisions replayed. */
  private static int[] labels(Result result) {
    int[] bits = new int[result.blocks().size()];
    for (Decision d : result.decisions()) {
      Label l = d.label();
      if (l == null || d.block() < 0 || d.block() >= bits.length) {
        continue;
      }
      if (d.action() == Decision.Action.LABEL) {
        bits[d.block()] |= 1 << l.ordinal();
      } else if (d.action() == Decision.Action.UNLABEL) {
        bits[d.block()] &= ~(1 << l.ordinal());
      }
    }
    return bits;
  }
}
