package org.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.Article;
import dev.winnow.Input;
import dev.winnow.InputException;
import dev.winnow.InputKind;
import dev.winnow.Limits;
import dev.winnow.Pipeline;
import dev.winnow.Removal;
import dev.winnow.Result;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.output.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The library as a user outside it sees it: only exported packages, used the way the README
 * shows. If this needs a non-exported type or breaks, the public API broke.
 */
class ApiUsageTest {
  /** Immutable and thread-safe: built once, as the README says. */
  static final Pipeline PIPELINE = Pipeline.news();

  static final String PROSE = "The council voted on Tuesday to keep the library open for another year, after residents filled the hall"
      + " to argue that it was the last public space in town. The mayor said the money would come from the road"
      + " budget. Critics warned that the decision only delays a harder choice, and that the building needs a new"
      + " roof before the winter.";

  /** The README's custom filter. */
  public static final class MyKickerFilter implements Filter {
    @Override
    public void apply(Page page) {
      for (Block b : page.kept()) {
        if (b.text().equals("BREAKING")) {
          page.remove(b, name(), "a kicker, not content");
        }
      }
    }
  }

  @Test
  void processBytesSniffedAndReadArticlesAndRemovals() {
    byte[] pageBytes = ("BREAKING\n\n" + PROSE + "\n\n" + PROSE.replace("Tuesday", "Monday") + "\n").getBytes(StandardCharsets.UTF_8);
    // First in the chain, so it sees the page before any preset filter does.
    Pipeline mine = PIPELINE.withBefore(PIPELINE.filters().get(0).name(), new MyKickerFilter());
    Result result = mine.process(Input.bytes(pageBytes, null).named("https://example.com/story"));

    assertThat(result.source()).isEqualTo("https://example.com/story");
    assertThat(result.input()).isEqualTo(InputKind.TEXT);
    assertThat(result.truncated()).isFalse();
    List<String> body = new ArrayList<>();
    for (Article a : result.articles()) {
      body.addAll(a.paragraphs());
    }
    assertThat(body).contains(PROSE).doesNotContain("BREAKING");
    assertThat(result.removed()).extracting(Removal::filter, Removal::text, Removal::reason)
        .contains(org.assertj.core.groups.Tuple.tuple("MyKickerFilter", "BREAKING", "a kicker, not content"));
  }

  @Test
  void processHtml() {
    Result result = PIPELINE.process(Input.html("<html><head><title>T</title></head><body><h1>Council keeps library open</h1>"
        + "<p>" + PROSE + "</p><script>var x = 1;</script></body></html>").named("story.html"));
    assertThat(result.input()).isEqualTo(InputKind.HTML);
    assertThat(result.text()).contains(PROSE).doesNotContain("var x");
    assertThat(result.metadata().title()).isEqualTo("T");
  }

  @Test
  void buildYourOwnChains() {
    String firstName = PIPELINE.filters().get(0).name();
    Pipeline without = PIPELINE.without(firstName);
    assertThat(without.filters()).hasSize(PIPELINE.filters().size() - 1);
    assertThat(PIPELINE.filters()).extracting(Filter::name).contains(firstName);   // the original is untouched

    Pipeline mine = Pipeline.news()
        .without("OrphanBlockFilter")
        .with(new MyKickerFilter());
    assertThat(mine.filters()).extracting(Filter::name).contains("MyKickerFilter").doesNotContain("OrphanBlockFilter");

    Pipeline bare = Pipeline.of(new MyKickerFilter());
    Pipeline fromList = Pipeline.of(List.of(new MyKickerFilter()));
    assertThat(bare.filters()).extracting(Filter::name).containsExactly("MyKickerFilter");
    assertThat(fromList.toString()).isEqualTo(bare.toString());

    Pipeline raw = Pipeline.keepAll();
    assertThat(raw.filters()).isEmpty();
    assertThat(raw.process(Input.text("BREAKING\n\n" + PROSE)).text()).isEqualTo("BREAKING\n\n" + PROSE);
    assertThat(bare.process(Input.text("BREAKING\n\n" + PROSE)).text()).isEqualTo(PROSE);

    Pipeline small = Pipeline.news().withLimits(new Limits(1 << 20, 5_000, 128, 200_000));
    assertThat(small.limits().maxBlocks()).isEqualTo(5_000);
    assertThat(Pipeline.news().limits()).isEqualTo(Limits.DEFAULT);
  }

  @Test
  void filterListsCannotBeChangedFromOutside() {
    assertThatThrownBy(() -> PIPELINE.filters().add(new MyKickerFilter())).isInstanceOf(UnsupportedOperationException.class);
    List<Filter> mine = new ArrayList<>(List.of(new MyKickerFilter()));
    Pipeline p = Pipeline.of(mine);
    mine.clear();
    assertThat(p.filters()).hasSize(1);
  }

  @Test
  void resultsAreValuesWithCopiedLists() {
    Result result = PIPELINE.process(Input.text(PROSE));
    assertThatThrownBy(() -> result.articles().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.articles().get(0).paragraphs().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.removed().clear()).isInstanceOf(UnsupportedOperationException.class);
    List<String> paragraphs = new ArrayList<>(List.of("one"));
    Article a = new Article(null, null, null, null, null, paragraphs);
    paragraphs.add("two");
    assertThat(a.paragraphs()).containsExactly("one");
    assertThat(PIPELINE.process(Input.text(PROSE)).articles()).isEqualTo(result.articles());
  }

  @Test
  void inputCopiesItsBytes() {
    byte[] bytes = PROSE.getBytes(StandardCharsets.UTF_8);
    Input input = Input.bytes(bytes, InputKind.TEXT);
    bytes[0] = 'X';
    assertThat(PIPELINE.process(input).text()).isEqualTo(PROSE);
    input.bytes()[0] = 'Y';
    assertThat(PIPELINE.process(input).text()).isEqualTo(PROSE);
  }

  @Test
  void writeJson() {
    Result result = PIPELINE.process(Input.text("BREAKING\n\n" + PROSE).named("page.txt"));
    String json = Format.JSON.write(result, true);
    assertThat(json).startsWith("{\"source\":\"page.txt\",\"input\":\"text\",").contains("\"articles\":[").contains("\"removed\":[");
    assertThat(Format.of("json")).isEqualTo(Format.JSON);
    assertThat(Format.TEXT.write(result, false)).contains(PROSE);
  }

  @Test
  void badInputIsOneCatchableException() {
    assertThatThrownBy(() -> PIPELINE.process(Input.bytes(new byte[] {'a', 0, 'b'}, null)))
        .isInstanceOf(InputException.class).hasMessageNotContaining("\n");
  }

  /** This file imports only packages the module exports: it is a fair test of the public API. */
  @Test
  void usesOnlyExportedPackages() throws IOException {
    String module = Files.readString(Path.of("src/main/java/module-info.java"));
    List<String> exported = new ArrayList<>();
    Matcher m = Pattern.compile("exports\\s+([\\w.]+)\\s*;").matcher(module);
    while (m.find()) {
      exported.add(m.group(1));
    }
    String self = Files.readString(Path.of("src/test/java/org/example/ApiUsageTest.java"));
    Matcher imp = Pattern.compile("^import (?:static )?(dev\\.winnow(?:\\.[a-z]\\w*)*)\\.[A-Z]\\w*(?:\\.\\w+)?;", Pattern.MULTILINE).matcher(self);
    int count = 0;
    while (imp.find()) {
      assertThat(exported).as("package of import %s", imp.group(0)).contains(imp.group(1));
      count++;
    }
    assertThat(count).isGreaterThan(5);
  }
}
