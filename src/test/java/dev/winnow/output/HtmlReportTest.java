package dev.winnow.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Input;
import dev.winnow.InputKind;
import dev.winnow.PageKind;
import dev.winnow.Pipeline;
import dev.winnow.Removal;
import dev.winnow.Result;
import dev.winnow.block.Block;
import dev.winnow.block.Decision;
import dev.winnow.block.Page;
import dev.winnow.block.PageMetadata;
import dev.winnow.filter.Filter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final Pipeline NEWS = Pipeline.news();

  static Result seed() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("testdata/seed/seed-page.txt"));
    return NEWS.process(Input.bytes(bytes, null).named("testdata/seed/seed-page.txt"));
  }

  /** A filter that removes every block holding "noise", under any name and reason. */
  private static Filter remover(String name, String reason) {
    return new Filter() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void apply(Page page) {
        for (Block b : page.kept()) {
          if (b.text().contains("noise")) {
            page.remove(b, name, reason);
          }
        }
      }
    };
  }

  @Test
  void oneDataFilterElementPerRemovalAndOneDataKeptPerKeptBlock() throws IOException {
    Result r = seed();
    Document doc = Jsoup.parse(Format.HTML.write(r, false));
    assertThat(doc.select("[data-filter]")).hasSize(r.removed().size());
    assertThat(doc.select("[data-kept]")).hasSize(r.blocks().size() - r.removed().size());
    // In page order, each with its filter and reason.
    List<Element> removed = doc.select("[data-filter]");
    for (int i = 0; i < removed.size(); i++) {
      Removal want = r.removed().get(i);
      assertThat(removed.get(i).attr("data-filter")).isEqualTo(want.filter());
      assertThat(removed.get(i).attr("title")).isEqualTo(want.reason());
      assertThat(removed.get(i).text()).isEqualTo(want.text());
    }
  }

  @Test
  void theLegendCountsEachFiltersRemovals() throws IOException {
    Result r = seed();
    Map<String, Integer> want = new HashMap<>();
    r.removed().forEach(x -> want.merge(x.filter(), 1, Integer::sum));
    Document doc = Jsoup.parse(Format.HTML.write(r, false));
    Map<String, Integer> legend = new HashMap<>();
    for (Element e : doc.select("#legend [data-legend]")) {
      legend.put(e.attr("data-legend"), Integer.parseInt(e.attr("data-count")));
    }
    assertThat(legend).isEqualTo(want);
  }

  @Test
  void theSeedsReportShowsItsFourArticlesAndNamesTheFilterOfEveryBannerStubAndCarouselLine()
      throws IOException {
    Result r = seed();
    Document doc = Jsoup.parse(Format.HTML.write(r, false));
    assertThat(r.articles()).hasSize(4);
    assertThat(doc.select("main > article")).hasSize(4);
    List<String> headlines = doc.select("article [data-kept=headline]").eachText();
    assertThat(headlines).containsExactlyElementsOf(r.articles().stream().map(a -> a.headline()).toList());
    for (int i = 0; i < 4; i++) {
      assertThat(doc.select("main > article").get(i).select("[data-kept=paragraph]").eachText())
          .isEqualTo(r.articles().get(i).paragraphs());
    }
    assertThat(doc.select("del[data-filter=BannerTokenFilter]").eachText()).contains("20240604_dom_728x90", "CEL");
    assertThat(doc.select("del[data-filter=CarouselControlFilter]").eachText()).contains("previous arrow", "next arrow");
    assertThat(doc.select("del[data-filter=ReadMoreStubFilter]")).isNotEmpty();
    assertThat(doc.select("#kind").text()).isEqualTo("listing");
    assertThat(doc.select("#kind").attr("title")).isEqualTo(r.pageReason()).startsWith("PageKindFilter: 4 article heads");
    assertThat(doc.select("#articles").text()).isEqualTo("4");
  }

  @Test
  void aPolicyForbidsAllButItsOwnStyleAndScriptByHash() throws IOException {
    Document doc = Jsoup.parse(Format.HTML.write(seed(), false));
    Element meta = doc.head().child(1);
    assertThat(meta.attr("http-equiv")).isEqualTo("Content-Security-Policy");
    String policy = meta.attr("content");
    assertThat(policy).startsWith("default-src 'none';").contains("base-uri 'none'", "form-action 'none'")
        .doesNotContain("unsafe");
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(policy).contains("style-src '" + HtmlDocument.sha256(doc.selectFirst("style").data()) + "'");
    assertThat(policy).contains("script-src '" + HtmlDocument.sha256(doc.selectFirst("script").data()) + "'");
    // Nothing is fetched: no element names another resource.
    assertThat(doc.select("[src], link, [href], img, iframe, object")).isEmpty();
  }

  @Test
  void hostilePageTextIsShownAsTextAndAddsNoElementOrAttribute() {
    String hostile = "Breaking news about the <script>document.title='pwned'</script> council vote today.\n\n"
        + "<img src=x onerror=\"document.body.appendChild(document.createElement('h6'))\"> and so on.\n\n"
        + "<a href=\"javascript:alert(1)\">click</a> \"quoted' & </del></main><script>alert(2)</script>";
    for (Result r : List.of(NEWS.processText(hostile), Pipeline.of(remover("X", "y")).processText(hostile + " noise"),
        NEWS.process(Input.html("<p>" + hostile.replace("<", "&lt;") + "</p><p>" + hostile + "</p>")))) {
      String html = Format.HTML.write(r, false);
      Document doc = Jsoup.parse(html);
      assertThat(doc.select("script")).hasSize(1);
      assertThat(doc.select("img, a, h6, [onerror], [href]")).isEmpty();
      assertThat(doc.title()).startsWith("Winnow report");
      assertThat(html).doesNotContain("<script>document.title").doesNotContain("<img").doesNotContain("</del></main>");
    }
    Document doc = Jsoup.parse(Format.HTML.write(NEWS.processText(hostile), false));
    assertThat(doc.select("main").text()).contains("<script>document.title='pwned'</script>");
  }

  @Test
  void filterNamesAndReasonsWithQuotesAndAngleBracketsAreEscaped() {
    String name = "Evil\"Filter'<b>";
    String reason = "\"><script>document.title='pwned'</script><del data-filter=\"x\">";
    Result r = Pipeline.of(remover(name, reason)).processText("Some noise here.\n\nA paragraph of the article itself.");
    String html = Format.HTML.write(r, false);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("[data-filter]")).hasSize(1);
    assertThat(doc.selectFirst("[data-filter]").attr("data-filter")).isEqualTo(name);
    assertThat(doc.selectFirst("[data-filter]").attr("title")).isEqualTo(reason);
    assertThat(doc.selectFirst("[data-legend]").attr("data-legend")).isEqualTo(name);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("b")).hasSize(1); // the legend's count, not the name's <b>
    // Neither the style sheet nor the script names a filter: they hold no text of the page's.
    assertThat(doc.selectFirst("style").data()).doesNotContain("Evil");
    assertThat(doc.selectFirst("script").data()).doesNotContain("Evil");
  }

  @Test
  void htmlInputShowsBlockTextNeverThePagesMarkup() {
    Result r = NEWS.process(Input.html("<html><body><article><h1>A council votes</h1>"
        + "<p>The council voted on <b>Tuesday</b> to rebuild the <i>old</i> bridge over the river, after a year of talks "
        + "with the county and the state about who would pay for the work and when it would start.</p>"
        + "<p>Work starts in the spring and is meant to end before the winter, the mayor said at a meeting on Monday "
        + "night, where a crowd of residents asked about the roads that will close.</p></article></body></html>"));
    Document doc = Jsoup.parse(Format.HTML.write(r, false));
    assertThat(doc.select("main b, main i, main h1")).isEmpty();
    assertThat(doc.select("main").text()).contains("voted on Tuesday to rebuild the old bridge");
  }

  @Test
  void aPageWithNothingRemovedSaysSo() {
    Result r = Pipeline.keepAll().processText("One line.\n\nAnother line of text.");
    Document doc = Jsoup.parse(Format.HTML.write(r, false));
    assertThat(doc.select("[data-filter], [data-legend]")).isEmpty();
    assertThat(doc.select(".tools").text()).contains("nothing was removed");
  }

  @Test
  void theSamePageGivesTheSameReportByteForByte() throws IOException {
    assertThat(Format.HTML.write(seed(), false)).isEqualTo(Format.HTML.write(seed(), true));
  }

  /**
   * The report of a page of tiny removed blocks grows linearly: ten times the blocks make at
   * most a little over ten times the bytes, and every block is there. (A size check, not a timed one.)
   */
  @Test
  void aHundredThousandTinyBlocksGiveAReportLinearInThePage() {
    String small = Format.HTML.write(tiny(10_000), false);
    String large = Format.HTML.write(tiny(100_000), false);
    double ratio = (double) large.length() / small.length();
    assertThat(ratio).isBetween(9.0, 10.5);
    assertThat(large.length()).isLessThan(100_000 * 120);
    int count = 0;
    for (int at = large.indexOf("<del "); at >= 0; at = large.indexOf("<del ", at + 1)) {
      count++;
    }
    assertThat(count).isEqualTo(100_000 / 2);
  }

  /** A page of n one-char blocks, every second one removed by one of five filters. */
  static Result tiny(int n) {
    List<Block> blocks = new ArrayList<>(n);
    List<Removal> removed = new ArrayList<>(n / 2);
    List<Decision> decisions = new ArrayList<>(n / 2);
    for (int i = 0; i < n; i++) {
      blocks.add(new Block(i, i % 2 == 0 ? "•" : "x", i, i + 1));
      if (i % 2 == 0) {
        String filter = "Filter" + (i % 10);
        decisions.add(new Decision(i, Decision.Action.REMOVE, null, filter, "a lone bullet"));
        removed.add(new Removal(i, "•", filter, "a lone bullet"));
      }
    }
    return new Result("tiny.txt", InputKind.TEXT, PageKind.NONE, List.of(), PageMetadata.EMPTY, removed, blocks,
        decisions, false);
  }

  @Test
  void leavesNonAsciiTextAsItIs() {
    String html = Format.HTML.write(Pipeline.keepAll().processText("Ça marche: «déjà vu» — 日本語."), false);
    assertThat(html).contains("<meta charset=\"utf-8\">").contains("Ça marche: «déjà vu» — 日本語.");
  }
}
