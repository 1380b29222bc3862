package dev.winnow.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report and index in a real browser: headless Chromium from the distribution's packages
 * ({@code chromium}, {@code chromium-driver}), driven through WebDriver, one browser for the class.
 * Checks the DOM after load, clicks the controls as a person would, and leaves a screenshot of the
 * seed's report at {@code target/report-seed.png} (its first screenful) and
 * {@code target/report-seed-full.png} (all of it) for a person to look at.
 *
 * <p>Without Chromium the tests are skipped with one line saying so; under CI (the variable
 * {@code CI} set, as {@code .ci/run} runs) they fail instead, as CI installs it and they must run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path REPORTS = Path.of("target", "browser-reports");

  private ChromeDriver browser;
  private Path profile;

  @BeforeAll
  void startBrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    String missing = "headless Chromium is needed for the report's browser tests: apt-get install -y chromium "
        + "chromium-driver (" + CHROMIUM + ", " + DRIVER + " not found)";
    if (!present && System.getenv("CI") != null) {
      fail(missing);
    }
    assumeTrue(present, missing);
    Files.createDirectories(REPORTS);
    profile = Files.createTempDirectory("winnow-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Without the background-networking switches Chromium waits on a network that is not there.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1200,1600", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** Writes the report and opens it; returns the path. */
  private Path open(String name, String html) throws IOException {
    Path file = REPORTS.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    browser.get(file.toAbsolutePath().toUri().toString());
    awaitLoaded(name);
    return file;
  }

  /**
   * WebDriver's {@code get} waits for the load event, but on a loaded two-core machine Chromium
   * has been seen to answer before a large page finished loading; the tests then looked at half a
   * page. So wait for the document itself to say it is complete, however long a slow machine takes
   * (up to a ceiling that only a hung browser reaches). A wait, not a clock the test asserts on.
   */
  private void awaitLoaded(String name) {
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (!"complete".equals(js("return document.readyState"))) {
      if (System.nanoTime() > deadline) {
        fail(name + " did not finish loading in five minutes");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted while " + name + " loaded");
      }
    }
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private long count(String selector) {
    return (Long) js("return document.querySelectorAll('" + selector + "').length");
  }

  /** How many elements the selector finds that are rendered (have a box). */
  private long visible(String selector) {
    return (Long) js("return Array.prototype.filter.call(document.querySelectorAll('" + selector + "'),"
        + "function(e){return e.getClientRects().length>0;}).length");
  }

  @Test
  void theSeedsReportHasOneDataFilterElementPerRemovalAndTheLegendCountsThem() throws IOException {
    Result seed = HtmlReportTest.seed();
    open("seed.html", Format.HTML.write(seed, false));
    assertThat(count("[data-filter]")).isEqualTo(seed.removed().size());
    assertThat(count("main > article")).isEqualTo(4);
    Map<String, Long> want = new HashMap<>();
    seed.removed().forEach(r -> want.merge(r.filter(), 1L, Long::sum));
    Map<String, Long> legend = new HashMap<>();
    for (WebElement entry : browser.findElements(By.cssSelector("#legend [data-legend]"))) {
      String filter = entry.getAttribute("data-legend");
      legend.put(filter, Long.parseLong(entry.getAttribute("data-count")));
      // The count shown is the count there is.
      assertThat(entry.findElement(By.tagName("b")).getText()).isEqualTo(entry.getAttribute("data-count"));
    }
    assertThat(legend).isEqualTo(want);
    // Every removal is on screen, tagged, until someone hides it.
    assertThat(visible("del[data-filter]")).isEqualTo(seed.removed().size());
    // For a person to look at: the first screenful, and the whole page (the window made as tall as it).
    Files.write(Path.of("target", "report-seed.png"), browser.getScreenshotAs(OutputType.BYTES));
    Dimension size = browser.manage().window().getSize();
    long height = (Long) js("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 200, 16_000)));
    Files.write(Path.of("target", "report-seed-full.png"), browser.getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(size);
  }

  @Test
  void theHideRemovedControlHidesEveryRemovalAndShowsThemAgain() throws IOException {
    Result seed = HtmlReportTest.seed();
    open("seed-hide.html", Format.HTML.write(seed, false));
    long kept = visible("[data-kept]");
    WebElement hide = browser.findElement(By.id("hide"));
    hide.click();
    assertThat(visible("[data-filter]")).isZero();
    assertThat(visible("[data-kept]")).isEqualTo(kept);
    hide.click();
    assertThat(visible("[data-filter]")).isEqualTo(seed.removed().size());
  }

  @Test
  void clickingALegendEntryShowsOnlyThatFiltersRemovals() throws IOException {
    Result seed = HtmlReportTest.seed();
    open("seed-legend.html", Format.HTML.write(seed, false));
    WebElement carousel = browser.findElement(By.cssSelector("#legend [data-legend=CarouselControlFilter]"));
    long carousels = Long.parseLong(carousel.getAttribute("data-count"));
    carousel.click();
    assertThat(visible("[data-filter]")).isEqualTo(carousels);
    assertThat(visible("[data-filter=CarouselControlFilter]")).isEqualTo(carousels);
    assertThat(carousel.getAttribute("aria-pressed")).isEqualTo("true");
    WebElement banners = browser.findElement(By.cssSelector("#legend [data-legend=BannerTokenFilter]"));
    banners.click();
    assertThat(visible("[data-filter]")).isEqualTo(Long.parseLong(banners.getAttribute("data-count")));
    banners.click();
    assertThat(visible("[data-filter]")).isEqualTo(seed.removed().size());
  }

  /**
   * The payloads would change the title, add an element, or run on an error; none may have, in the
   * text report, the HTML report and the hostile names' report alike.
   */
  @Test
  void aHostilePagesScriptNeverRan() throws IOException {
    String payload = "<script>document.title='pwned';document.body.appendChild(document.createElement('h6'))</script>"
        + " <img src=x onerror=\"document.title='pwned-img'\"> <a href=\"javascript:document.title='pwned-link'\">x</a>"
        + " <svg onload=\"document.title='pwned-svg'\"></svg> </del></main><script>document.title='pwned2'</script>";
    String text = "A council vote\n\n" + payload + "\n\nThe council voted on Tuesday to rebuild the old bridge over "
        + "the river, after a year of talks about who would pay. " + payload + "\n\nAdvertisement\n\n" + payload;
    List<String> reports = new ArrayList<>();
    reports.add(Format.HTML.write(Pipeline.news().processText(text), false));
    reports.add(Format.HTML.write(Pipeline.news().process(Input.html("<html><head><title>" + payload
        + "</title></head><body><article><h1>" + payload.replace("<", "&lt;") + "</h1><p>"
        + payload.replace("<", "&lt;") + " and the council voted on Tuesday to rebuild the old bridge.</p>" + payload
        + "</article></body></html>")), false));
    reports.add(ReportIndex.write(payload, List.of(new ReportIndex.Row(payload, "javascript:document.title='x'",
        "article", payload, 1, 1, List.of(payload), 0.5))));
    for (int i = 0; i < reports.size(); i++) {
      open("hostile-" + i + ".html", reports.get(i));
      assertThat(browser.getTitle()).startsWith("Winnow report");
      assertThat(count("h6, img, svg, a[href^=javascript]")).isZero();
      assertThat(count("script")).isEqualTo(1);
      assertThat((String) js("return document.body.textContent")).contains("document.title='pwned'");
    }
  }

  /**
   * Were an escape ever missed, the policy would still stop what got in: the report with a
   * script pasted into its body by hand, and the script does not run, while the report's own does.
   */
  @Test
  void thePolicyStopsAScriptThatGotInWhileTheReportsOwnRuns() throws IOException {
    String html = Format.HTML.write(HtmlReportTest.seed(), false)
        .replace("<main>", "<main><script>document.title='pwned'</script><img src=x onerror=\"document.title='img'\">");
    open("tampered.html", html);
    assertThat(browser.getTitle()).startsWith("Winnow report");
    browser.findElement(By.id("hide")).click();
    assertThat(visible("[data-filter]")).isZero();
  }

  /** A page of 100,000 tiny blocks, each removed: the report opens and its controls work. */
  @Test
  void aReportOfAHundredThousandTinyBlocksOpensAndItsControlsWork() throws IOException {
    Result tiny = HtmlReportTest.tiny(100_000);
    open("tiny-100k.html", Format.HTML.write(tiny, false));
    assertThat(count("[data-filter]")).isEqualTo(tiny.removed().size());
    // For the record, not asserted (no clocks in tests): what opening it took.
    Object load = js("var n=performance.getEntriesByType('navigation')[0];return n.loadEventEnd-n.startTime;");
    System.out.println("ReportBrowserTest: 100,000-block report opened in " + load + " ms");
    browser.findElement(By.id("hide")).click();
    // The first, the middle and the last, not every one: asking each block for its box would lay
    // out all 100,000, which the report spares the browser while they are off screen.
    assertThat(js("var d=document.querySelectorAll('del[data-filter]');return [d[0],d[d.length>>1],d[d.length-1]]"
        + ".map(function(e){return getComputedStyle(e).display;}).join()")).isEqualTo("none,none,none");
  }

  @Test
  void theIndexSortsByAnyColumn() throws IOException {
    List<ReportIndex.Row> rows = List.of(
        new ReportIndex.Row("b.txt", "b.html", "listing", "Bravo", 10, 5, List.of("F 5"), 0.9),
        new ReportIndex.Row("a.txt", "a.html", "article", "Charlie", 2, 50, List.of("G 50"), 0.1),
        new ReportIndex.Row("c.txt", "c.html", "none", null, 100, 9, List.of("H 9"), 0.5));
    open("index.html", ReportIndex.write("run", rows));
    assertThat(firstColumn()).containsExactly("b.txt", "a.txt", "c.txt");
    List<WebElement> headings = browser.findElements(By.cssSelector("#pages thead th button"));
    headings.get(0).click();
    assertThat(firstColumn()).containsExactly("a.txt", "b.txt", "c.txt");
    headings.get(0).click();
    assertThat(firstColumn()).containsExactly("c.txt", "b.txt", "a.txt");
    headings.get(3).click(); // kept, as numbers: 2 < 10 < 100
    assertThat(firstColumn()).containsExactly("a.txt", "b.txt", "c.txt");
    headings.get(4).click(); // removed
    assertThat(firstColumn()).containsExactly("b.txt", "c.txt", "a.txt");
    headings.get(6).click(); // text kept
    assertThat(firstColumn()).containsExactly("a.txt", "c.txt", "b.txt");
    assertThat(count("#pages tbody meter")).isEqualTo(3);
  }

  /**
   * Not a test of the default run: with {@code -Dwinnow.report.open=a.html,b.html} (reports made by
   * {@code --format html}), opens each five times and prints how long loading took, to the load
   * event and to the first paint, as the browser's own navigation timing says: the figures for
   * "the report of a 2 MB page opens in under a second".
   */
  @Test
  @EnabledIfSystemProperty(named = "winnow.report.open", matches = ".+")
  void printsHowLongReportsTakeToOpen() {
    for (String file : System.getProperty("winnow.report.open").split(",")) {
      List<Double> load = new ArrayList<>();
      List<Double> paint = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        browser.get("about:blank");
        browser.get(Path.of(file).toAbsolutePath().toUri().toString());
        load.add(((Number) js("var n=performance.getEntriesByType('navigation')[0];return n.loadEventEnd-n.startTime;"))
            .doubleValue());
        paint.add(((Number) js("var p=performance.getEntriesByName('first-contentful-paint')[0];"
            + "return p?p.startTime:-1;")).doubleValue());
      }
      load.sort(null);
      paint.sort(null);
      System.out.printf(java.util.Locale.ROOT, "open %s: load %.0f ms, first paint %.0f ms (medians of 5; load %s)%n",
          file, load.get(2), paint.get(2), load);
    }
  }

  private List<String> firstColumn() {
    List<String> names = new ArrayList<>();
    for (WebElement e : browser.findElements(By.cssSelector("#pages tbody tr td:first-child"))) {
      names.add(e.getText());
    }
    return names;
  }
}
