package dev.winnow.bench;

import dev.winnow.Limits;
import dev.winnow.Pipeline;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.source.TextSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * Throughput of the noise filters over the seed page (about 10 KB of text), with and without
 * reading the text into blocks. Bytes per second = 10 KB x ops per second. Run from the IDE or
 * with {@code java -cp target/test-classes:<test classpath> org.openjdk.jmh.Main NoiseFiltersBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NoiseFiltersBenchmark {
  /** The news chain's noise filters: all of them up to the last, WidgetRemainderFilter. */
  private final List<Filter> filters = noiseFilters();
  private final TextSource source = new TextSource();
  private String seed = "";

  @Setup
  public void load() throws IOException {
    seed = Files.readString(Path.of("testdata/seed/seed-page.txt"), StandardCharsets.UTF_8);
  }

  /** Reading the text into blocks and running the filters. */
  @Benchmark
  public Page readAndFilter() {
    Page page = source.read("seed", seed, Limits.DEFAULT);
    for (Filter f : filters) {
      f.apply(page);
    }
    return page;
  }

  private static List<Filter> noiseFilters() {
    List<Filter> out = new ArrayList<>();
    for (Filter f : Pipeline.news().filters()) {
      out.add(f);
      if (f.name().equals("WidgetRemainderFilter")) {
        return List.copyOf(out);
      }
    }
    throw new IllegalStateException("no WidgetRemainderFilter in the news chain");
  }

  /** Reading alone, to tell the filters' share from the source's. */
  @Benchmark
  public Page readOnly() {
    return source.read("seed", seed, Limits.DEFAULT);
  }
}
