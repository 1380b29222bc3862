package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

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
 * <p>After a deliberate change, regenerate the expected files and review the diff:
 * <pre>
 * mvn test -Dtest=HtmlGoldenTest -Dwinnow.regenerate=true
 * </pre>
 */
class HtmlGoldenTest {
  private static final Path ROOT = Path.of("testdata", "html");
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
    byte[] bytes = Files.readAllBytes(dir.resolve("source.html"));
    Result result = PIPELINE.process(Input.bytes(bytes, InputKind.HTML).named(dir.getFileName().toString()));
    JsonObject actual = summary(result);
    Path expectedFile = dir.resolve("expected.json");
    if (Boolean.getBoolean("winnow.regenerate") || !Files.exists(expectedFile)) {
      Files.writeString(expectedFile, GSON.toJson(actual) + "\n", StandardCharsets.UTF_8);
    }
    JsonElement expected = JsonParser.parseString(Files.readString(expectedFile, StandardCharsets.UTF_8));
    assertThat(GSON.toJson(actual)).as(dir.getFileName() + ": explain trail " + result.removed())
        .isEqualTo(GSON.toJson(expected));
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
