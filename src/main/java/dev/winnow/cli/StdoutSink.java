package dev.winnow.cli;

import dev.winnow.output.Format;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes results to standard output, in UTF-8 whatever the platform's default: JSON as one object
 * a line; text and Markdown, when there are several inputs, each after a line
 * {@code ==> <source> <==} (as {@code head} and {@code tail} do) so scripts can split them.
 */
final class StdoutSink implements ResultSink {
  private final PrintStream out;
  private final boolean headers;

  /**
   * @param several whether the run has more than one input (or a WARC file), and so needs separators
   */
  StdoutSink(PrintStream out, Format format, boolean several) {
    this.out = out;
    this.headers = several && format != Format.JSON;
  }

  @Override
  public void write(LoadedInput input, String rendered) throws IOException {
    StringBuilder sb = new StringBuilder(rendered.length() + 64);
    if (headers) {
      sb.append("==> ").append(input.name()).append(" <==\n");
    }
    sb.append(rendered);
    if (!rendered.isEmpty() && !rendered.endsWith("\n")) {
      sb.append('\n');
    }
    // Bytes, not print(String): the stream's own charset is the platform's, and output is UTF-8.
    // No flush per result: a system call between pages costs the pipeline more than it seems
    // (see DirectorySink); the stream is flushed once, at the end of the run.
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    if (out.checkError()) {
      throw new IOException("cannot write to standard output");
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
    if (out.checkError()) {
      throw new IOException("cannot write to standard output");
    }
  }
}
