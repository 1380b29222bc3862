package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests for whole HTML pages, Readability-style: each folder under {@code testdata/html}
 * holds a {@code source.html} (bytes, in whatever charset the page declares) and the
 * {@code expected.json} the news pipeline must produce from it: the page kind and each article's
 * headline, section and paragraphs.
 *
 * <p>The expected files are the truth, written or reviewed by a person; this test never writes
 * them. A folder without one fails, printing what the pipeline gave so that a person can check it
 * against the page and write the file. Every run also writes what the pipeline gave for each
 * folder to {@code target/golden-candidates/html/<folder>/expected.json}, so after a deliberate
 * change the differences can be read in one go:
 * <pre>
 * mvn test -Dtest=HtmlGoldenTest
 * diff -ru -x source.html -x README.md testdata/html target/golden-candidates/html
 * </pre>
 * and copied into {@code testdata/} by hand, one reviewed folder at a time.
 */
class HtmlGoldenTest {
  private static final Path ROOT = Path.of("testdata", "html");
  private static final Path CANDIDATES = Path.of("target", "golden-candidates", "html");
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();
  private static final Pipeline PIPELINE = Pipeline.news();

  @TestFactory
  Stream<DynamicTest> everyFixtureGivesItsExpectedArticles() throws IOException {
    List<Path> dirs;
    try (Stream<Path> s = Files.list(ROOT)) {
      dirs = s.filter(d -> Files.isRegularFile(d.resolve("source.html"))).sorted().toList();
    }
    assertThat(dirs).hasSizeGreaterThanOrEqualTo(15);
    return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
  }

  private static void check(Path dir) throws IOException {
    String slug = dir.getFileName().toString();
    byte[] bytes = Files.readAllBytes(dir.resolve("source.html"));
    Result result = PIPELINE.process(Input.bytes(bytes, InputKind.HTML).named(slug));
    String actual = GSON.toJson(summary(result));
    Path candidate = CANDIDATES.resolve(slug).resolve("expected.json");
    Files.createDirectories(candidate.getParent());
    Files.writeString(candidate, actual + "\n", StandardCharsets.UTF_8);

    Path expectedFile = dir.resolve("expected.json");
    if (!Files.exists(expectedFile)) {
      fail(slug + " has no expected.json. Check this output against source.html by hand, correct it"
          + " where the pipeline is wrong, and save it as " + expectedFile + " (a copy is in " + candidate
          + "):\n" + actual);
    }
    JsonElement expected = JsonParser.parseString(Files.readString(expectedFile, StandardCharsets.UTF_8));
    assertThat(actual).as(slug + ": explain trail " + result.removed()).isEqualTo(GSON.toJson(expected));
  }

  private static JsonObject summary(Result result) {
    JsonObject o = new JsonObject();
    o.addProperty("page", result.page().id());
    JsonArray articles = new JsonArray();
    for (Article a : result.articles()) {
      JsonObject j = new JsonObject();
      j.addProperty("headline", a.headline());
      j.addProperty("section", a.section());
      JsonArray paragraphs = new JsonArray();
      a.paragraphs().forEach(paragraphs::add);
      j.add("paragraphs", paragraphs);
      articles.add(j);
    }
    o.add("articles", articles);
    return o;
  }
}
