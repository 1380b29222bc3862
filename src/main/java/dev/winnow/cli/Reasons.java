package dev.winnow.cli;

import dev.winnow.InputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.jspecify.annotations.Nullable;

/**
 * Turns whatever went wrong with one input into a one-line reason fit for a user: the CLI never
 * shows a stack trace, and one bad input must not take a screenful of the terminal.
 */
final class Reasons {
  /** Longer messages are cut; a reason is a hint, not a dump of the input. */
  static final int MAX_LENGTH = 300;

  private Reasons() {}

  /** The reason for any failure: reading, processing or writing. */
  static String of(Throwable t) {
    if (t instanceof InputException) {
      return oneLine(t.getMessage());
    }
    if (t instanceof IOException io) {
      return io(io);
    }
    if (t instanceof StackOverflowError) {
      return "stack overflow (content nested too deeply?)";
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory (input too large for the heap? try java -Xmx...)";
    }
    String message = t.getMessage();
    return "internal error: " + t.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
  }

  /** The reason for a failed file operation, without the file name (the caller prints that). */
  static String io(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way: " + e.getMessage();
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return oneLine(fs.getReason());
    }
    String message = e.getMessage();
    return oneLine(message == null ? e.getClass().getSimpleName() : message);
  }

  /** The text with line breaks and runs of white space folded to single spaces, and cut short. */
  static String oneLine(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return "(no message)";
    }
    String s = text.strip().replaceAll("\\s+", " ");
    return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH - 3) + "...";
  }
}
