package dev.winnow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The dev text dumps, read once into memory: every {@code *.txt} file of the folder named by the
 * system property {@value #DIR_PROPERTY} (default {@value #DEFAULT_DIR}), in file-name order.
 * Whole rendered news pages of many sites and languages: unlike the seed page repeated, text a
 * branch predictor has not seen before.
 *
 * @param pages the dumps, as decoded from UTF-8
 * @param bytes their total size in bytes, as stored
 */
record TextDumps(List<String> pages, long bytes) {
  static final String DIR_PROPERTY = "winnow.bench.textDir";
  static final String DEFAULT_DIR = "../shared/bench/articles-dev-text/pages";

  static TextDumps load() {
    Path dir = BenchFiles.folder(DIR_PROPERTY, DEFAULT_DIR, ".txt files (the articles-dev-text/pages folder of shared/bench)");
    try {
      List<Path> files = BenchFiles.files(dir, ".txt");
      long bytes = 0;
      String[] pages = new String[files.size()];
      for (int i = 0; i < files.size(); i++) {
        byte[] b = Files.readAllBytes(files.get(i));
        bytes += b.length;
        pages[i] = new String(b, StandardCharsets.UTF_8);
      }
      return new TextDumps(List.of(pages), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
