package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluate's snippets mode, figure for figure as score.py: its helpers, and a one-page dataset. */
class SnippetsEvaluationTest {
  @TempDir Path tmp;

  private static final String PAGE = "<html lang='en'><head><title>Council passes budget | Daily</title>"
      + "<meta name='author' content='By Jane Roe and John Doe'>"
      + "<meta property='article:published_time' content='2020-01-02T10:00:00Z'></head><body><article>"
      + "<h1>Council passes budget</h1><p>" + MainTest.PARAGRAPH + "</p></article></body></html>";

  @Test
  void foldAndPersonAreScorePys() {
    assertThat(SnippetsEvaluation.fold("  a\u00a0 b\n\tc \u2003")).isEqualTo("a b c");
    assertThat(SnippetsEvaluation.person("By Jane Roe and John Doe")).containsExactly("jane roe", "john doe");
    assertThat(SnippetsEvaluation.person("Von Jörg Weiß; Ann Lee.")).containsExactly("ann lee", "jörg weiss");
    assertThat(SnippetsEvaluation.person("")).isEmpty();
  }

  @Test
  void aPageIsTalliedAsScorePyTalliesIt() {
    Result r = Pipeline.news().process(Input.html(PAGE));
    JsonObject e = JsonParser.parseString("{\"with\": [\"" + MainTest.PARAGRAPH.substring(0, 20) + "\", \"absent\"],"
        + " \"without\": [\"Daily\"], \"title\": \"Council  passes budget\", \"author\": [\"John Doe\", \"Jane Roe\"],"
        + " \"date\": \"2020-01-02\"}").getAsJsonObject();
    SnippetsEvaluation.Tally t = new SnippetsEvaluation.Tally();
    SnippetsEvaluation.score(e, r, t);
    assertThat(t.tp).isEqualTo(1);
    assertThat(t.fn).isEqualTo(1);
    assertThat(t.tn).isEqualTo(1);
    assertThat(t.titlesOk).isEqualTo(1);
    assertThat(t.authorsOk).isEqualTo(1);
    assertThat(t.datesOk).isEqualTo(1);
    SnippetsEvaluation.score(e, null, t);
    assertThat(t.missing).isEqualTo(1);
    assertThat(t.line()).isEqualTo("docs=2 missing_outputs=1 f1=0.400 precision=1.000 recall=0.250 accuracy=0.500"
        + " headline_exact=0.500 byline_exact=0.500 date_exact=0.500 titled=2 authored=2 dated=2");
  }

  @Test
  void aFolderWithExpectationsIsScoredAndGatedByItsFloors() throws IOException {
    Path d = tmp.resolve("snippets");
    Files.createDirectories(d.resolve("html"));
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(d.resolve("html/p1.html.gz")))) {
      o.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(d.resolve("expectations.json"), "{\"p1.html\": {\"with\": [\"Council\"], \"without\": [],"
        + " \"title\": \"Council passes budget\", \"author\": \"Jane Roe, John Doe\", \"date\": \"2020-01-03\"}}",
        StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    int ok = SnippetsEvaluation.run(d, new SnippetsEvaluation.Floors(-1, 1, 1, -1), 5, tmp.resolve("dump"), ps, ps);
    assertThat(ok).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("headline_exact=1.000 byline_exact=1.000 date_exact=0.000");
    assertThat(tmp.resolve("dump/p1.json")).exists();
    // The one page loses its snippet and misses its date, and is listed with what it missed.
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("worst pages").containsPattern("1 +0 +date +p1.html");
    int failed = SnippetsEvaluation.run(d, new SnippetsEvaluation.Floors(-1, -1, -1, 0.5), 0, null, ps, ps);
    assertThat(failed).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAIL: date 0.0000 is below the floor 0.5000");
    assertThat(out.toString(StandardCharsets.UTF_8).split("worst pages", -1)).hasSize(2); // --worst 0 lists none
  }
}
