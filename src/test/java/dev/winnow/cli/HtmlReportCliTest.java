package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format html}: a report per input, and with {@code --out} an index of them. */
class HtmlReportCliTest {
  private static final String STORY = "International\n\nA pact signed in Moscow\n\n"
      + "Moscow and Pyongyang agreed to offer military assistance in case of aggression and paved the way for more "
      + "defense exchanges, which analysts say leaves Seoul and Tokyo in a complex situation.\n\n"
      + "Advertisement\n\n"
      + "The leaders of both countries signed the agreement during the first visit in 24 years, replacing earlier "
      + "treaties between the two states.\n";

  @TempDir Path tmp;

  @Test
  void oneInputGivesOneReportOnStandardOutput() throws IOException {
    Path page = Files.writeString(tmp.resolve("story.txt"), STORY);
    CliRun run = CliRun.of("--format", "html", page.toString());
    assertThat(run.status()).as(run.err()).isZero();
    Document doc = Jsoup.parse(run.out());
    assertThat(doc.select("del[data-filter=AdLabelFilter]").eachText()).containsExactly("Advertisement");
    assertThat(doc.select("h1").text()).isEqualTo(page.toString());
  }

  @Test
  void severalInputsOnStandardOutputAreAUsageError() throws IOException {
    Path a = Files.writeString(tmp.resolve("a.txt"), STORY);
    Path b = Files.writeString(tmp.resolve("b.txt"), STORY);
    CliRun run = CliRun.of("--format", "html", a.toString(), b.toString());
    assertThat(run.status()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("give --out DIR");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void withOutEachInputHasAReportAndTheIndexLinksThemAll() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), STORY);
    Files.createDirectories(in.resolve("sub dir"));
    Files.writeString(in.resolve("sub dir/b#1.txt"), "Connect with us\n\n" + STORY);
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("--format", "html", "--out", out.toString(), in.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(out.resolve("a.html")).exists();
    assertThat(out.resolve("sub dir/b#1.html")).exists();
    Document index = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
    assertThat(index.select("#pages tbody tr")).hasSize(2);
    assertThat(index.select("#pages tbody a").eachAttr("href")).containsExactly("./a.html", "./sub%20dir/b%231.html");
    assertThat(index.select("#pages tbody tr:eq(1) td:eq(4)").text()).isEqualTo("2");
    assertThat(index.select("#pages tbody tr:eq(1) td:eq(5)").text()).contains("AdLabelFilter 1", "PageChromeFilter 1");
  }

  @Test
  void aWarcFilesPagesGetAReportEachInAFolderNamedAfterIt() throws IOException {
    Path warc = new TestWarc()
        .response("https://news.example/a", "text/plain", STORY)
        .response("https://news.example/b", "text/plain", STORY)
        .write(tmp.resolve("crawl.warc.gz"));
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("--format", "html", "--out", out.toString(), warc.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(out.resolve("crawl/00001.html")).exists();
    assertThat(out.resolve("crawl/00002.html")).exists();
    assertThat(out.resolve("crawl.html")).doesNotExist();
    Document index = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
    assertThat(index.select("#pages tbody td:eq(0)").eachText())
        .containsExactly("https://news.example/a", "https://news.example/b");
    assertThat(index.select("#pages tbody a").eachAttr("href")).containsExactly("./crawl/00001.html", "./crawl/00002.html");
  }

  @Test
  void aReportNamedIndexLeavesNoRoomForTheIndexAndSaysSo() throws IOException {
    Path page = Files.writeString(tmp.resolve("index.txt"), STORY);
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("--format", "html", "--out", out.toString(), page.toString());
    assertThat(run.status()).isEqualTo(Main.EXIT_FAILED);
    assertThat(run.err()).contains("no index of the reports");
    assertThat(Files.readString(out.resolve("index.html"))).contains("A pact signed in Moscow");
  }
}
