package dev.winnow.bench;

import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Times two builds of Winnow against each other in one JVM, page by page: each build's classes
 * are loaded by a class loader of their own (with the same libraries), both are warmed up, then
 * every page of the dev HTML pages ({@code html}), the dev text dumps ({@code text}) or, {@value
 * #SEED_COPIES} times a pass, the ~10 KB seed page ({@code seed}) goes through
 * {@code Pipeline.news().process(Input.bytes(page, kind))} of one build right after the other, as
 * a scraper calls it, the order alternating from
 * page to page. Shared machines drift by a third from one minute to the next; two builds timed a
 * millisecond apart drift together, so a change of 1-2% shows up, where two JMH runs can
 * disagree by 20%.
 *
 * <p>Prints both builds' MB/s and the ratio of B's time to A's (below 1: B is faster), over all
 * passes and as the median and range of the per-pass ratios. Run with {@code mvn -q -B
 * test-compile exec:exec@bench -Djmh.args="compare html DIR_A DIR_B"}, where each directory holds
 * a build's classes (for example a copy of {@code target/classes} taken before a change), and
 * {@code -Dwinnow.bench.textDir} or {@code -Dwinnow.bench.dir} name other pages (the listing
 * sets, say),
 * optionally the number of measured passes (default 20) after 20 seconds of warm-up ({@code
 * -Dwinnow.bench.warmupSeconds} sets another: pinned to one core, where the JIT's compiler
 * threads take turns with the pages, two builds of the whole text chain need two minutes to
 * settle, and a shorter warm-up measures the build with more code to compile as the slower one). Comparing a
 * build with a copy of itself shows the method's own noise: within about 1%. The build loaded
 * first can gain a point or so; run both orders and read the two ratios together.
 */
final class CompareBuilds {
  private CompareBuilds() {}

  private static final long WARMUP_NANOS = Long.getLong("winnow.bench.warmupSeconds", 20) * 1_000_000_000L;

  private static final int DEFAULT_PASSES = 20;

  /** The seed page runs this many times a pass, so that a pass lasts about as long as the others'. */
  static final int SEED_COPIES = 100;

  static void main(String[] args, PrintStream out) throws Exception {
    String mode = args.length > 0 ? args[0] : "";
    boolean html = mode.equals("html");
    boolean modeOk = html || mode.equals("text") || mode.equals("seed");
    boolean passesOk = args.length == 3 || args.length == 4 && args[3].matches("[1-9][0-9]{0,5}");
    if (!modeOk || !passesOk || !Files.isDirectory(Path.of(args[1])) || !Files.isDirectory(Path.of(args[2]))) {
      out.println("usage: compare html|text|seed CLASSES_A CLASSES_B [passes, 1 to 999999; default " + DEFAULT_PASSES
          + "], where CLASSES_A and CLASSES_B are the class folders of two builds");
      return;
    }
    int passes = args.length == 4 ? Integer.parseInt(args[3]) : DEFAULT_PASSES;
    List<String> pages;
    long bytes;
    if (mode.equals("seed")) {
      pages = Collections.nCopies(SEED_COPIES, TextPages.seed());
      bytes = (long) SEED_COPIES * TextPages.seed().getBytes(StandardCharsets.UTF_8).length;
    } else {
      BenchFiles.Contents dev = BenchFiles.devPages(html);
      pages = dev.texts();
      bytes = dev.bytes();
    }
    // As a scraper calls it: the page's bytes, through Input.bytes.
    List<byte[]> pageBytes = new ArrayList<>();
    for (String page : pages) {
      pageBytes.add(page.getBytes(StandardCharsets.UTF_8));
    }
    Build a = new Build(Path.of(args[1]), html);
    Build b = new Build(Path.of(args[2]), html);
    long sink = 0;
    long warmEnd = System.nanoTime() + WARMUP_NANOS;
    while (System.nanoTime() < warmEnd) {
      for (byte[] page : pageBytes) {
        sink += a.process(page) + b.process(page);
      }
    }
    double[] ratios = new double[passes];
    long totalA = 0;
    long totalB = 0;
    for (int pass = 0; pass < passes; pass++) {
      long passA = 0;
      long passB = 0;
      for (int i = 0; i < pageBytes.size(); i++) {
        byte[] page = pageBytes.get(i);
        boolean aFirst = ((i + pass) & 1) == 0;
        Build first = aFirst ? a : b;
        Build second = aFirst ? b : a;
        long t0 = System.nanoTime();
        sink += first.process(page);
        long t1 = System.nanoTime();
        sink += second.process(page);
        long t2 = System.nanoTime();
        passA += aFirst ? t1 - t0 : t2 - t1;
        passB += aFirst ? t2 - t1 : t1 - t0;
      }
      totalA += passA;
      totalB += passB;
      ratios[pass] = (double) passB / passA;
    }
    Arrays.sort(ratios);
    double megabytes = bytes / 1e6 * passes;
    out.printf("%d %s pages, %.2f MB, %d passes after %d s of warm-up (%d)%n", pages.size(), html ? "HTML" : "text",
        bytes / 1e6, passes, WARMUP_NANOS / 1_000_000_000L, sink % 10);
    out.printf("A %s: %.1f MB/s%n", args[1], megabytes / (totalA / 1e9));
    out.printf("B %s: %.1f MB/s%n", args[2], megabytes / (totalB / 1e9));
    out.printf("B's time / A's: %.3f over all passes; per pass median %.3f, range %.3f to %.3f%n",
        (double) totalB / totalA, ratios[passes / 2], ratios[0], ratios[passes - 1]);
  }

  /** One build's {@code Pipeline.news()}, called through reflection on its own class loader. */
  private static final class Build {
    private final Object pipeline;
    private final Method process;
    private final Method input;
    private final Object kind;
    private final Method articles;

    Build(Path classes, boolean html) throws ReflectiveOperationException, MalformedURLException {
      ClassLoader loader = new URLClassLoader(classPath(classes), ClassLoader.getPlatformClassLoader());
      Class<?> pipelineClass = loader.loadClass("dev.winnow.Pipeline");
      Class<?> inputClass = loader.loadClass("dev.winnow.Input");
      pipeline = pipelineClass.getMethod("news").invoke(null);
      process = pipelineClass.getMethod("process", inputClass);
      Class<?> kindClass = loader.loadClass("dev.winnow.InputKind");
      input = inputClass.getMethod("bytes", byte[].class, kindClass);
      kind = kindClass.getField(html ? "HTML" : "TEXT").get(null);
      articles = loader.loadClass("dev.winnow.Result").getMethod("articles");
    }

    /** Processes the page; returns the number of articles, for the JIT to see it used. */
    int process(byte[] page) throws IllegalAccessException, InvocationTargetException {
      Object result = process.invoke(pipeline, input.invoke(null, page, kind));
      return ((List<?>) articles.invoke(result)).size();
    }

    /** The build's classes, then this JVM's class path without Winnow's own classes. */
    private static URL[] classPath(Path classes) throws MalformedURLException {
      List<URL> urls = new ArrayList<>();
      urls.add(classes.toUri().toURL());
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        Path p = Path.of(entry);
        if (!p.endsWith(Path.of("target", "classes")) && !p.endsWith(Path.of("target", "test-classes"))) {
          urls.add(p.toUri().toURL());
        }
      }
      return urls.toArray(new URL[0]);
    }
  }
}
