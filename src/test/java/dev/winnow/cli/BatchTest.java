package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.output.Format;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One input's failure, whatever it throws, is one line and never stops the others. */
class BatchTest {

  /** Throws what the page's text names; pages with ordinary text pass. */
  static final class Bomb implements Filter {
    @Override
    public void apply(Page page) {
      String text = page.blocks().isEmpty() ? "" : page.block(0).text();
      switch (text) {
        case "stack" -> throw new StackOverflowError();
        case "memory" -> throw new OutOfMemoryError("Java heap space");
        case "bug" -> throw new IllegalStateException("line one\n\tat somewhere(Foo.java:1)\nline three");
        default -> { }
      }
    }
  }

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
  private final List<String> written = new ArrayList<>();

  private static LoadedInput input(String name, String text) {
    return new LoadedInput(name, Path.of(name), Input.bytes(text.getBytes(StandardCharsets.UTF_8), null).named(name));
  }

  private static Batch.Producer feeding(List<LoadedInput> inputs) {
    return sink -> {
      for (LoadedInput in : inputs) {
        sink.accept(Fed.page(in, in.size()));
      }
    };
  }

  private Stats run(List<LoadedInput> inputs, int warmup) {
    Reporter reporter = new Reporter(errStream);
    Batch batch = new Batch(Pipeline.of(new Bomb()), Format.TEXT, false, false, 2,
        (in, rendered) -> written.add(in.name() + ":" + rendered.strip()), reporter, errStream, Progress.none());
    for (int i = 0; i < warmup; i++) {
      // As Main warms up: a batch of its own whose output and reports go nowhere.
      PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
      new Batch(Pipeline.of(new Bomb()), Format.TEXT, false, false, 2, (in, rendered) -> { }, new Reporter(nowhere),
          nowhere, Progress.none()).run(feeding(inputs));
    }
    return batch.run(feeding(inputs));
  }

  @Test
  void everyKindOfThrowableIsOneLineAndTheRunGoesOn() {
    Stats stats = run(List.of(input("a", "stack"), input("b", "memory"), input("c", "bug"), input("d", "Fine.")), 3);
    assertThat(written).containsExactly("d:Fine.");
    assertThat(err.toString(StandardCharsets.UTF_8).split("\n")).containsExactly(
        "winnow: a: stack overflow (content nested too deeply?)",
        "winnow: b: out of memory (input too large for the heap? try java -Xmx...)",
        "winnow: c: internal error: IllegalStateException: line one at somewhere(Foo.java:1) line three");
    assertThat(stats.line()).startsWith("docs=1 bytes=5 ");
  }

  @Test
  void resultsComeOutInInputOrderWhateverTheNumberOfWorkers() {
    List<LoadedInput> inputs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      // Sizes vary a hundredfold, so later pages often finish before earlier ones.
      inputs.add(input("p" + i, ("Paragraph number " + i + " of the page. ").repeat(1 + (i * 37) % 100)));
    }
    for (int jobs : new int[] {1, 3, 8}) {
      List<String> names = new ArrayList<>();
      Batch batch = new Batch(Pipeline.news(), Format.JSON, false, false, jobs, (in, rendered) -> names.add(in.name()),
          new Reporter(errStream), errStream, Progress.none());
      batch.run(feeding(inputs));
      assertThat(names).as("jobs=" + jobs).containsExactlyElementsOf(inputs.stream().map(LoadedInput::name).toList());
      assertThat(batch.pages()).isEqualTo(200);
    }
  }

  @Test
  void aSinkThatThrowsAtTheEndOfAWarcStopsNothing() {
    List<String> names = new ArrayList<>();
    ResultSink sink = new ResultSink() {
      @Override
      public void write(LoadedInput in, String rendered) {
        names.add(in.name());
      }

      @Override
      public void endWarc(Path relative) {
        throw new IllegalStateException("broken sink");
      }
    };
    Reporter reporter = new Reporter(errStream);
    Batch batch = new Batch(Pipeline.keepAll(), Format.JSON, false, false, 2, sink, reporter, errStream, Progress.none());
    batch.run(s -> {
      for (int i = 0; i < 50; i++) {
        s.accept(Fed.page(input("p" + i, "Page " + i + "."), 1));
        if (i % 10 == 9) {
          s.accept(Fed.warcEnd(Path.of("w" + i), 0));
        }
      }
    });
    assertThat(names).hasSize(50);
    assertThat(reporter.failures()).isEqualTo(5);
  }

  @Test
  void aFailingSinkIsReportedPerInput() {
    Reporter reporter = new Reporter(errStream);
    Batch batch = new Batch(Pipeline.keepAll(), Format.JSON, true, false, 2, (in, rendered) -> {
      throw new java.io.IOException("disk full");
    }, reporter, errStream, Progress.none());
    batch.run(feeding(List.of(input("a", "One."), input("b", "Two."))));
    assertThat(reporter.failures()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("winnow: a: disk full\nwinnow: b: disk full\n");
  }
}
