package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests over whole plain-text pages: every folder under {@code testdata/text/} holds a
 * {@code page.txt} and the hand-written {@code expected.json} a perfect cleaner would return;
 * {@code testdata/seed/} holds the reference page as {@code seed-page.txt}.
 *
 * <p>{@code expected.json} looks like
 * <pre>{@code
 * {"page": "listing",
 *  "articles": [{"headline": "...", "section": "International", "dek": null,
 *                "paragraphs": ["...", "..."]}]}
 * }</pre>
 * {@code byline} and {@code date} are compared only when the file has them. Paragraph strings are
 * the page's text with white space folded (trimmed, inner runs of spaces, tabs and NBSPs to one
 * space). The expected files are the truth, written by hand; never regenerate them from the
 * library's output.
 */
class TextGoldenTest {
  private static final Path TEXT_DIR = Path.of("testdata", "text");
  private static final Path SEED_DIR = Path.of("testdata", "seed");
  private static final Pipeline NEWS = Pipeline.news();

  /** Pages made on purpose with no article in them: pure chrome and ads. */
  private static final Set<String> NO_ARTICLE = Set.of("chrome-only-no-article");

  /** One golden case: a name, the page dump and its expected.json. */
  record Golden(String slug, Path page, Path expected) {
    @Override
    public String toString() {
      return slug;
    }
  }

  static Stream<Golden> goldens() throws IOException {
    List<Golden> out = new ArrayList<>();
    out.add(new Golden("seed", SEED_DIR.resolve("seed-page.txt"), SEED_DIR.resolve("expected.json")));
    try (Stream<Path> dirs = Files.list(TEXT_DIR)) {
      dirs.filter(Files::isDirectory).sorted().forEach(d ->
          out.add(new Golden(d.getFileName().toString(), d.resolve("page.txt"), d.resolve("expected.json"))));
    }
    return out.stream();
  }

