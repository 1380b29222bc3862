package dev.winnow.bench;

import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code Pipeline.news()} over a plain-text page of ~10 KB (the seed page), 10 times and 100 times
 * that (see {@link TextPages}). One operation is one page; the {@code megabytes} metric is MB/s.
 *
 * <p>{@code byCopy} processes the same text as {@code news}, each copy of the seed as a page of its
 * own. The two differ only in how the text is cut into pages, so their ratio at 10 and 100 copies
 * is how the cost grows with a page's size. MB/s across the {@code copies} of {@code news} differ
 * for another reason too: the larger pages are mostly varied copies, whose shuffled prose costs
 * more per byte than the seed, which the CPU sees again and again.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class TextBenchmark {

  /** How many copies of the seed page make the page. */
  @Param({"1", "10", "100"})
  public int copies;

  private Pipeline pipeline = Pipeline.news();
  private String page = "";
  private long bytes;
  private List<String> parts = List.of();
  private long partBytes;

  @Setup
  public void setUp() {
    pipeline = Pipeline.news();
    page = TextPages.page(copies);
    bytes = page.getBytes(StandardCharsets.UTF_8).length;
    parts = TextPages.copies(copies);
    partBytes = 0;
    for (String part : parts) {
      partBytes += part.getBytes(StandardCharsets.UTF_8).length;
    }
  }

  @Benchmark
  public Result news(Megabytes mb) {
    Result r = pipeline.process(Input.text(page));
    mb.add(bytes);
    return r;
  }

  @Benchmark
  public void byCopy(Megabytes mb, Blackhole bh) {
    for (String part : parts) {
      bh.consume(pipeline.process(Input.text(part)));
    }
    mb.add(partBytes);
  }
}
