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
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Expands the INPUT arguments into inputs: a file is itself, a directory is every regular file below
 * it in sorted path order ({@code .}-hidden files and directories, and symbolic links below it, are
 * skipped), {@code -} is standard input. {@link #find} lists them without reading any; {@link #feed}
 * then reads them one at a time, WARC files record by record, so memory holds only the pages in
 * flight. A file is read up to one byte past the pipeline's input limit (the library cuts it there
 * and flags it truncated). What cannot be read is reported, one line each, and left out; the rest
 * go on. Not thread-safe; one per run.
 */
final class InputLoader {
  /** The argument that means standard input. */
  static final String STDIN = "-";

  /** Where standard input's result goes under {@code --out}, before the extension. */
  static final Path STDIN_RELATIVE = Path.of("stdin");

  /**
   * One input found: a file, or standard input.
   *
   * @param name as the user knows it, for results and messages
   * @param relative where its result goes under {@code --out}
   * @param file the file, or {@code null} for standard input
   * @param size its size in bytes when known, else 0
   */
  record Found(String name, Path relative, @Nullable Path file, long size) {
    boolean isWarc() {
      return file != null && WarcFile.isWarc(file);
    }
  }

  private final InputStream stdin;
  private final @Nullable InputKind kind;
  private final int maxBytes;
  private final Reporter reporter;
  private final Set<Path> realPaths = new HashSet<>();
  private byte @Nullable [] stdinBytes;
  private int found;

  /**
   * @param kind the kind every input is read as, or {@code null} to have each sniffed
   * @param maxBytes the most bytes read of one input: one past the pipeline's input limit
   */
  InputLoader(InputStream stdin, @Nullable InputKind kind, int maxBytes, Reporter reporter) {
    this.stdin = stdin;
    this.kind = kind;
    this.maxBytes = maxBytes;
    this.reporter = reporter;
  }

  /** Lists every input the arguments name, in argument order, reading none. */
  List<Found> find(List<String> args) {
    List<Found> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(STDIN)) {
        found++;
        out.add(new Found(STDIN, STDIN_RELATIVE, null, 0));
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
        findInDirectory(arg, path, out);
      } else {
        found++;
        Path name = path.getFileName();
        addFile(arg, path, name == null ? path : name, out);
      }
    }
    return out;
  }

  /**
   * Reads the inputs in order and hands on their pages, skipping those {@code done} says are
   * already done (their bytes still count for progress).
   */
  void feed(List<Found> inputs, Predicate<Found> done, Fed.Sink sink) throws InterruptedException {
    for (Found f : inputs) {
      Path file = f.file();
      if (done.test(f)) {
        sink.accept(Fed.skipped(f.size()));
      } else if (file == null) {
        byte[] bytes = stdinBytes;
        try {
          if (bytes == null) {
            bytes = stdin.readNBytes(maxBytes);
            stdinBytes = bytes; // read once: warm-up passes and the counted pass see the same page
          }
          sink.accept(Fed.page(loaded(STDIN, STDIN_RELATIVE, bytes), bytes.length));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
          reporter.fail(STDIN, "cannot read standard input: " + Reasons.of(e));
        }
      } else if (f.isWarc()) {
        new WarcFile(file, f.name(), f.relative(), kind, maxBytes, reporter).read(sink);
      } else {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
          bytes = in.readNBytes(maxBytes);
        } catch (IOException e) {
          reporter.fail(f.name(), Reasons.io(e));
          continue;
        } catch (RuntimeException | OutOfMemoryError e) {
          reporter.fail(f.name(), Reasons.of(e));
          continue;
        }
        sink.accept(Fed.page(loaded(f.name(), f.relative(), bytes), f.size()));
      }
    }
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

  private void findInDirectory(String arg, Path root, List<Found> out) {
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
      addFile(file.toString(), file, relative, out);
    }
  }

  private void addFile(String name, Path file, Path relative, List<Found> out) {
    try {
      realPaths.add(file.toRealPath());
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (attrs.isDirectory()) {
        throw new IOException("is a directory");
      }
      out.add(new Found(name, relative, file, attrs.size()));
    } catch (IOException e) {
      reporter.fail(name, Reasons.io(e));
    } catch (RuntimeException e) {
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
