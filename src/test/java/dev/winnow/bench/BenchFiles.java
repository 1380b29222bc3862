package dev.winnow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The benchmark's page folders: where they are and which files of them count. */
final class BenchFiles {
  private BenchFiles() {}

  /**
   * The folder named by a system property or its default (relative to the working directory,
   * the repository root under Maven), checked to exist.
   *
   * @throws IllegalStateException when there is no such folder, with a message that says how to
   *     name one
   */
  static Path folder(String property, String defaultDir, String what) {
    Path dir = Path.of(System.getProperty(property, defaultDir)).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no benchmark pages at " + dir + "; set -D" + property + "=<folder of "
          + what + ">");
    }
    return dir;
  }

  /**
   * The folder's files whose names end with the extension, in name order.
   *
   * @throws IllegalStateException when there are none
   */
  static List<Path> files(Path dir, String extension) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no " + extension + " files in " + dir);
    }
    return files;
  }

  /** Files' contents decoded from UTF-8, in order, and their total size in bytes as stored. */
  record Contents(List<String> texts, long bytes) {}

  /** The dev HTML pages ({@link HtmlPages}) or the dev text dumps ({@link TextDumps}), and their size. */
  static Contents devPages(boolean html) {
    if (html) {
      HtmlPages p = HtmlPages.load();
      return new Contents(p.html(), p.bytes());
    }
    TextDumps d = TextDumps.load();
    return new Contents(d.pages(), d.bytes());
  }

  /** Reads every file whole, as UTF-8. */
  static Contents readUtf8(List<Path> files) throws IOException {
    long bytes = 0;
    String[] texts = new String[files.size()];
    for (int i = 0; i < files.size(); i++) {
      byte[] b = Files.readAllBytes(files.get(i));
      bytes += b.length;
      texts[i] = new String(b, StandardCharsets.UTF_8);
    }
    return new Contents(List.of(texts), bytes);
  }
}
