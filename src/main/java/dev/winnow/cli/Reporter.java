package dev.winnow.cli;

import java.io.PrintStream;

/**
 * Reports failed inputs on standard error, one line each ({@code winnow: <input>: <reason>}),
 * and counts them for the exit status. Not thread-safe; one per run.
 */
final class Reporter {
  private final PrintStream err;
  private int failures;

  Reporter(PrintStream err) {
    this.err = err;
  }

  /** Reports that the input named could not be read, processed or written. */
  void fail(String input, String reason) {
    failures++;
    err.println("winnow: " + input + ": " + reason);
    err.flush();
  }

  /** Reports a failure that concerns no one input. */
  void fail(String reason) {
    failures++;
    err.println("winnow: " + reason);
    err.flush();
  }

  int failures() {
    return failures;
  }
}
