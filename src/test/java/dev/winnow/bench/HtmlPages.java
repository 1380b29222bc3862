package dev.winnow.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The dev HTML pages, read once into memory: every {@code *.html} file of the folder named by the
 * system property {@value #DIR_PROPERTY} (default {@value #DEFAULT_DIR}, relative to the working
 * directory, which is the repository root under Maven), in file-name order, with each page's URL
 * from the {@code ground-truth.json} beside the folder when there is one.
 *
 * @param html the pages, as decoded from UTF-8
 * @param urls each page's URL, or a made-up one when the ground truth does not say
 * @param bytes the pages' total size in bytes, as stored
 */
record HtmlPages(List<String> html, List<String> urls, long bytes) {
  static final String DIR_PROPERTY = "winnow.bench.dir";
  static final String DEFAULT_DIR = "../shared/bench/articles-dev/html";

  static HtmlPages load() {
    Path dir = BenchFiles.folder(DIR_PROPERTY, DEFAULT_DIR, ".html files (the articles-dev/html folder of shared/bench)");
    try {
      List<Path> files = BenchFiles.files(dir, ".html");
      JsonObject truth = groundTruth(dir.resolveSibling("ground-truth.json"));
      BenchFiles.Contents read = BenchFiles.readUtf8(files);
      String[] urls = new String[files.size()];
      for (int i = 0; i < files.size(); i++) {
        String id = files.get(i).getFileName().toString().replaceFirst("\\.html$", "");
        urls[i] = url(truth, id);
      }
      return new HtmlPages(read.texts(), List.of(urls), read.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject groundTruth(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return new JsonObject();
    }
    return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
  }

  private static String url(JsonObject truth, String id) {
    JsonElement page = truth.get(id);
    if (page != null && page.isJsonObject()) {
      JsonElement url = page.getAsJsonObject().get("url");
      if (url != null && url.isJsonPrimitive()) {
        return url.getAsString();
      }
    }
    return "https://example.com/" + id;
  }
}
