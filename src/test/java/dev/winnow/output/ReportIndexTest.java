package dev.winnow.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.Result;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReportIndexTest {

  @Test
  void aRowHoldsThePagesFigures() throws IOException {
    Result seed = HtmlReportTest.seed();
    ReportIndex.Row row = ReportIndex.Row.of(seed, "seed-page.html");
    assertThat(row.name()).isEqualTo("testdata/seed/seed-page.txt");
    assertThat(row.page()).isEqualTo("listing");
    assertThat(row.headline()).isEqualTo(seed.articles().get(0).headline());
    assertThat(row.removed()).isEqualTo(seed.removed().size());
    assertThat(row.kept()).isEqualTo(seed.blocks().size() - seed.removed().size());
    assertThat(row.topFilters()).hasSize(3).first().asString().startsWith("BannerTokenFilter ");
    assertThat(row.keptShare()).isStrictlyBetween(0.5, 1.0);
  }

  @Test
  void oneRowPerPageWithALinkAndABarEveryColumnSortable() throws IOException {
    ReportIndex.Row seed = ReportIndex.Row.of(HtmlReportTest.seed(), "seed-page.html");
    ReportIndex.Row tiny = ReportIndex.Row.of(HtmlReportTest.tiny(10), "a b/tiny#1?.html");
    Document doc = Jsoup.parse(ReportIndex.write("run", List.of(seed, tiny)));
    assertThat(doc.select("#pages tbody tr")).hasSize(2);
    assertThat(doc.select("#pages thead th button")).hasSize(7);
    assertThat(doc.select("#pages tbody a").eachAttr("href"))
        .containsExactly("./seed-page.html", "./a%20b/tiny%231%3F.html");
    Element meter = doc.selectFirst("#pages tbody tr:eq(1) meter");
    assertThat(meter.attr("value")).isEqualTo("0.5000");
    for (Element row : doc.select("#pages tbody tr")) {
      assertThat(row.select("td[data-v]")).hasSize(7);
    }
  }

  @Test
  void namesHeadlinesAndFilterNamesAreEscapedAndLinksCannotBeSchemes() {
    ReportIndex.Row evil = new ReportIndex.Row("javascript:alert(1)<script>x</script>", "javascript:alert(1).html",
        "article", "\"><img src=x onerror=alert(1)>", 1, 1, List.of("Evil\"<b>Filter 1"), 0.5);
    String html = ReportIndex.write("<i>run</i>", List.of(evil));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("img, i, b, [onerror]")).isEmpty();
    assertThat(doc.selectFirst("tbody a").attr("href")).isEqualTo("./javascript:alert(1).html");
    assertThat(doc.selectFirst("tbody a").text()).isEqualTo("javascript:alert(1)<script>x</script>");
    assertThat(doc.select("h1").text()).isEqualTo("<i>run</i>");
    assertThat(doc.head().child(1).attr("content")).startsWith("default-src 'none';");
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> new ReportIndex.Row("a", "a.html", "none", null, 0, 0, List.of(), 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
