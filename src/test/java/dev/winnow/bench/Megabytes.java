package dev.winnow.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the input a benchmark has processed, in MB (10^6 bytes of UTF-8). JMH normalizes an
 * operations counter to time like the primary score, so the secondary metric {@code megabytes}
 * it reports, in "ops/s", is MB/s. Add the bytes of each operation's input with {@link #add}.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Megabytes {
  /** Read by JMH, by name: the metric is called after this field. */
  public double megabytes;

  @Setup(Level.Iteration)
  public void reset() {
    megabytes = 0;
  }

  void add(long bytes) {
    megabytes += bytes / 1e6;
  }
}
