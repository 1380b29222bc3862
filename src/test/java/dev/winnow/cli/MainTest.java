package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's contract, run in-process. Deliberately blind to which blocks the news
 * filters remove (others are still writing them): inputs are single plain paragraphs that any
 * sane chain keeps.
 */
class MainTest {
  static final String PARAGRAPH =
      "The council approved the new budget on Tuesday after a long debate about school funding and roads.";
  static final String OTHER =
      "Engineers said the bridge repairs would take two more years and cost far more than first planned.";

  @TempDir Path tmp;

  private Path write(String relative, String content) throws IOException {
    return write(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relative, byte[] content) throws IOException {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.write(p, content);
  }

  private static JsonObject json(String line) {
    return JsonParser.parseString(line).getAsJsonObject();
  }

  private static List<String> paragraphs(JsonObject result) {
    return result.getAsJsonArray("articles").asList().stream()
        .flatMap(a -> a.getAsJsonObject().getAsJsonArray("paragraphs").asList().stream())
        .map(p -> p.getAsString())
        .collect(Collectors.toList());
  }

  private List<String> filesUnder(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
          .collect(Collectors.toList());
    }
  }

  // --- JSON and standard output

  @Test
  void aTextPageWithOneParagraphYieldsThatParagraph() throws IOException {
    Path page = write("page.txt", PARAGRAPH + "\n");
    CliRun run = CliRun.of("--format", "json", page.toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).hasSize(1);
    JsonObject result = json(run.outLines().get(0));
    assertThat(result.get("source").getAsString()).isEqualTo(page.toString());
    assertThat(result.get("input").getAsString()).isEqualTo("text");
    assertThat(paragraphs(result)).containsExactly(PARAGRAPH);
    assertThat(result.has("removed")).isFalse();
  }

  @Test
  void jsonIsOneObjectPerLineInInputOrder() throws IOException {
    Path b = write("b.txt", OTHER);
    Path a = write("a.html", "<html><body><p>" + PARAGRAPH + "</p></body></html>");
    CliRun run = CliRun.of("--format", "json", b.toString(), a.toString());
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(json(run.outLines().get(0)).get("source").getAsString()).isEqualTo(b.toString());
    JsonObject html = json(run.outLines().get(1));
    assertThat(html.get("input").getAsString()).isEqualTo("html");
    assertThat(paragraphs(html)).containsExactly(PARAGRAPH);
  }

  @Test
  void explainAddsTheRemovedList() throws IOException {
    Path page = write("page.txt", PARAGRAPH);
    CliRun run = CliRun.of("--format", "json", "--explain", page.toString());
    assertThat(run.status()).isZero();
    assertThat(json(run.out()).has("removed")).isTrue();
    assertThat(json(run.out()).get("removed").isJsonArray()).isTrue();
  }

