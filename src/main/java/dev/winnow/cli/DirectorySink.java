package dev.winnow.cli;

import dev.winnow.output.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes each result to its own file under the {@code --out} directory: the input's
 * {@linkplain LoadedInput#relative() relative path} with its last extension replaced by the
 * format's ({@code page.txt} to {@code page.json}). Never replaces an input file, nor the output of
 * an earlier input of the same run; writes atomically (see {@link AtomicFiles}). Not thread-safe;
 * one per run.
 */
final class DirectorySink implements ResultSink {
  private final Path dir;
  private final String extension;
  private final Set<Path> inputs;
  private final Map<Path, String> written = new HashMap<>();

  /**
   * @param inputs the real paths of every input of the run
   */
  DirectorySink(Path dir, Format format, Set<Path> inputs) {
    this.dir = dir;
    this.extension = format.extension();
    this.inputs = Set.copyOf(inputs);
  }

  /** Where the result for an input at this relative path goes. */
  Path target(Path relative) {
    return dir.resolve(withExtension(relative, extension));
  }

  @Override
  public void write(LoadedInput input, String rendered) throws IOException {
    Path target = target(input.relative());
    String earlier = written.putIfAbsent(target.toAbsolutePath().normalize(), input.name());
    if (earlier != null) {
      throw new IOException("refusing to write " + target + ": it holds the result of " + earlier);
    }
    // Real paths, so that a link or a "dir/../dir" spelling cannot sneak past the check.
    if (Files.exists(target) && inputs.contains(target.toRealPath())) {
      throw new IOException("refusing to overwrite input file " + target);
    }
    try {
      Path parent = target.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      AtomicFiles.write(target, rendered.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + Reasons.io(e), e);
    }
  }

  /** The path with the last extension of its file name replaced (or, if it has none, added). */
  static Path withExtension(Path relative, String extension) {
    String name = String.valueOf(relative.getFileName());
    int dot = name.lastIndexOf('.');
    // A leading dot starts a hidden name, not an extension.
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return relative.resolveSibling(stem + "." + extension);
  }
}
