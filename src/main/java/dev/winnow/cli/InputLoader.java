package dev.winnow.cli;

import dev.winnow.Input;
import dev.winnow.InputKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Reads the inputs that the INPUT arguments name ({@link InputWalk} finds them: a file is itself, a
 * directory every regular file below it in sorted path order, {@code -} standard input) one at a
 * time, WARC files record by record, so memory holds only the pages in flight and the listings of
 * the directories being walked. A file is read up to one byte past the pipeline's input limit (the library cuts it there
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
  private byte @Nullable [] stdinBytes;

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

  /**
   * What the arguments name, walked without reading a page and without reporting: whether there
   * are several inputs (failures count, as they would be reported), whether one is a WARC file,
   * and, when {@code total} asks for it and no input is standard input, their bytes. Stops after
   * the second input unless the total is wanted, so it costs nothing on a folder of millions.
   */
  static Survey survey(List<String> args, @Nullable Path output, boolean total) {
    Reporter counting = new Reporter(line -> { });
    InputWalk walk = new InputWalk(args, output, counting);
    int inputs = 0;
    boolean warc = false;
    boolean stdin = false;
    long bytes = 0;
    while (walk.hasNext() && (total || inputs + counting.failures() < 2)) {
      Found f = walk.next();
      inputs++;
      warc |= f.isWarc();
      stdin |= f.file() == null;
      bytes += f.size();
    }
    return new Survey(inputs + counting.failures() > 1, warc, total && !stdin ? bytes : -1);
  }

  /**
   * @param several whether the arguments name more than one input
   * @param warc whether an input seen is a WARC file (any, when there is one input)
   * @param bytes the inputs' bytes, or -1 when not asked for or not known
   */
  record Survey(boolean several, boolean warc, long bytes) {}

  /**
   * Walks the arguments ({@link InputWalk}), reads the inputs in order and hands on their pages,
   * skipping those {@code done} says are already done (their bytes still count for progress).
   * What cannot be found or read is reported as the walk reaches it.
   */
  void feed(List<String> args, @Nullable Path output, Predicate<Found> done, Fed.Sink sink)
      throws InterruptedException {
    for (InputWalk inputs = new InputWalk(args, output, reporter); inputs.hasNext(); ) {
      Found f = inputs.next();
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

  private LoadedInput loaded(String name, Path relative, byte[] bytes) {
    return new LoadedInput(name, relative, Input.bytes(bytes, kind).named(name));
  }
}