  @Test
  void textWithSeveralInputsIsSeparatedByHeaders() throws IOException {
    Path a = write("a.txt", PARAGRAPH);
    Path b = write("b.txt", OTHER);
    CliRun run = CliRun.of(a.toString(), b.toString());
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).contains("==> " + a + " <==", "==> " + b + " <==", PARAGRAPH, OTHER);
    assertThat(run.out()).startsWith("==> " + a + " <==\n");
    assertThat(run.out().indexOf(PARAGRAPH)).isLessThan(run.out().indexOf("==> " + b));
  }

  @Test
  void oneInputGetsNoHeader() throws IOException {
    CliRun run = CliRun.of("--format", "markdown", write("a.txt", PARAGRAPH).toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).doesNotContain("==>").contains(PARAGRAPH);
  }

  @Test
  void readsStandardInput() {
    CliRun run = CliRun.withStdin(PARAGRAPH.getBytes(StandardCharsets.UTF_8), "--format", "json", "-");
    assertThat(run.status()).isZero();
    JsonObject result = json(run.out());
    assertThat(result.get("source").getAsString()).isEqualTo("-");
    assertThat(paragraphs(result)).containsExactly(PARAGRAPH);
  }

  @Test
  void inputTextAndHtmlForceTheKind() throws IOException {
    Path page = write("page.txt", "<html><body><p>" + PARAGRAPH + "</p></body></html>");
    assertThat(json(CliRun.of("--format", "json", "--input", "text", page.toString()).out())
        .get("input").getAsString()).isEqualTo("text");
    assertThat(json(CliRun.of("--format", "json", "--input", "html", page.toString()).out())
        .get("input").getAsString()).isEqualTo("html");
  }

  @Test
  void stdoutIsUtf8WhateverTheStreamsCharset() throws IOException {
    Path page = write("page.txt", "Caf\u00e9 cr\u00e8me \u2014 \u65e5\u672c.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Main.run(new String[] {page.toString()}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.ISO_8859_1), new PrintStream(new ByteArrayOutputStream()));
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Caf\u00e9 cr\u00e8me \u2014 \u65e5\u672c.");
  }

  @Test
  void keepAllPipelineKeepsEveryBlock() throws IOException {
    Path page = write("page.txt", "Advertisement\n\n" + PARAGRAPH + "\n\nContinue Reading\n");
    CliRun run = CliRun.of("--format", "json", "--pipeline", "keep-all", page.toString());
    assertThat(run.status()).isZero();
    assertThat(paragraphs(json(run.out()))).containsExactly("Advertisement", PARAGRAPH, "Continue Reading");
  }

  @Test
  void debugTracesEveryBlockOnStandardError() throws IOException {
    Path page = write("page.txt", "Advertisement\n\n" + PARAGRAPH + "\n");
    CliRun run = CliRun.of("--debug", "--pipeline", "keep-all", page.toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("# debug: " + page, "   0 kept", "   1 kept", "Advertisement");
    assertThat(run.out()).doesNotContain("# debug");
  }

  // --- --out

  @Test
  void outNamesResultsAfterInputsWithTheFormatsExtension() throws IOException {
    Path page = write("in/page.txt", PARAGRAPH);
    Path story = write("in/story.v2.html", "<p>" + OTHER + "</p>");
    Path out = tmp.resolve("out");
    for (String[] formatExt : new String[][] {{"json", "json"}, {"markdown", "md"}, {"text", "txt"}}) {
      CliRun run = CliRun.of("--format", formatExt[0], "--out", out.toString(), page.toString(), story.toString());
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).isEmpty();
      assertThat(out.resolve("page." + formatExt[1])).exists();
      assertThat(out.resolve("story.v2." + formatExt[1])).exists();
    }
    assertThat(Files.readString(out.resolve("page.txt"))).contains(PARAGRAPH);
    assertThat(json(Files.readString(out.resolve("page.json"))).get("source").getAsString())
        .isEqualTo(page.toString());
  }

  @Test
  void outKeepsADirectorysLayoutAndSkipsHiddenFiles() throws IOException {
    write("in/a/b/deep.txt", PARAGRAPH);
    write("in/top.html", "<p>" + OTHER + "</p>");
    write("in/.hidden.txt", "secret");
    write("in/.git/config", "secret");
    Path out = tmp.resolve("results/nested");
    CliRun run = CliRun.of("--format", "json", "--out", out.toString(), tmp.resolve("in").toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(filesUnder(out)).containsExactly("a/b/deep.json", "top.json");
    assertThat(paragraphs(json(Files.readString(out.resolve("a/b/deep.json"))))).containsExactly(PARAGRAPH);
  }

  @Test
  void directoryFilesComeInSortedOrder() throws IOException {
    write("in/c.txt", "Third.");
    write("in/a.txt", "First.");
    write("in/b/x.txt", "Second.");
    CliRun run = CliRun.of("--format", "json", tmp.resolve("in").toString());
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).extracting(l -> json(l).get("source").getAsString()).containsExactly(
        tmp.resolve("in/a.txt").toString(), tmp.resolve("in/b/x.txt").toString(), tmp.resolve("in/c.txt").toString());
  }

  @Test
  void standardInputGoesToStdinFile() throws IOException {
    Path out = tmp.resolve("out");
    CliRun run = CliRun.withStdin(PARAGRAPH.getBytes(StandardCharsets.UTF_8), "--format", "markdown", "--out",
        out.toString(), "-");
    assertThat(run.status()).isZero();
    assertThat(filesUnder(out)).containsExactly("stdin.md");
  }

  @Test
  void refusesToOverwriteAnInput() throws IOException {
    Path page = write("in/page.txt", PARAGRAPH);
    Path other = write("in/other.html", "<p>" + OTHER + "</p>");
    CliRun run = CliRun.of("--format", "text", "--out", tmp.resolve("in").toString(), page.toString(), other.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("winnow: " + page + ": refusing to overwrite input file");
    assertThat(Files.readString(page)).isEqualTo(PARAGRAPH);
    assertThat(Files.readString(tmp.resolve("in/other.txt"))).contains(OTHER);
  }

  @Test
  void refusesToOverwriteAnInputThroughALink() throws IOException {
    Path page = write("in/page.txt", PARAGRAPH);
    Path link = tmp.resolve("link");
    try {
      Files.createSymbolicLink(link, tmp.resolve("in"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    CliRun run = CliRun.of("--out", link.toString(), page.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("refusing to overwrite input file");
    assertThat(Files.readString(page)).isEqualTo(PARAGRAPH);
  }

  @Test
  void twoInputsWithOneOutputNameDoNotOverwriteEachOther() throws IOException {
    Path a = write("x/page.txt", PARAGRAPH);
    Path b = write("y/page.txt", OTHER);
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("--format", "json", "--out", out.toString(), a.toString(), b.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("winnow: " + b + ": refusing to write").contains("an earlier input of this run");
    assertThat(paragraphs(json(Files.readString(out.resolve("page.json"))))).containsExactly(PARAGRAPH);
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("--out", out.toString(), write("a.txt", PARAGRAPH).toString(),
        write("b.txt", OTHER).toString());
    assertThat(run.status()).isZero();
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "b.txt");
    }
  }

  @Test
  void replacesAnEarlierResult() throws IOException {
    Path out = tmp.resolve("out");
    Path page = write("page.txt", PARAGRAPH);
    assertThat(CliRun.of("--out", out.toString(), "--format", "json", page.toString()).status()).isZero();
    Files.writeString(page, OTHER);
    assertThat(CliRun.of("--out", out.toString(), "--format", "json", page.toString()).status()).isZero();
    assertThat(paragraphs(json(Files.readString(out.resolve("page.json"))))).containsExactly(OTHER);
  }

  // --- failures: one line each, the others still written

  @Test
  void missingFileFailsWithOneLineAndTheOthersAreStillWritten() throws IOException {
    Path page = write("page.txt", PARAGRAPH);
    Path missing = tmp.resolve("missing.txt");
    CliRun run = CliRun.of("--format", "json", missing.toString(), page.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("winnow: " + missing + ": no such file or directory");
    assertThat(run.outLines()).hasSize(1);
    assertThat(paragraphs(json(run.out()))).containsExactly(PARAGRAPH);
  }

  @Test
  void emptyDirectoryFails() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliRun run = CliRun.of(empty.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith("winnow: " + empty + ": no files in directory");
  }

  @Test
  void directoryWithOnlyHiddenFilesFails() throws IOException {
    write("dir/.secret", "x");
    CliRun run = CliRun.of(tmp.resolve("dir").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("no files in directory (hidden files and links are skipped)");
  }

  @Test
  void binaryFileFails() throws IOException {
    Path bin = write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    Path page = write("page.txt", PARAGRAPH);
    CliRun run = CliRun.of("--format", "json", bin.toString(), page.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        "winnow: " + bin + ": binary content (NUL byte at offset 8), not a text or HTML page");
    assertThat(run.outLines()).hasSize(1);
  }

  @Test
  void malformedUtf8FailsInTextModeOnly() throws IOException {
    Path latin = write("latin.txt", "Caf\u00e9 au lait, s'il vous pla\u00eet.".getBytes(StandardCharsets.ISO_8859_1));
    CliRun strict = CliRun.of("--input", "text", latin.toString());
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.errLines()).singleElement().asString()
        .isEqualTo("winnow: " + latin + ": malformed UTF-8 (no byte-order mark and not valid UTF-8)");
    CliRun lenient = CliRun.of(latin.toString());
    assertThat(lenient.status()).isZero();
    assertThat(lenient.out()).contains("Caf\u00e9");
  }

  @Test
  void unreadableFileFails() throws IOException {
    Path page = write("page.txt", PARAGRAPH);
    try {
      Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no POSIX permissions here");
    }
    assumeTrue(!Files.isReadable(page), "running as a user who can read anything");
    CliRun run = CliRun.of(page.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("winnow: " + page + ": permission denied");
  }

  @Test
  void noFailureEverPrintsAStackTrace() throws IOException {
    Path bin = write("bin", new byte[] {0, 1, 2});
    CliRun run = CliRun.of("--input", "text", bin.toString(), tmp.resolve("nope").toString(),
        Files.createDirectories(tmp.resolve("void")).toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("winnow: ")
        .doesNotContain("Exception").doesNotContain("\tat "));
  }

  // --- usage, help, version

  @Test
  void usageErrorsExitWith2AndShowTheUsage() throws IOException {
    String page = write("page.txt", PARAGRAPH).toString();
    for (String[] args : new String[][] {
        {}, {"--format", "xml", page}, {"--input", "pdf", page}, {"--pipeline", "none", page}, {"--nope", page},
        {"--warmup", "-1", page}, {"--warmup", "many", page}, {"-", "-"}, {"--out", page, page}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", args)).contains("Usage: winnow");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void helpAndVersionGoToStandardOutput() {
    CliRun help = CliRun.of("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Usage: winnow", "--format", "--stats", "--warmup", "--out", "--pipeline");
    CliRun version = CliRun.of("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out().strip()).matches("winnow \\d+\\.\\d+\\.\\d+.*");
  }

  // --- --stats

  @Test
  void statsPrintsAFinalLineOnStandardError() throws IOException {
    Path a = write("a.txt", PARAGRAPH);
    Path b = write("b.txt", OTHER);
    CliRun run = CliRun.of("--format", "json", "--stats", "--warmup", "2", a.toString(), b.toString());
    assertThat(run.status()).isZero();
    List<String> err = run.errLines();
    String bytes = String.valueOf(Files.size(a) + Files.size(b));
    assertThat(err.get(err.size() - 1)).matches(
        "docs=2 bytes=" + bytes + " millis=\\d+\\.\\d{1,2} docs_per_s=\\d+\\.\\d{1,2} mb_per_s=\\d+\\.\\d{1,2}");
    assertThat(run.outLines()).hasSize(2);
  }

  @Test
  void statsCountOnlyProcessedInputs() throws IOException {
    Path a = write("a.txt", PARAGRAPH);
    CliRun run = CliRun.of("--stats", a.toString(), write("bin", new byte[] {0}).toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines().get(run.errLines().size() - 1)).startsWith("docs=1 bytes=" + Files.size(a) + " ");
  }
}
