package dev.winnow.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.winnow.Input;
import dev.winnow.Pipeline;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
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
 * Winnow beside other extractors on the dev HTML pages ({@link HtmlPages}), each in a JVM of its
 * own with the same settings. One operation is one pass over all pages, so the {@code megabytes}
 * metric is MB/s of HTML. Each extractor goes as far as plain text, the thing all of them are for;
 * {@link #jsoupParse} is the floor, a parse and nothing else.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class HtmlBenchmark {

  private Pipeline pipeline = Pipeline.news();
  private List<String> html = List.of();
  private List<String> urls = List.of();
  private long bytes;

  @Setup
  public void setUp() {
    HtmlPages pages = HtmlPages.load();
    pipeline = Pipeline.news();
    html = pages.html();
    urls = pages.urls();
    bytes = pages.bytes();
  }

  @Benchmark
  public void winnow(Blackhole bh, Megabytes mb) {
    for (String s : html) {
      bh.consume(pipeline.process(Input.html(s)).text());
    }
    mb.add(bytes);
  }

  @Benchmark
  public void boilerpipe(Blackhole bh, Megabytes mb) throws BoilerpipeProcessingException {
    for (String s : html) {
      bh.consume(ArticleExtractor.INSTANCE.getText(s));
    }
    mb.add(bytes);
  }

  @Benchmark
  public void readability4j(Blackhole bh, Megabytes mb) {
    for (int i = 0; i < html.size(); i++) {
      Article article = new Readability4J(urls.get(i), html.get(i)).parse();
      bh.consume(article.getTextContent());
    }
    mb.add(bytes);
  }

  @Benchmark
  public void jsoupParse(Blackhole bh, Megabytes mb) {
    for (String s : html) {
      bh.consume(Jsoup.parse(s));
    }
    mb.add(bytes);
  }
}
