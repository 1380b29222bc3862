package dev.winnow.robust;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of raw bytes into both sources: see {@link FuzzTargets#sources}.
 *
 * <p>Three ways it runs:
 *
 * <ul>
 *   <li>In the default build, surefire's {@code fuzz} execution (a JVM of its own, as Jazzer
 *       instruments every class it loads) runs {@link #sources} in fuzzing mode for 10 seconds.
 *       Skip it with {@code -Dwinnow.fuzz.skip}.
 *   <li>On demand, longer: {@code JAZZER_FUZZ=1 mvn test -Dwinnow.fuzz.skip -Dtest='SourcesFuzzTest#sourcesLong'}
 *       fuzzes for an hour (about 2,000 inputs a second on two cores). The corpus it builds is
 *       kept in {@code .cifuzz-corpus/} and the next run starts from it. Stopped early (Ctrl-C,
 *       kill), libFuzzer reports "fuzz target exited" and writes the input in flight as a
 *       {@code crash-*} file: that one is no finding, delete it.
 *   <li>Without {@code JAZZER_FUZZ}, as a plain test: both methods replay the seeds under
 *       {@code src/test/resources/dev/winnow/robust/SourcesFuzzTestInputs/}.
 * </ul>
 *
 * A crashing input is written next to the seeds as {@code crash-<sha1>}: move it to
 * {@code testdata/nasty/} with a name that says what it is, where {@link NastyInputsTest} replays
 * it in every build, and fix the bug.
 */
class SourcesFuzzTest {

  // Written as a libFuzzer dictionary, where bytes are spelled \xNN.
  @FuzzTest(maxDuration = "10s")
  @DictionaryEntries({
    "<p>", "</p>", "<div>", "<li>", "<td>", "<h1>", "<script>", "<style>", "<!DOCTYPE html>", "<html>", "<body>",
    "<meta charset=", "utf-16", "windows-1252", "\\xEF\\xBB\\xBF", "\\xFF\\xFE", "\\x0D\\x0A", "\\x0A\\x0A", "\\x0D", "\\xC2\\xA0", "Advertisement",
    "728x90", "1x1x1x1", "Continue Reading", "By ", "&#", "&amp;", "<!--", "<![CDATA["
  })
  void sources(byte[] data) {
    FuzzTargets.sources(data);
  }

  @FuzzTest(maxDuration = "1h")
  void sourcesLong(byte[] data) {
    FuzzTargets.sources(data);
  }
}
