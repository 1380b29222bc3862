package dev.winnow.bench;

import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import java.nio.charset.StandardCharsets;
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

/**
 * {@code Pipeline.news()} over a plain-text page of ~10 KB (the seed page), 10 times and 100 times
 * that (see {@link TextPages}). One operation is one page; the {@code megabytes} metric is MB/s,
 * which should stay about the same across sizes if the cost is linear in the input.
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

  @Setup
  public void setUp() {
    pipeline = Pipeline.news();
    page = TextPages.page(copies);
    bytes = page.getBytes(StandardCharsets.UTF_8).length;
  }

  @Benchmark
  public Result news(Megabytes mb) {
    Result r = pipeline.process(Input.text(page));
    mb.add(bytes);
    return r;
  }
}
