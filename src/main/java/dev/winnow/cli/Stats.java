package dev.winnow.cli;

import java.util.Locale;

/**
 * Throughput of one run, counted over the pipeline's work alone: the time is the sum of the
 * {@code Pipeline.process} calls, so reading files, rendering and writing results are left out.
 * Counts only inputs the pipeline processed without failing. Not thread-safe; one per run.
 */
final class Stats {
  /** Megabytes as throughput figures use them: 10^6 bytes. */
  static final double BYTES_PER_MB = 1_000_000.0;

  private long docs;
  private long bytes;
  private long nanos;

  /** Counts one processed input of this many bytes that took this long. */
  void add(long inputBytes, long elapsedNanos) {
    docs++;
    bytes += inputBytes;
    nanos += elapsedNanos;
  }

  /** {@code docs=N bytes=B millis=M docs_per_s=X mb_per_s=Y}, the same in every locale. */
  String line() {
    double seconds = nanos / 1e9;
    double docsPerSecond = nanos == 0 ? 0 : docs / seconds;
    double mbPerSecond = nanos == 0 ? 0 : bytes / BYTES_PER_MB / seconds;
    return String.format(Locale.ROOT, "docs=%d bytes=%d millis=%.2f docs_per_s=%.1f mb_per_s=%.2f",
        docs, bytes, nanos / 1e6, docsPerSecond, mbPerSecond);
  }
}
