package dev.winnow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
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
      BenchFiles.Contents read = BenchFiles.readUtf8(BenchFiles.files(dir, ".txt"));
      return new TextDumps(read.texts(), read.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
