package dev.winnow.bench;

import dev.winnow.Input;
import dev.winnow.Limits;
import dev.winnow.Pipeline;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.source.HtmlSource;
import dev.winnow.source.Source;
import dev.winnow.source.TextSource;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * Where {@code Pipeline.news()} spends its time, stage by stage: the source, each filter, the
 * segmenter, and the whole {@code process} call, over the dev HTML pages ({@code html}) or the
 * dev text dumps ({@code text}). For HTML a bare jsoup parse of each page runs right before
 * Winnow's, so the Winnow-to-jsoup ratio is measured page by page under the same conditions: on
 * shared machines throughput drifts by a third from one minute to the next, which moves two JMH
 * runs apart but not two measurements taken a millisecond apart.
 *
 * <p>Prints microseconds per page, the mean over the measured passes and the best pass, bytes
 * allocated per byte of input (the thread's own allocation counter: unlike time, noise on a shared
 * machine does not move it), and MB/s.
 * Run with {@code mvn -q -B test-compile exec:exec@bench -Djmh.args="stages html"} (or {@code
 * text}, and optionally the number of measured passes, default 20, after 20 seconds of warm-up).
 * Not a JMH benchmark: timings are {@code System.nanoTime} around each stage, which costs tens of
 * nanoseconds per stage and page; use the JMH benchmarks for throughput figures.
 */
final class StageTimes {
  private StageTimes() {}

  /** Warm-up lasts this long at least: on two cores the JIT needs 6-10 s to settle. */
  private static final long WARMUP_NANOS = 20_000_000_000L;

  private static final int DEFAULT_PASSES = 20;

  static void main(String[] args, PrintStream out) {
    boolean html = args.length > 0 && args[0].equals("html");
    boolean modeOk = html || args.length > 0 && args[0].equals("text");
    boolean passesOk = args.length == 1 || args.length == 2 && args[1].matches("[1-9][0-9]{0,5}");
    if (!modeOk || !passesOk) {
      out.println("usage: stages html|text [passes, 1 to 999999; default " + DEFAULT_PASSES + "]");
      return;
    }
    int passes = args.length == 2 ? Integer.parseInt(args[1]) : DEFAULT_PASSES;
    BenchFiles.Contents dev = BenchFiles.devPages(html);
    List<String> pages = dev.texts();
    long bytes = dev.bytes();
    Pipeline pipeline = Pipeline.news();
    List<String> names = new ArrayList<>();
    if (html) {
      names.add("jsoup parse alone");
    }
    names.add(html ? "HtmlSource" : "TextSource");
    pipeline.filters().forEach(f -> names.add(f.name()));
    names.add("segmenter");
    names.add("Pipeline.process, all of it");
    int stages = names.size();
    long[] total = new long[stages];
    long[] best = new long[stages];
    long[] allocated = new long[stages];
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    java.util.Arrays.fill(best, Long.MAX_VALUE);
    Source source = html ? new HtmlSource() : new TextSource();
    long sink = 0;
    long warmUntil = System.nanoTime() + WARMUP_NANOS;
    int warmups = 0;
    for (int pass = 0; pass < passes; pass++) {
      long[] thisPass = new long[stages];
      long[] thisAlloc = new long[stages];
      for (String page : pages) {
        int s = 0;
        long t0;
        long a0;
        if (html) {
          a0 = threads.getCurrentThreadAllocatedBytes();
          t0 = System.nanoTime();
          sink += Parser.htmlParser().parseInput(page, "").childNodeSize();
          thisPass[s] += System.nanoTime() - t0;
          thisAlloc[s++] += threads.getCurrentThreadAllocatedBytes() - a0;
        }
        a0 = threads.getCurrentThreadAllocatedBytes();
        t0 = System.nanoTime();
        Page p = source.read("page", page, Limits.DEFAULT);
        thisPass[s] += System.nanoTime() - t0;
        thisAlloc[s++] += threads.getCurrentThreadAllocatedBytes() - a0;
        for (Filter f : pipeline.filters()) {
          a0 = threads.getCurrentThreadAllocatedBytes();
          t0 = System.nanoTime();
          f.apply(p);
          thisPass[s] += System.nanoTime() - t0;
          thisAlloc[s++] += threads.getCurrentThreadAllocatedBytes() - a0;
        }
        a0 = threads.getCurrentThreadAllocatedBytes();
        t0 = System.nanoTime();
        sink += pipeline.segmenter().segment(p).hashCode();
        thisPass[s] += System.nanoTime() - t0;
        thisAlloc[s++] += threads.getCurrentThreadAllocatedBytes() - a0;
        a0 = threads.getCurrentThreadAllocatedBytes();
        t0 = System.nanoTime();
        sink += pipeline.process(html ? Input.html(page) : Input.text(page)).articles().size();
        thisPass[s] += System.nanoTime() - t0;
        thisAlloc[s] += threads.getCurrentThreadAllocatedBytes() - a0;
      }
      if (System.nanoTime() < warmUntil) {
        warmups++;
        pass--; // a warm-up pass: not counted
        continue;
      }
      for (int i = 0; i < stages; i++) {
        total[i] += thisPass[i];
        best[i] = Math.min(best[i], thisPass[i]);
        allocated[i] += thisAlloc[i];
      }
    }
    double perPage = 1e3 * pages.size();
    out.printf("%d pages, %.2f MB, %d passes after %d warm-up passes (%d)%n", pages.size(), bytes / 1e6, passes,
        warmups, sink & 1);
    out.printf("%-30s %12s %12s %12s%n", "stage", "mean us/page", "best pass", "alloc B/B");
    for (int i = 0; i < stages; i++) {
      out.printf("%-30s %12.1f %12.1f %12.2f%n", names.get(i), total[i] / perPage / passes, best[i] / perPage,
          (double) allocated[i] / passes / bytes);
    }
    int all = stages - 1;
    out.printf("Pipeline.process: %.1f MB/s mean, %.1f MB/s best pass%n", bytes * passes / (total[all] / 1e3),
        bytes / (best[all] / 1e3));
    if (html) {
      out.printf("jsoup parse alone: %.1f MB/s mean, %.1f MB/s best pass%n", bytes * passes / (total[0] / 1e3),
          bytes / (best[0] / 1e3));
      out.printf("Pipeline.process / jsoup parse: %.2f on means, %.2f on best passes%n",
          (double) total[all] / total[0], (double) best[all] / best[0]);
    }
  }
}
