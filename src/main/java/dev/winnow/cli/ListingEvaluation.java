package dev.winnow.cli;

import dev.winnow.Article;
import dev.winnow.Input;
import dev.winnow.InputKind;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.eval.ListingGold;
import dev.winnow.eval.ListingMetric;
import dev.winnow.eval.ListingScore;
import dev.winnow.eval.ListingSummary;
import dev.winnow.output.Format;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@link Evaluate}'s listing mode: runs the news pipeline on every page of a listing dataset
 * ({@code gold/P###.json} with {@code pages/P###.txt} or {@code html/P###.html}) and scores it with
 * the {@link ListingMetric}, ending with the scorer's own last line, so that the figures read the
 * same as {@code score.py}'s.
 */
final class ListingEvaluation {

  /**
   * The floors a run must reach; a negative value is no floor.
   *
   * @param minF1 body token F1
   * @param minHeadline headline exact rate
   * @param minSection section exact rate
   * @param minCount article count exact rate
   * @param maxLeaks leaked noise lines
   * @param maxLost lost gold paragraphs
   */
  record Floors(double minF1, double minHeadline, double minSection, double minCount, int maxLeaks, int maxLost) {}

  /** One scored page; {@code error} is empty when the page was read and processed. */
  private record Scored(String id, ListingScore score, String error) {}

  private ListingEvaluation() {}

  /** The input kind the dataset's page folder says: {@code html/} is HTML, else {@code pages/} is text. */
  static InputKind kindOf(Path dataset) {
    return Files.isDirectory(dataset.resolve("html")) ? InputKind.HTML : InputKind.TEXT;
  }

  /**
   * Scores the dataset and prints the summary, the {@code worst} pages, and the scorer's line.
   *
   * @param dump where to write each page's result as JSON ({@code <id>.json}, the CLI's schema,
   *     which {@code score.py} reads), or {@code null}
   * @return 0, or 1 when a figure misses its floor (each one named on {@code err})
   */
  static int run(Path dataset, Floors floors, int worst, @Nullable Path dump, PrintStream out, PrintStream err)
      throws IOException {
    InputKind kind = kindOf(dataset);
    Path pages = dataset.resolve(kind == InputKind.HTML ? "html" : "pages");
    String ext = kind == InputKind.HTML ? ".html" : ".txt";
    List<Path> goldFiles;
    try (Stream<Path> s = Files.list(dataset.resolve("gold"))) {
      goldFiles = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
          .toList();
    }
    if (goldFiles.isEmpty()) {
      throw new IOException("no gold files (*.json) in " + dataset.resolve("gold"));
    }
    if (dump != null) {
      Files.createDirectories(dump);
    }
    Pipeline pipeline = Pipeline.news();
    List<Scored> scored = new ArrayList<>();
    long totalBytes = 0;
    long nanos = 0;
    for (Path goldFile : goldFiles) {
      String name = goldFile.getFileName().toString();
      String id = name.substring(0, name.length() - ".json".length());
      ListingGold gold = ListingGoldReader.read(goldFile);
      Path page = pages.resolve(id + ext);
      List<Article> articles = List.of();
      String error = "";
      if (!Files.isRegularFile(page)) {
        error = "missing " + page;   // scored as an empty extraction, as score.py scores a missing one
      } else {
        byte[] bytes = Files.readAllBytes(page);
        totalBytes += bytes.length;
        long t0 = System.nanoTime();
        try {
          Result result = pipeline.process(Input.bytes(bytes, kind).named(id + ext));
          articles = result.articles();
          if (dump != null) {
            Files.writeString(dump.resolve(id + ".json"), Format.JSON.write(result, false) + "\n",
                StandardCharsets.UTF_8);
          }
        } catch (RuntimeException | StackOverflowError ex) {
          error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
        }
        nanos += System.nanoTime() - t0;
      }
      scored.add(new Scored(id, ListingMetric.score(gold, articles), error));
    }
    ListingSummary s = ListingSummary.of(scored.stream().map(Scored::score).toList());
    out.printf(Locale.ROOT, "dataset=%s mode=listing input=%s pages=%d%n", dataset, kind.id(), s.pages());
    out.printf(Locale.ROOT, "articles: %d gold, %d extracted; paragraphs: %d gold%n", s.goldArticles(),
        s.predictedArticles(), s.goldParagraphs());
    out.printf(Locale.ROOT, "precision=%s recall=%s (tp=%d fp=%d fn=%d)%n", fixed(s.precision(), 4),
        fixed(s.recall(), 4), s.tp(), s.fp(), s.fn());
    out.printf(Locale.ROOT, "bytes=%d millis=%d (one pass, cold JVM)%n", totalBytes, nanos / 1_000_000);
    if (worst > 0) {
      out.println("worst pages (id, articles gold/extracted, body F1, headlines, sections, leaks, lost):");
      scored.stream()
          .sorted(Comparator.comparingDouble((Scored x) -> x.score().f1()).thenComparing(Scored::id))
          .limit(worst)
          .forEach(x -> out.println("  " + pageLine(x.id(), x.score())
              + (x.error().isEmpty() ? "" : "  ERROR " + x.error())));
    }
    out.println(s.line());
    return floorsMissed(s, floors, err) ? 1 : 0;
  }

  /** A page's line in the form of {@code score.py -v}'s. */
  static String pageLine(String id, ListingScore p) {
    return String.format(Locale.ROOT, "%s gold=%d pred=%d f1=%s head=%d/%d sec=%d/%d leaks=%d lost=%d/%d", id,
        p.goldArticles(), p.predictedArticles(), fixed(p.f1(), 3), p.headlinesRight(), p.goldArticles(),
        p.sectionsRight(), p.goldArticles(), p.leaks().size(), p.lost().size(), p.goldParagraphs());
  }

  /** Python's {@code '%.Nf'}, as score.py prints: the exact value rounded half to even. */
  private static String fixed(double x, int places) {
    return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Says on {@code err} which figures missed their floors; whether any did. */
  private static boolean floorsMissed(ListingSummary s, Floors f, PrintStream err) {
    boolean missed = false;
    missed |= below(err, "f1", s.f1(), f.minF1());
    missed |= below(err, "headline", s.headline(), f.minHeadline());
    missed |= below(err, "section", s.section(), f.minSection());
    missed |= below(err, "count", s.count(), f.minCount());
    missed |= above(err, "leaks", s.leaks(), f.maxLeaks());
    missed |= above(err, "lost", s.lost(), f.maxLost());
    return missed;
  }

  private static boolean below(PrintStream err, String figure, double value, double floor) {
    if (floor >= 0 && value < floor) {
      String shown = fixed(value, 4);
      if (shown.equals(fixed(floor, 4))) {
        shown = Double.toString(value);   // below the floor by less than the printed digits show
      }
      err.printf(Locale.ROOT, "FAIL: %s %s is below the floor %s%n", figure, shown, floor);
      return true;
    }
    return false;
  }

  private static boolean above(PrintStream err, String figure, int value, int ceiling) {
    if (ceiling >= 0 && value > ceiling) {
      err.printf(Locale.ROOT, "FAIL: %s %d is above the ceiling %d%n", figure, value, ceiling);
      return true;
    }
    return false;
  }
}
