package dev.winnow.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reports failed inputs on standard error, one line each ({@code winnow: <input>: <reason>}),
 * and counts them for the exit status; also counts WARC records skipped as not pages. Thread-safe:
 * the reading thread and the writing thread both report.
 */
final class Reporter {
  private final Consumer<String> err;
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();

  Reporter(PrintStream err) {
    this.err = line -> {
      synchronized (err) {
        err.println(line);
        err.flush();
      }
    };
  }

  /** A reporter that hands each line to {@code lines} (which must be thread-safe). */
  Reporter(Consumer<String> lines) {
    this.err = lines;
  }

  /** Reports that the input named could not be read, processed or written. */
  void fail(String input, String reason) {
    failures.incrementAndGet();
    line("winnow: " + input + ": " + reason);
  }

  /** Reports a failure that concerns no one input. */
  void fail(String reason) {
    failures.incrementAndGet();
    line("winnow: " + reason);
  }

  /** Counts a record that is not a page (a request, an image, a redirect...): no line, no failure. */
  void skip() {
    skipped.incrementAndGet();
  }

  private void line(String line) {
    err.accept(line);
  }

  int failures() {
    return failures.get();
  }

  int skipped() {
    return skipped.get();
  }
}
