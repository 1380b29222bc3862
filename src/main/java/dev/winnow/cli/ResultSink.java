package dev.winnow.cli;

import java.io.IOException;

/** Where rendered results go: standard output, or one file per input under {@code --out}. */
interface ResultSink {

  /**
   * Writes one input's rendered result.
   *
   * @throws IOException when it cannot be written, or must not be (it would replace an input)
   */
  void write(LoadedInput input, String rendered) throws IOException;
}
