package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every input under testdata/nasty/: inputs that once crashed, hung or misbehaved, kept
 * so they never do again. Each goes through {@link FuzzTargets#sources}, as a fuzzer would run it.
 * Add a file there (any name, any bytes) for every crash a fuzzer or a user finds.
 */
class NastyInputsTest {

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
    FuzzTargets.sources(Corpus.read(file));
  }
}
