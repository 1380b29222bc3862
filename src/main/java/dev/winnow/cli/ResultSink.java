package dev.winnow.cli;

import dev.winnow.output.ReportIndex;
import java.io.IOException;
import java.nio.file.Path;

/** Where rendered results go: standard output, or files under {@code --out}. */
interface ResultSink {

  /**
   * Writes one input's rendered result.
   *
   * @throws IOException when it cannot be written, or must not be (it would replace an input)
   */
  void write(LoadedInput input, String rendered) throws IOException;

  /**
   * Says that every page of the WARC file whose results go to {@code relative} has been written,
   * so a sink that writes them to one file can make that file whole.
   */
  default void endWarc(Path relative) throws IOException {}

  /**
   * Takes the index row of an HTML report just {@linkplain #write written}, for a sink that writes
   * an index of the run's reports when it is {@linkplain #flush flushed}.
   */
  default void indexed(LoadedInput input, ReportIndex.Row row) {}

  /** Writes out whatever is buffered. */
  default void flush() throws IOException {}
}
