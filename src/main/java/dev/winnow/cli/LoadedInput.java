package dev.winnow.cli;

import dev.winnow.Input;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input read into memory and ready for the pipeline.
 *
 * @param name the input as the user knows it: the path as given (or found under a directory given),
 *     or {@code -} for standard input; used in results and messages
 * @param relative where its result goes under {@code --out}, before the extension is replaced:
 *     the file name for a file, the path below the directory for a directory's file, {@code stdin}
 * @param input the bytes, with the kind to read them as
 */
record LoadedInput(String name, Path relative, Input input) {
  LoadedInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(relative, "relative");
    Objects.requireNonNull(input, "input");
  }

  /** The size in bytes. */
  int size() {
    return input.size();
  }
}
