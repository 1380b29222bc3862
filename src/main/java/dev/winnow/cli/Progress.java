package dev.winnow.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;

/**
 * What a run shows of its progress: a bar on standard error while it runs, when that is a terminal
 * (MB of the input files read, compressed as they are, pages, pages/s, and the ETA when the total
 * size is known), and one summary line at the end,
 * {@code winnow: pages=N skipped=S failed=F mb=X seconds=Y mb_per_s=Z}, in every run: pages written,
 * WARC records that are no pages, inputs that failed, and the MB of the pages (as the pipeline reads
 * them, decompressed) over the wall-clock time of the run. Called from the writing thread only.
 */
final class Progress {
  /** The first words of the summary line, so scripts and tests can find it. */
  static final String SUMMARY_PREFIX = "winnow: pages=";

  private final @Nullable ProgressBar bar;
  private final long startNanos = System.nanoTime();
  private long pageBytes;
  private long pages;

  private Progress(@Nullable ProgressBar bar) {
    this.bar = bar;
  }

  /** Whether {@link #of} with these arguments shows a bar: asked first, as only a bar needs the total. */
  static boolean shows(PrintStream err, boolean show) {
    return show && err == System.err && stderrIsTerminal();
  }

  /**
   * A progress with a bar when {@code show} and {@code err} is the process's own standard error on
   * a terminal; with none otherwise.
   *
   * @param totalBytes the size of all inputs, or -1 when unknown (standard input)
   */
  static Progress of(PrintStream err, boolean show, long totalBytes) {
    if (!shows(err, show)) {
      return new Progress(null);
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("winnow")
        .setInitialMax(totalBytes < 0 ? -1 : totalBytes)
        .setUnit(" MB", (long) Stats.BYTES_PER_MB)
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(err))
        .showSpeed(new DecimalFormat("0.0"))
        .clearDisplayOnFinish()
        .build();
    return new Progress(bar);
  }

  /** A progress that shows nothing while it runs. */
  static Progress none() {
    return new Progress(null);
  }

  /** Counts bytes of the input files read. */
  void read(long n) {
    if (bar != null && n > 0) {
      bar.stepBy(n);
    }
  }

  /** Counts one page done, of this many bytes. */
  void page(long bytes) {
    pages++;
    pageBytes += bytes;
    if (bar != null && (pages & 15) == 0) {
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      bar.setExtraMessage(String.format(Locale.ROOT, " %d pages, %.0f pages/s", pages,
          seconds > 0 ? pages / seconds : 0));
    }
  }

  /** Removes the bar and returns the summary line. */
  String finish(long written, int skipped, int failed) {
    if (bar != null) {
      bar.close();
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double mb = pageBytes / Stats.BYTES_PER_MB;
    return String.format(Locale.ROOT, "%s%d skipped=%d failed=%d mb=%.2f seconds=%.2f mb_per_s=%.2f",
        SUMMARY_PREFIX, written, skipped, failed, mb, seconds, seconds > 0 ? mb / seconds : 0);
  }

  /** Whether file descriptor 2 is a terminal: a link to a tty device, on Linux; else ask the JVM. */
  private static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | RuntimeException e) {
      // Fall through to the JVM's view.
    }
    return System.console() != null;
  }
}
