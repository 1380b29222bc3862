package dev.winnow.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.winnow.Input;
import dev.winnow.InputKind;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.eval.PageScore;
import dev.winnow.eval.ShingleMetric;
import dev.winnow.eval.Summary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Scores the news pipeline on a dataset with ground truth, in one of two layouts.
 *
 * <ul>
 *   <li>The Article Extraction Benchmark's: a {@code ground-truth.json} mapping page ids to
 *       {@code {"articleBody": ...}}, and the pages in {@code html/<id>.html} (HTML mode) or
 *       {@code pages/<id>.txt} (text-dump mode). Prints precision, recall, F1 and accuracy with the
 *       benchmark's metric, then the pages worst first.
 *   <li>The listing benchmark's ({@code --mode listing}, the default when there is a {@code gold/}
 *       folder): {@code gold/<id>.json} and the pages in {@code html/<id>.html} or
 *       {@code pages/<id>.txt}, read as HTML or text by their folder. Prints the listing scorer's
 *       figures, ending with its {@code textmode: f1=… headline=…} line ({@link ListingEvaluation}).
 *   <li>The snippets benchmark's ({@code --mode snippets}, the default when there is an
 *       {@code expectations.json}): must-contain and must-not-contain snippets with the expected
 *       title, author and date per page, and the pages in {@code html/<name>.gz}. Prints the line
 *       the folder's {@code score.py} prints ({@link SnippetsEvaluation}).
 * </ul>
 *
 * <p>With floors ({@code --min-f1} and, for listings, {@code --min-headline} and the others) it is an
 * accuracy gate that exits 1 when a figure misses its floor.
 *
 * <pre>
 * java -cp target/winnow-VERSION-cli.jar dev.winnow.cli.Evaluate ../shared/bench/articles-dev --min-f1 0.95
 * java -cp target/winnow-VERSION-cli.jar dev.winnow.cli.Evaluate ../shared/bench/listing-dev-text --min-headline 0.47
 * </pre>
 */
@Command(name = "winnow-eval", mixinStandardHelpOptions = true,
    description = "Scores Winnow on a dataset with ground truth (Article Extraction Benchmark or listing layout).")
