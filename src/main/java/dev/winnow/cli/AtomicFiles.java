package dev.winnow.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file in
 * the same directory, which is then moved over the target in one step. A crash or a full disk
 * leaves the old file (or none), never a truncated one. Stateless and thread-safe.
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
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
