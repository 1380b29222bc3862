package dev.winnow.bench;

import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code Pipeline.news()} over the dev text dumps ({@link TextDumps}): 91 whole rendered news
 * pages. One operation is one pass over all of them, so the {@code megabytes} metric is MB/s of
 * real, varied text, the figure that {@link TextBenchmark}'s repeated seed page flatters.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class TextDumpBenchmark {

  private Pipeline pipeline = Pipeline.news();
  private List<String> pages = List.of();
  private long bytes;

  @Setup
  public void setUp() {
    TextDumps dumps = TextDumps.load();
    pipeline = Pipeline.news();
    pages = dumps.pages();
    bytes = dumps.bytes();
  }

  @Benchmark
  public void news(Blackhole bh, Megabytes mb) {
    for (String page : pages) {
      Result r = pipeline.process(Input.text(page));
      bh.consume(r);
    }
    mb.add(bytes);
  }
}
