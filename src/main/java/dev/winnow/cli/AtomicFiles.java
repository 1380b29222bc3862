package dev.winnow.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file in
 * the same directory, which is then moved over the target in one step. A crash or a full disk
 * leaves the old file (or none), never a truncated one. A file too big to build in memory (all
 * the pages of a WARC file) is written through a {@link Pending} in the same way. Stateless and
 * thread-safe; a {@code Pending} is not thread-safe.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Replaces the target's content, creating it if needed; its directory must exist. */
  static void write(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    // Hidden, so that a concurrent directory walk (another winnow run) skips it.
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, content);
      moveIntoPlace(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Starts writing the target through a temporary file; nothing is seen at the target until {@link Pending#commit}. */
  static Pending start(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      return new Pending(target, tmp, new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  /**
   * A file being written: appended to, then moved into place whole by {@link #commit}. If the
   * process dies first, only a hidden temporary file is left, never a partial target.
   */
  static final class Pending {
    private final Path target;
    private final Path tmp;
    private final OutputStream out;

    private Pending(Path target, Path tmp, OutputStream out) {
      this.target = target;
      this.tmp = tmp;
      this.out = out;
    }

    void append(byte[] bytes) throws IOException {
      out.write(bytes);
    }

    /** Closes the file and moves it over the target in one step. */
    void commit() throws IOException {
      try {
        out.close();
        moveIntoPlace(tmp, target);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** Moves the finished temporary file over the target in one step where the file system can. */
  private static void moveIntoPlace(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
