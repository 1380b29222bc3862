package dev.winnow.cli;

import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.output.Format;
import java.io.PrintStream;
import java.util.List;

/**
 * One run over inputs already in memory: optional untimed warm-up passes, then the pass that
 * counts, in which each input is processed, rendered and written before the next. Whatever goes
 * wrong with one input (an {@link dev.winnow.InputException}, a bug, even a stack overflow or an
 * out-of-memory error) is reported in one line and the run goes on. Not thread-safe; one per run.
 */
final class Batch {
  private final Pipeline pipeline;
  private final Format format;
  private final boolean explain;
  private final boolean debug;
  private final ResultSink sink;
  private final Reporter reporter;
  private final PrintStream err;

  Batch(Pipeline pipeline, Format format, boolean explain, boolean debug, ResultSink sink, Reporter reporter,
      PrintStream err) {
    this.pipeline = pipeline;
    this.format = format;
    this.explain = explain;
    this.debug = debug;
    this.sink = sink;
    this.reporter = reporter;
    this.err = err;
  }

  /** Processes and writes every input; returns the throughput of the counted pass. */
  Stats run(List<LoadedInput> inputs, int warmupPasses) {
    warmUp(inputs, warmupPasses);
    Stats stats = new Stats();
    for (LoadedInput input : inputs) {
      String stage = "";
      try {
        long start = System.nanoTime();
        Result result = pipeline.process(input.input());
        stats.add(input.size(), System.nanoTime() - start);
        stage = "cannot render result: ";
        if (debug) {
          err.print(DebugView.render(result));
          err.flush();
        }
        String rendered = format.write(result, explain);
        stage = "";
        sink.write(input, rendered);
      } catch (Throwable t) { // NOPMD: one input must never stop the others, whatever it throws
        reporter.fail(input.name(), stage + Reasons.of(t));
      }
    }
    return stats;
  }

  /** Runs the inputs through the pipeline untimed, so that JIT compilation is out of the figures. */
  private void warmUp(List<LoadedInput> inputs, int passes) {
    for (int pass = 0; pass < passes; pass++) {
      for (LoadedInput input : inputs) {
        try {
          pipeline.process(input.input());
        } catch (Throwable t) { // NOPMD: reported once, by the counted pass
          // Nothing to do: the counted pass meets the same failure and reports it.
        }
      }
    }
  }
}
