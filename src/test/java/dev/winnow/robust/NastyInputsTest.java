package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every input under testdata/nasty/: inputs that once crashed, hung or misbehaved, kept
 * so they never do again. Each goes through {@link FuzzTargets#sources}, as a fuzzer would run it.
 * Add a file there (any name, any bytes) for every crash a fuzzer or a user finds.
 *
 * <p>Some of these inputs once hung. Each replay runs under a timeout so that a hang fails the
 * build instead of holding it up; the timeout is a hang detector, not a speed limit, and is set
 * two orders of magnitude above what any of them takes (well under a second), so a loaded
 * machine never reaches it. Speed is {@link LinearityTest}'s business.
 */
class NastyInputsTest {
  static final Duration HANG = Duration.ofSeconds(60);

  static List<Path> nasty() {
    return Corpus.files(Corpus.NASTY);
  }

  @Test
  void thereAreInputsToReplay() {
    assertThat(nasty()).hasSizeGreaterThan(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nasty")
  void replays(Path file) {
    byte[] bytes = Corpus.read(file);
    assertTimeoutPreemptively(HANG, () -> FuzzTargets.sources(bytes), () -> file + " did not finish: a hang");
  }
}