public final class Evaluate implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DATASET",
      description = "folder with ground-truth.json or gold/, and html/ or pages/")
  Path dataset;

  @Option(names = "--mode", description = "html, text, listing or snippets; default: snippets when DATASET has "
      + "expectations.json, listing when it has gold/, else html when it has html/, else text")
  String mode;

  @Option(names = "--min-f1", description = "fail (exit 1) when F1 is below this floor")
  double minF1 = -1;

  @Option(names = "--min-accuracy", description = "fail (exit 1) when accuracy is below this floor (not for listings)")
  double minAccuracy = -1;

  @Option(names = "--min-headline", description = "listings: fail (exit 1) when the headline rate is below this floor")
  double minHeadline = -1;

  @Option(names = "--min-section", description = "listings: fail (exit 1) when the section rate is below this floor")
  double minSection = -1;

  @Option(names = "--min-count",
      description = "listings: fail (exit 1) when the article count rate is below this floor")
  double minCount = -1;

  @Option(names = "--min-byline", description = "snippets: fail (exit 1) when the byline rate is below this floor")
  double minByline = -1;

  @Option(names = "--min-date", description = "snippets: fail (exit 1) when the date rate is below this floor")
  double minDate = -1;

  @Option(names = "--max-leaks", description = "listings: fail (exit 1) when more noise lines than this leak")
  int maxLeaks = -1;

  @Option(names = "--max-lost", description = "listings: fail (exit 1) when more gold paragraphs than this are lost")
  int maxLost = -1;

  @Option(names = "--worst", description = "how many of the worst pages to list (default ${DEFAULT-VALUE})")
  int worst = 15;

  @Option(names = "--dump", description = "write each page's extracted text to DIR/<id>.txt "
      + "(listings: its result as JSON to DIR/<id>.json, which score.py reads)")
  Path dump;

  @Spec CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  Evaluate(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new CommandLine(new Evaluate(out, err)).execute(args));
  }

  /** One scored page. */
  record Scored(String id, String url, PageScore score, long chars, int articles, String error) {}

  @Override
  public Integer call() throws IOException {
    boolean snippets = mode == null ? Files.isRegularFile(dataset.resolve("expectations.json"))
        : mode.equalsIgnoreCase("snippets");
    if (snippets) {
      return callSnippets();
    }
    if (minByline >= 0 || minDate >= 0) {
      throw usage("--min-byline and --min-date are for snippets datasets");
    }
    boolean listing = mode == null ? Files.isDirectory(dataset.resolve("gold")) : mode.equalsIgnoreCase("listing");
    if (listing) {
      return callListing();
    }
    if (minHeadline >= 0 || minSection >= 0 || minCount >= 0 || maxLeaks >= 0 || maxLost >= 0) {
      throw usage("--min-headline, --min-section, --min-count, --max-leaks and --max-lost are for listing datasets");
    }
    Path truthFile = dataset.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      throw usage("no ground-truth.json in " + dataset);
    }
    InputKind kind = resolveMode();
    Path pages = dataset.resolve(kind == InputKind.HTML ? "html" : "pages");
    String ext = kind == InputKind.HTML ? ".html" : ".txt";
    JsonObject truth;
    try (Reader r = Files.newBufferedReader(truthFile, StandardCharsets.UTF_8)) {
      truth = JsonParser.parseReader(r).getAsJsonObject();
    }
    if (dump != null) {
      Files.createDirectories(dump);
    }
    Pipeline pipeline = Pipeline.news();
    List<Scored> scored = new ArrayList<>();
    long totalBytes = 0;
    long nanos = 0;
    for (Map.Entry<String, JsonElement> e : truth.entrySet()) {
      String id = e.getKey();
      JsonObject o = e.getValue().getAsJsonObject();
      String expected = o.has("articleBody") ? o.get("articleBody").getAsString() : "";
      String url = o.has("url") ? o.get("url").getAsString() : "";
      Path page = pages.resolve(id + ext);
      String extracted = "";
      String error = "";
      int articles = 0;
      if (!Files.isRegularFile(page)) {
        error = "missing " + page;
      } else {
        byte[] bytes = Files.readAllBytes(page);
        totalBytes += bytes.length;
        long t0 = System.nanoTime();
        try {
          Result result = pipeline.process(Input.bytes(bytes, kind).named(id));
          extracted = result.text();
          articles = result.articles().size();
        } catch (RuntimeException | StackOverflowError ex) {
          error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
        }
        nanos += System.nanoTime() - t0;
      }
      if (dump != null) {
        Files.writeString(dump.resolve(id + ".txt"), extracted, StandardCharsets.UTF_8);
      }
      scored.add(new Scored(id, url, ShingleMetric.score(expected, extracted), extracted.length(), articles, error));
    }
    Summary s = Summary.of(scored.stream().map(Scored::score).toList());
    out.printf(Locale.ROOT, "dataset=%s mode=%s pages=%d%n", dataset, kind.id(), s.pages());
    out.printf(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f accuracy=%.4f%n",
        s.precision(), s.recall(), s.f1(), s.accuracy());
    out.printf(Locale.ROOT, "bytes=%d millis=%d (one pass, cold JVM)%n", totalBytes, nanos / 1_000_000);
    out.println("worst pages (f1 precision recall articles id url):");
    scored.stream()
        .sorted(Comparator.comparingDouble((Scored x) -> x.score().f1()).thenComparing(Scored::id))
        .limit(Math.max(0, worst))
        .forEach(x -> out.printf(Locale.ROOT, "  %.3f %.3f %.3f %d %s %s%s%n", x.score().f1(), x.score().precision(),
            x.score().recall(), x.articles(), x.id().substring(0, Math.min(12, x.id().length())), x.url(),
            x.error().isEmpty() ? "" : "  ERROR " + x.error()));
    boolean failed = false;
    if (minF1 >= 0 && s.f1() < minF1) {
      out.printf(Locale.ROOT, "FAIL: f1 %.4f is below the floor %.4f%n", s.f1(), minF1);
      failed = true;
    }
    if (minAccuracy >= 0 && s.accuracy() < minAccuracy) {
      out.printf(Locale.ROOT, "FAIL: accuracy %.4f is below the floor %.4f%n", s.accuracy(), minAccuracy);
      failed = true;
    }
    return failed ? 1 : 0;
  }

  private int callSnippets() throws IOException {
    if (!Files.isRegularFile(dataset.resolve("expectations.json"))) {
      throw usage("no expectations.json in " + dataset);
    }
    if (minAccuracy >= 0 || minSection >= 0 || minCount >= 0 || maxLeaks >= 0 || maxLost >= 0) {
      throw usage("snippets datasets take --min-f1, --min-headline, --min-byline and --min-date");
    }
    return SnippetsEvaluation.run(dataset, new SnippetsEvaluation.Floors(minF1, minHeadline, minByline, minDate),
        Math.max(0, worst), dump, out, err);
  }

  private int callListing() throws IOException {
    if (!Files.isDirectory(dataset.resolve("gold"))) {
      throw usage("no gold/ folder in " + dataset);
    }
    if (!Files.isDirectory(dataset.resolve("html")) && !Files.isDirectory(dataset.resolve("pages"))) {
      throw usage("no html/ or pages/ folder in " + dataset);
    }
    if (minAccuracy >= 0) {
      throw usage("--min-accuracy is for Article Extraction Benchmark datasets, not listings");
    }
    ListingEvaluation.Floors floors =
        new ListingEvaluation.Floors(minF1, minHeadline, minSection, minCount, maxLeaks, maxLost);
    return ListingEvaluation.run(dataset, floors, Math.max(0, worst), dump, out, err);
  }

  private InputKind resolveMode() {
    if (mode != null) {
      for (InputKind k : InputKind.values()) {
        if (k.id().equalsIgnoreCase(mode)) {
          return k;
        }
      }
      throw usage("unknown mode '" + mode + "': use html, text or listing");
    }
    return Files.isDirectory(dataset.resolve("html")) ? InputKind.HTML : InputKind.TEXT;
  }

  private CommandLine.ParameterException usage(String message) {
    // The running command line, so the usage message goes where its error stream does.
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