  static Stream<Arguments> cases() throws IOException {
    return goldens().map(g -> Arguments.of(g.slug(), g));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pageComesOutAsExpected(String slug, Golden golden) throws IOException {
    byte[] bytes = Files.readAllBytes(golden.page());
    Result result = NEWS.process(Input.bytes(bytes, InputKind.TEXT).named(slug));
    if (!Files.exists(golden.expected())) {
      fail("%s has no expected.json. Write it by hand from the page; what the library gave, for"
          + " reference only:%n%s", slug, dump(result));
    }
    JsonObject expected = parse(golden.expected());

    JsonArray want = expected.getAsJsonArray("articles");
    List<Article> got = result.articles();
    if (want.size() != got.size()) {
      fail("%s: expected %d article(s), got %d%n  expected: %s%n  actual:   %s",
          slug, want.size(), got.size(), summary(want), summaryOf(got));
    }
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(result.page().id()).as("%s: page kind", slug).isEqualTo(string(expected, "page"));
    for (int i = 0; i < want.size(); i++) {
      JsonObject w = want.get(i).getAsJsonObject();
      Article a = got.get(i);
      String where = slug + ": article " + (i + 1) + " (" + string(w, "headline") + ")";
      softly.assertThat(a.headline()).as("%s, headline", where).isEqualTo(string(w, "headline"));
      softly.assertThat(a.section()).as("%s, section", where).isEqualTo(string(w, "section"));
      softly.assertThat(a.dek()).as("%s, dek", where).isEqualTo(string(w, "dek"));
      if (w.has("byline")) {
        softly.assertThat(a.byline()).as("%s, byline", where).isEqualTo(string(w, "byline"));
      }
      if (w.has("date")) {
        softly.assertThat(a.date()).as("%s, date", where).isEqualTo(string(w, "date"));
      }
      List<String> paragraphs = strings(w.getAsJsonArray("paragraphs"));
      int k = firstDifference(paragraphs, a.paragraphs());
      if (k >= 0) {
        // Only the first difference: after a dropped or extra paragraph every later index differs.
        softly.assertThat(k < a.paragraphs().size() ? a.paragraphs().get(k) : null)
            .as("%s, paragraph %d, the first that differs (expected %d paragraphs, got %d)",
                where, k, paragraphs.size(), a.paragraphs().size())
            .isEqualTo(k < paragraphs.size() ? paragraphs.get(k) : null);
      }
    }
    softly.assertAll();
  }

  /**
   * Checks the fixtures themselves, independently of the library: each expected.json is well
   * formed, its page kind agrees with its article count, and every headline, dek and paragraph
   * can be found, in order, in the page's folded text.
   */
  @Test
  void everyExpectedFileIsWellFormed() throws IOException {
    List<Golden> all = goldens().toList();
    assertThat(all).as("golden pages").hasSizeGreaterThanOrEqualTo(15);
    for (Golden g : all) {
      assertThat(g.page()).as("%s: page file", g.slug()).isRegularFile();
      assertThat(g.expected()).as("%s: expected.json", g.slug()).isRegularFile();
      JsonObject expected = parse(g.expected());
      assertThat(expected.keySet()).as("%s: top-level keys", g.slug()).containsExactlyInAnyOrder("page", "articles");
      String page = string(expected, "page");
      JsonArray articles = expected.getAsJsonArray("articles");
      assertThat(page).as("%s: page", g.slug()).isIn("listing", "article", "none");
      if (NO_ARTICLE.contains(g.slug())) {
        assertThat(articles).as("%s: articles (a page made with none)", g.slug()).isEmpty();
      } else {
        assertThat(articles).as("%s: articles", g.slug()).isNotEmpty();
      }
      assertThat(page).as("%s: page kind for %d article(s)", g.slug(), articles.size())
          .isEqualTo(articles.isEmpty() ? "none" : articles.size() > 1 ? "listing" : "article");

      String text = fold(new String(Files.readAllBytes(g.page()), StandardCharsets.UTF_8));
      int from = 0;
      for (int i = 0; i < articles.size(); i++) {
        JsonObject a = articles.get(i).getAsJsonObject();
        String where = g.slug() + ": article " + (i + 1);
        assertThat(a.keySet()).as("%s: keys", where)
            .contains("headline", "section", "dek", "paragraphs")
            .isSubsetOf("headline", "section", "dek", "byline", "date", "paragraphs");
        assertThat(string(a, "headline")).as("%s: headline", where).isNotBlank();
        List<String> parts = new ArrayList<>();
        parts.add(string(a, "headline"));
        for (String key : List.of("dek", "byline", "date")) {
          String v = string(a, key);
          if (v != null && !(key.equals("date") && v.matches("\\d{4}-\\d{2}-\\d{2}.*"))) {
            // an ISO date is the page's date line read, not its text
            parts.add(v);
          }
        }
        List<String> paragraphs = strings(a.getAsJsonArray("paragraphs"));
        assertThat(paragraphs).as("%s: paragraphs", where).isNotEmpty();
        parts.addAll(paragraphs);
        String section = string(a, "section");
        if (section != null) {
          assertThat(text).as("%s: section", where).contains(section);
        }
        for (String part : parts) {
          assertThat(part).as("%s: folded", where).isEqualTo(fold(part));
          int at = text.indexOf(part, from);
          assertThat(at).as("%s: in page order: %s", where, quote(part)).isNotNegative();
          from = at + part.length();
        }
      }
    }
  }

  /** The seed copy must stay the reference page byte for byte: the whole corpus is keyed to it. */
  @Test
  void seedPageIsTheReferencePage() throws IOException {
    byte[] bytes = Files.readAllBytes(SEED_DIR.resolve("seed-page.txt"));
    assertThat(bytes).hasSize(9760);
    JsonObject expected = parse(SEED_DIR.resolve("expected.json"));
    JsonArray articles = expected.getAsJsonArray("articles");
    assertThat(articles).hasSize(4);
    int paragraphs = 0;
    for (JsonElement e : articles) {
      assertThat(string(e.getAsJsonObject(), "section")).isEqualTo("International");
      paragraphs += e.getAsJsonObject().getAsJsonArray("paragraphs").size();
    }
    assertThat(paragraphs).isEqualTo(16 + 4 + 4 + 5);
  }

  private static JsonObject parse(Path file) {
    try {
      return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new AssertionError(file + ": not a JSON object: " + e.getMessage(), e);
    }
  }

  private static @Nullable String string(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>(a.size());
    a.forEach(e -> out.add(e.getAsString()));
    return out;
  }

  /** The index of the first paragraph that differs, counting a missing one; -1 when equal. */
  private static int firstDifference(List<String> expected, List<String> actual) {
    int n = Math.min(expected.size(), actual.size());
    for (int i = 0; i < n; i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        return i;
      }
    }
    return expected.size() == actual.size() ? -1 : n;
  }

  /** Trimmed, every run of white space (NBSP, BOM and line breaks included) folded to one space. */
  private static String fold(String s) {
    return s.replaceAll("[\\s\\p{Z}\\uFEFF]+", " ").strip();
  }

  private static String summary(JsonArray articles) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : articles) {
      JsonObject a = e.getAsJsonObject();
      out.add(quote(string(a, "headline")) + " (" + a.getAsJsonArray("paragraphs").size() + " ¶)");
    }
    return out.toString();
  }

  private static String summaryOf(List<Article> articles) {
    List<String> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(quote(a.headline()) + " (" + a.paragraphs().size() + " ¶)");
    }
    return out.toString();
  }

  /** The library's output in expected.json's shape, to start a hand-written file from. */
  private static String dump(Result result) {
    JsonObject o = new JsonObject();
    o.addProperty("page", result.page().id());
    JsonArray articles = new JsonArray();
    for (Article a : result.articles()) {
      JsonObject j = new JsonObject();
      j.addProperty("headline", a.headline());
      j.addProperty("section", a.section());
      j.addProperty("dek", a.dek());
      JsonArray paragraphs = new JsonArray();
      a.paragraphs().forEach(paragraphs::add);
      j.add("paragraphs", paragraphs);
      articles.add(j);
    }
    o.add("articles", articles);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(o);
  }

  private static String quote(@Nullable String s) {
    if (s == null) {
      return "null";
    }
    return "\"" + (s.length() > 160 ? s.substring(0, 157) + "..." : s) + "\"";
  }
}
