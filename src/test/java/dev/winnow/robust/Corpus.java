package dev.winnow.robust;

import dev.winnow.Input;
import dev.winnow.InputKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The real pages the robustness tests run over: testdata/ and, when present, the shared benchmark. */
final class Corpus {
  static final Path TESTDATA = Path.of("testdata");
  static final Path NASTY = TESTDATA.resolve("nasty");
  static final Path BENCH = Path.of("..", "shared", "bench");

  private Corpus() {}

  /** One page: where it came from and its bytes. */
  record Page(String name, byte[] bytes, InputKind kind) {
    Input input() {
      return Input.bytes(bytes, kind).named(name);
    }
  }

  /**
   * Every regular file under testdata/ (kind sniffed), then the benchmark's dev pages, HTML and
   * text, when ../shared/bench is there; silently fewer when it is not.
   */
  static List<Page> pages() {
    List<Page> out = new ArrayList<>();
    for (Path p : files(TESTDATA)) {
      out.add(new Page(p.toString(), read(p), null));
    }
    for (Path p : files(BENCH.resolve("articles-dev").resolve("html"))) {
      out.add(new Page(p.toString(), read(p), InputKind.HTML));
    }
    for (Path p : files(BENCH.resolve("articles-dev-text").resolve("pages"))) {
      out.add(new Page(p.toString(), read(p), InputKind.TEXT));
    }
    return out;
  }

  /** The regular files under dir, in sorted order; none when it does not exist. */
  static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
