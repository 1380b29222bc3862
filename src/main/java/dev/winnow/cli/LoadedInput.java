package dev.winnow.cli;

import dev.winnow.Input;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One input read into memory and ready for the pipeline.
 *
 * @param name the input as the user knows it: the path as given (or found under a directory given),
 *     {@code -} for standard input, or a WARC record's target URI; used in results and messages
 * @param relative where its result goes under {@code --out}, before the extension is replaced:
 *     the file name for a file, the path below the directory for a directory's file, {@code stdin};
 *     for a WARC record, the WARC file's, as all its records go to one file
 * @param input the bytes, with the kind to read them as
 * @param warc the record it came from, when it came from a WARC file
 */
record LoadedInput(String name, Path relative, Input input, @Nullable WarcOrigin warc) {
  LoadedInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(relative, "relative");
    Objects.requireNonNull(input, "input");
  }

  /** An input that is a file of its own, or standard input. */
  LoadedInput(String name, Path relative, Input input) {
    this(name, relative, input, null);
  }

  /** The size in bytes. */
  int size() {
    return input.size();
  }
}
