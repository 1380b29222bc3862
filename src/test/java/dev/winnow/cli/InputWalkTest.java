package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkTest {
  @TempDir Path tmp;

  private final List<String> reported = new ArrayList<>();

  private List<String> walk(String... args) {
    return walk(null, args);
  }

  private List<String> walk(Path output, String... args) {
    List<String> out = new ArrayList<>();
    InputWalk w = new InputWalk(List.of(args), output, new Reporter(reported::add));
    while (w.hasNext()) {
      out.add(w.next().relative().toString());
    }
    return out;
  }

  private void touch(String... paths) throws IOException {
    for (String p : paths) {
      Path f = tmp.resolve(p);
      Files.createDirectories(f.getParent());
      Files.writeString(f, p);
    }
  }

  @Test
  void aDirectoryNamePrefixingItsSiblingsSortsAsIfItEndedInASlash() throws IOException {
    touch("a/x", "a.txt", "a-b/y", "a0", "b");
    assertThat(walk(tmp.toString())).containsExactly("a-b/y", "a.txt", "a/x", "a0", "b");
  }

  @Test
  void walksInTheOrderOfTheWholePathsSorted() throws IOException {
    // Names built from the chars around '/' in byte order, where per-name sorting goes wrong.
    String[] parts = {"a", "a.", "a-", "a0", "b", "a.b", "ab"};
    Random random = new Random(7);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      int depth = 1 + random.nextInt(3);
      Path p = Path.of(parts[random.nextInt(parts.length)]);
      for (int d = 1; d < depth; d++) {
        p = p.resolve(parts[random.nextInt(parts.length)]);
      }
      Path f = tmp.resolve("in").resolve(p);
      try {
        Files.createDirectories(f.getParent());
        if (!Files.isDirectory(f)) {
          Files.writeString(f, "x");
        }
      } catch (IOException e) {
        continue; // a name already taken by a file, or by a directory
      }
    }
    try (Stream<Path> s = Files.walk(tmp.resolve("in"))) {
      s.filter(Files::isRegularFile).forEach(f -> files.add(tmp.resolve("in").relativize(f)));
    }
    List<String> sorted = files.stream().sorted().map(Path::toString).toList();
    assertThat(walk(tmp.resolve("in").toString())).isEqualTo(sorted);
    assertThat(reported).isEmpty();
  }

  @Test
  void skipsHiddenNamesAndTheOutputDirectory() throws IOException {
    touch("in/a.txt", "in/.git/config", "in/.hidden", "in/out/old.json", "in/z.txt");
    assertThat(walk(tmp.resolve("in/out"), tmp.resolve("in").toString())).containsExactly("a.txt", "z.txt");
  }

  @Test
  void aDirectoryWithNothingToReadIsReportedOnce() throws IOException {
    touch("d/.secret");
    assertThat(walk(tmp.resolve("d").toString())).isEmpty();
    assertThat(reported).singleElement().asString().contains("no files in directory (hidden files and links are skipped)");
  }

  @Test
  void aMissingArgumentIsReportedAndTheWalkGoesOn() throws IOException {
    touch("p.txt");
    assertThat(walk(tmp.resolve("missing.txt").toString(), tmp.resolve("p.txt").toString())).containsExactly("p.txt");
    assertThat(reported).singleElement().asString().contains("missing.txt");
  }

  @Test
  void theInputsAreToldByTheArgumentsPaths() throws IOException {
    touch("in/a.txt", "in/.h/b.txt", "lone.txt", "other.txt");
    InputWalk.Inputs inputs = new InputWalk.Inputs(List.of(tmp.resolve("in").toString(), tmp.resolve("lone.txt").toString()));
    assertThat(inputs.contains(tmp.resolve("in/a.txt").toRealPath())).isTrue();
    assertThat(inputs.contains(tmp.resolve("lone.txt").toRealPath())).isTrue();
    assertThat(inputs.contains(tmp.resolve("in/.h/b.txt").toRealPath())).isFalse();
    assertThat(inputs.contains(tmp.resolve("other.txt").toRealPath())).isFalse();
  }
}
