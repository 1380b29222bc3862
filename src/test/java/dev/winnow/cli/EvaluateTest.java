package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Evaluate's listing mode on a one-page dataset: what it prints and its exit status against floors.
 * Like {@link MainTest}, blind to the news filters' decisions: the page is one plain paragraph any
 * sane chain keeps, and its gold asks for a headline the page does not have.
 */
class EvaluateTest {
  static final String PARAGRAPH = MainTest.PARAGRAPH;

  @TempDir Path tmp;

  record Run(int status, String out, String err) {
    List<String> outLines() {
      return List.of(out.split("\n"));
    }
  }

  private static Run evaluate(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    int status = new CommandLine(new Evaluate(o, e)).setErr(new PrintWriter(e, true)).execute(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A listing dataset of one text page: one paragraph, gold with a headline the page lacks. */
  private Path listingDataset() throws IOException {
    Path d = tmp.resolve("listing");
    Files.createDirectories(d.resolve("gold"));
    Files.createDirectories(d.resolve("pages"));
    Files.writeString(d.resolve("pages/P001.txt"), PARAGRAPH + "\n", StandardCharsets.UTF_8);
    Files.writeString(d.resolve("gold/P001.json"), "{\"articles\": [{\"section\": null, \"headline\": "
        + "\"Council passes budget\", \"paragraphs\": [\"" + PARAGRAPH + "\"]}], \"noise\": [\"Menu\"]}",
        StandardCharsets.UTF_8);
    return d;
  }

  @Test
  void aGoldFolderMeansListingModeAndTheLastLineIsTheScorers() throws IOException {
    Run run = evaluate(listingDataset().toString(), "--worst", "5");
    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(0)).contains("mode=listing input=text pages=1");
    assertThat(run.out()).contains("  P001 gold=1 pred=1 f1=1.000 head=0/1 sec=1/1 leaks=0 lost=0/1");
    assertThat(run.outLines().get(run.outLines().size() - 1))
        .isEqualTo("textmode: f1=1.0000 headline=0.0000 section=1.0000 count=1.0000 leaks=0 lost=0");
  }

  @Test
  void floorsThatHoldPass() throws IOException {
    Run run = evaluate(listingDataset().toString(), "--mode", "listing", "--min-f1", "0.99", "--min-section",
        "1", "--min-count", "1", "--max-leaks", "0", "--max-lost", "0");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aFigureBelowItsFloorFailsAndIsNamed() throws IOException {
    Run run = evaluate(listingDataset().toString(), "--min-f1", "0.5", "--min-headline", "0.5");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("FAIL: headline 0.0000 is below the floor 0.5").doesNotContain("f1");
    assertThat(run.outLines().get(run.outLines().size() - 1)).startsWith("textmode: ");
  }

  @Test
  void aCeilingExceededFails() throws IOException {
    Path d = listingDataset();
    Files.writeString(d.resolve("gold/P001.json"), "{\"articles\": [{\"section\": null, \"headline\": null, "
        + "\"paragraphs\": [\"Not on the page at all.\"]}], \"noise\": [\"" + PARAGRAPH + "\"]}",
        StandardCharsets.UTF_8);
    Run run = evaluate(d.toString(), "--max-leaks", "0", "--max-lost", "0");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("FAIL: leaks 1 is above the ceiling 0", "FAIL: lost 1 is above the ceiling 0");
  }

  @Test
  void listingFloorsAreAUsageErrorOnAnArticleDataset() throws IOException {
    Path d = tmp.resolve("articles");
    Files.createDirectories(d.resolve("pages"));
    Files.writeString(d.resolve("ground-truth.json"), "{}", StandardCharsets.UTF_8);
    Run run = evaluate(d.toString(), "--min-headline", "0.5");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--min-headline").contains("are for listing datasets");
    assertThat(evaluate(d.toString(), "--mode", "nonsense").status()).isEqualTo(2);
    assertThat(evaluate(listingDataset().toString(), "--min-accuracy", "0.5").status()).isEqualTo(2);
  }
}
