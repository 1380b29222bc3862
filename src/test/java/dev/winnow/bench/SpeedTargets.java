package dev.winnow.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.winnow.Input;
import dev.winnow.InputKind;
import dev.winnow.Pipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * The speed targets of issue 18, measured the way a scraper meets the library: {@code
 * Pipeline.news().process(Input.bytes(page, kind))} in a loop on one thread, with the peers
 * (Boilerpipe's {@code ArticleExtractor}, a bare {@code Jsoup.parse}) run page by page in turn with
 * Winnow in the same JVM, so that the machine's drift hits all of them alike. Run it pinned to one
 * core ({@code taskset -c 1}); a second core hides the JIT's and the collector's work.
 *
 * <p>Each page set runs in a fresh JVM of its own (a child process with this one's class path and
 * affinity), so that the speed after {@value #EARLY_PASSES} passes is that of a fresh worker:
 * <ul>
 *   <li><b>early</b>: pass {@value #EARLY_PASSES} + 1, after {@value #EARLY_PASSES} passes over the
 *       set from a cold start;
 *   <li><b>steady</b>: the median of {@value #STEADY_PASSES} passes after {@value #WARMUP_SECONDS}
 *       s of warm-up;
 *   <li><b>alloc</b>: bytes allocated per byte of input over the steady passes (the thread's own
 *       allocation counter, the figure JMH's {@code -prof gc} reports as {@code gc.alloc.rate.norm}).
 * </ul>
 *
 * <p>The peers get their input decoded already, as a {@code String}: their figures leave out the
 * decoding that Winnow's include, so the ratios err in the peers' favour.
 *
 * <p>Usage: {@code SpeedTargets [BENCH_DIR]} (default {@code ../shared/bench}) runs every set and
 * prints the table; {@code SpeedTargets set NAME DIR} runs one set in this JVM.
 */
public final class SpeedTargets {
  static final int EARLY_PASSES = 10;
  static final int STEADY_PASSES = 5;
  static final int WARMUP_SECONDS = 30;

  private SpeedTargets() {}

  /** A page set: a name, its folder under the bench directory, the file extension and the kind. */
  private record PageSet(String name, String folder, String extension, InputKind kind) {}

  private static final List<PageSet> SETS = List.of(
      new PageSet("text listing pages", "listing-dev-text/pages", ".txt", InputKind.TEXT),
      new PageSet("text dumps", "articles-dev-text/pages", ".txt", InputKind.TEXT),
      new PageSet("html articles", "articles-dev/html", ".html", InputKind.HTML));

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("set")) {
      PageSet set = SETS.stream().filter(s -> s.name().equals(args[1])).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no page set " + args[1]));
      runSet(set, Path.of(args[2]), System.out);
      return;
    }
    Path bench = Path.of(args.length > 0 ? args[0] : "../shared/bench").toAbsolutePath().normalize();
    if (!Files.isDirectory(bench)) {
      System.err.println("no bench folder at " + bench + "; usage: SpeedTargets [BENCH_DIR]");
      System.exit(2);
    }
    Map<String, double[]> rows = new LinkedHashMap<>();
    for (PageSet set : SETS) {
      for (String line : child(set, bench)) {
        // engine<TAB>early<TAB>steady<TAB>alloc
        String[] f = line.split("\t");
        if (f.length == 5 && f[0].equals("row")) {
          rows.put(set.name() + "\t" + f[1], new double[] {
              Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        }
      }
    }
    print(rows, System.out);
  }

  /** Runs one set in a child JVM with this JVM's class path; returns its standard output lines. */
  private static List<String> child(PageSet set, Path bench) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xms1g", "-Xmx1g", "-XX:+UseParallelGC",
        "-cp", System.getProperty("java.class.path"), SpeedTargets.class.getName(), "set", set.name(),
        bench.resolve(set.folder()).toString()));
    System.err.println("running " + set.name() + " (" + WARMUP_SECONDS + " s of warm-up)...");
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        lines.add(line);
      }
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException(set.name() + " failed: " + String.join(" ", command));
    }
    return lines;
  }

  /** One engine under test: processes one page, returns something the JIT must keep. */
  private interface Engine {
    int run(byte[] page, String text) throws BoilerpipeProcessingException;
  }

  private static void runSet(PageSet set, Path dir, PrintStream out) throws Exception {
    List<Path> files = BenchFiles.files(dir, set.extension());
    List<byte[]> pages = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      pages.add(b);
      texts.add(new String(b, StandardCharsets.UTF_8));
      bytes += b.length;
    }
    Pipeline pipeline = Pipeline.news();
    InputKind kind = set.kind();
    Map<String, Engine> engines = new LinkedHashMap<>();
    engines.put("winnow", (page, text) -> pipeline.process(Input.bytes(page, kind)).articles().size());
    if (kind == InputKind.HTML) {
      engines.put("boilerpipe", (page, text) -> ArticleExtractor.INSTANCE.getText(text).length());
      engines.put("jsoup parse", (page, text) -> Jsoup.parse(text).childNodeSize());
    }
    Engine[] e = engines.values().toArray(new Engine[0]);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] nanos = new long[e.length];
    long[] alloc = new long[e.length];
    long sink = 0;
    // Cold start: EARLY_PASSES passes, then one timed.
    for (int pass = 0; pass < EARLY_PASSES; pass++) {
      sink += pass(e, pages, texts, pass, nanos, alloc, threads);
    }
    Arrays.fill(nanos, 0);
    sink += pass(e, pages, texts, EARLY_PASSES, nanos, alloc, threads);
    double[] early = megabytesPerSecond(bytes, nanos);
    long warmEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
    for (int pass = 0; System.nanoTime() < warmEnd; pass++) {
      sink += pass(e, pages, texts, pass, nanos, alloc, threads);
    }
    double[][] steady = new double[e.length][STEADY_PASSES];
    Arrays.fill(alloc, 0);
    for (int pass = 0; pass < STEADY_PASSES; pass++) {
      Arrays.fill(nanos, 0);
      sink += pass(e, pages, texts, pass, nanos, alloc, threads);
      double[] mbs = megabytesPerSecond(bytes, nanos);
      for (int i = 0; i < e.length; i++) {
        steady[i][pass] = mbs[i];
      }
    }
    System.err.printf(Locale.ROOT, "%s: %d pages, %.2f MB (%d)%n", set.name(), pages.size(), bytes / 1e6, sink % 10);
    int i = 0;
    for (String name : engines.keySet()) {
      Arrays.sort(steady[i]);
      out.printf(Locale.ROOT, "row\t%s\t%.2f\t%.2f\t%.3f%n", name, early[i], steady[i][STEADY_PASSES / 2],
          (double) alloc[i] / STEADY_PASSES / bytes);
      i++;
    }
  }

  /** One pass over the pages, the engines' order turning from page to page; adds to the timers. */
  private static long pass(Engine[] e, List<byte[]> pages, List<String> texts, int pass, long[] nanos, long[] alloc,
      com.sun.management.ThreadMXBean threads) throws BoilerpipeProcessingException {
    long sink = 0;
    for (int p = 0; p < pages.size(); p++) {
      for (int k = 0; k < e.length; k++) {
        int i = (k + p + pass) % e.length;
        long a0 = threads.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();
        sink += e[i].run(pages.get(p), texts.get(p));
        nanos[i] += System.nanoTime() - t0;
        alloc[i] += threads.getCurrentThreadAllocatedBytes() - a0;
      }
    }
    return sink;
  }

  private static double[] megabytesPerSecond(long bytes, long[] nanos) {
    double[] mbs = new double[nanos.length];
    for (int i = 0; i < nanos.length; i++) {
      mbs[i] = bytes / 1e6 / (nanos[i] / 1e9);
    }
    return mbs;
  }

  private static void print(Map<String, double[]> rows, PrintStream out) {
    out.println();
    out.println("One thread; MB = 10^6 bytes of input; Winnow through Input.bytes, the peers on decoded strings.");
    out.printf(Locale.ROOT, "%-20s %-12s %9s %9s %9s %12s%n", "pages", "engine", "early", "steady", "early/st",
        "alloc B/B");
    for (Map.Entry<String, double[]> row : rows.entrySet()) {
      String[] key = row.getKey().split("\t");
      double[] v = row.getValue();
      out.printf(Locale.ROOT, "%-20s %-12s %9.1f %9.1f %9.2f %12.2f%n", key[0], key[1], v[0], v[1], v[0] / v[1], v[2]);
    }
    double[] winnow = rows.get("html articles\twinnow");
    double[] boilerpipe = rows.get("html articles\tboilerpipe");
    double[] jsoup = rows.get("html articles\tjsoup parse");
    out.println();
    out.println("Targets (issue 18):");
    target(out, "text listing pages >= 100 MB/s", rows.get("text listing pages\twinnow")[1], 100, " MB/s");
    target(out, "text dumps >= 80 MB/s", rows.get("text dumps\twinnow")[1], 80, " MB/s");
    target(out, "HTML >= 2x Boilerpipe", winnow[1] / boilerpipe[1], 2, "x");
    target(out, "HTML >= 0.6x jsoup parse", winnow[1] / jsoup[1], 0.6, "x");
    for (Map.Entry<String, double[]> row : rows.entrySet()) {
      if (row.getKey().endsWith("\twinnow")) {
        target(out, row.getKey().split("\t")[0] + ": early >= 0.75 steady", row.getValue()[0] / row.getValue()[1],
            0.75, "");
      }
    }
  }

  private static void target(PrintStream out, String what, double value, double goal, String unit) {
    out.printf(Locale.ROOT, "  %-45s %8.2f%s  %s%n", what, value, unit, value >= goal ? "met" : "NOT met");
  }
}
