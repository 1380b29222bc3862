package dev.winnow.cli;

import dev.winnow.Input;
import dev.winnow.InputKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Expands the INPUT arguments into inputs read into memory: a file is itself, a directory is every
 * regular file below it in sorted path order ({@code .}-hidden files and directories, and symbolic
 * links below it, are skipped), {@code -} is standard input. What cannot be read is reported, one
 * line each, and left out; the rest go on. Not thread-safe; one per run.
 */
final class InputLoader {
  /** The argument that means standard input. */
  static final String STDIN = "-";

  /** Where standard input's result goes under {@code --out}, before the extension. */
  static final Path STDIN_RELATIVE = Path.of("stdin");

  private final InputStream stdin;
  private final @Nullable InputKind kind;
  private final Reporter reporter;
  private final Set<Path> realPaths = new HashSet<>();
  private int found;

  /**
   * @param kind the kind every input is read as, or {@code null} to have each sniffed
   */
  InputLoader(InputStream stdin, @Nullable InputKind kind, Reporter reporter) {
    this.stdin = stdin;
    this.kind = kind;
    this.reporter = reporter;
  }

  /** Reads every input the arguments name, in argument order. */
  List<LoadedInput> load(List<String> args) {
    List<LoadedInput> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(STDIN)) {
        found++;
        try {
          out.add(loaded(STDIN, STDIN_RELATIVE, stdin.readAllBytes()));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
          reporter.fail(STDIN, "cannot read standard input: " + Reasons.of(e));
        }
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (InvalidPathException e) {
        found++;
        reporter.fail(arg, "invalid path: " + Reasons.oneLine(e.getReason()));
        continue;
      }
      if (Files.isDirectory(path)) {
        loadDirectory(arg, path, out);
      } else {
        found++;
        Path name = path.getFileName();
        loadFile(arg, path, name == null ? path : name, out);
      }
    }
    return out;
  }

  /**
   * The real paths of every file input found, readable or not: outputs must never replace one.
   */
  Set<Path> realPaths() {
    return Collections.unmodifiableSet(realPaths);
  }

  /** How many inputs the arguments named, including those that could not be read. */
  int found() {
    return found;
  }

  private void loadDirectory(String arg, Path root, List<LoadedInput> out) {
    List<Path> files = new ArrayList<>();
    int[] skipped = {0};
    int failuresBefore = reporter.failures();
    try {
      // Links are followed for the root only (the user named it); below it they are skipped, which
      // also keeps a link cycle from making the walk endless.
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && (hidden(dir) || Files.isSymbolicLink(dir))) {
                skipped[0]++;
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (hidden(file) || !attrs.isRegularFile() || Files.isSymbolicLink(file)) {
                skipped[0]++;
              } else {
                files.add(root.relativize(file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found++;
              reporter.fail(file.toString(), Reasons.io(e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      reporter.fail(arg, Reasons.io(e));
      return;
    }
    if (files.isEmpty()) {
      if (reporter.failures() == failuresBefore) {
        reporter.fail(arg, "no files in directory" + (skipped[0] > 0 ? " (hidden files and links are skipped)" : ""));
      }
      return;
    }
    Collections.sort(files);
    for (Path relative : files) {
      found++;
      Path file = root.resolve(relative);
      loadFile(file.toString(), file, relative, out);
    }
  }

  private void loadFile(String name, Path file, Path relative, List<LoadedInput> out) {
    try {
      realPaths.add(file.toRealPath());
      out.add(loaded(name, relative, Files.readAllBytes(file)));
    } catch (IOException e) {
      reporter.fail(name, Reasons.io(e));
    } catch (RuntimeException | OutOfMemoryError e) {
      reporter.fail(name, Reasons.of(e));
    }
  }

  private LoadedInput loaded(String name, Path relative, byte[] bytes) {
    return new LoadedInput(name, relative, Input.bytes(bytes, kind).named(name));
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
