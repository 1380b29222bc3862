package dev.winnow.robust;

import java.nio.charset.StandardCharsets;

/** What the fuzzers and the replay of testdata/nasty/ run on each input. */
final class FuzzTargets {
  private FuzzTargets() {}

  /**
   * Raw bytes into both sources, sniffed and declared (only {@link dev.winnow.InputException} may
   * come out), then the same bytes as a string, read as text, as HTML and sniffed (nothing may
   * come out), with every writer run over every result.
   */
  static void sources(byte[] data) {
    PipelineProperties.processBytes(data);
    PipelineProperties.processEveryWay(new String(data, StandardCharsets.UTF_8));
  }
}
