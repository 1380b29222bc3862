package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.filter.noise.AdLabelFilter;
import dev.winnow.filter.noise.CarouselControlFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PipelineTest {
  /** Removes blocks that say exactly "NOISE". */
  static final class NoiseWord implements Filter {
    @Override
    public void apply(Page page) {
      for (Block b : page.kept()) {
        if (b.text().equals("NOISE")) {
          page.remove(b, name(), "the word NOISE");
        }
      }
    }
  }

  @Test
  void customFilterIsAppliedAndExplained() {
    Result r = Pipeline.keepAll().with(new NoiseWord()).processText("NOISE\n\nA real paragraph here.");
    assertThat(r.text()).isEqualTo("A real paragraph here.");
    assertThat(r.removed()).containsExactly(new Removal(0, "NOISE", "NoiseWord", "the word NOISE"));
  }

  /** Removes blocks of one letter, with a reason put into words only when read. */
  static final class OneLetter implements Filter {
    final AtomicInteger reasonsBuilt = new AtomicInteger();

    @Override
    public void apply(Page page) {
      for (Block b : page.kept()) {
        if (b.length() == 1) {
          page.remove(b, name(), () -> {
            reasonsBuilt.incrementAndGet();
            return "one letter '" + b.text() + "'";
          });
        }
      }
    }
  }

  @Test
  void aSuppliedReasonReachesTheRemovalWhenRead() {
    OneLetter filter = new OneLetter();
    Result r = Pipeline.keepAll().with(filter).processText("x\n\nA real paragraph here.");
    assertThat(r.text()).isEqualTo("A real paragraph here.");
    assertThat(filter.reasonsBuilt).hasValue(0);
    assertThat(r.removed()).containsExactly(new Removal(0, "x", "OneLetter", "one letter 'x'"));
    assertThat(filter.reasonsBuilt).hasValue(1);
  }

  @Test
  void keepAllKeepsEverything() {
    Result r = Pipeline.keepAll().processText("Advertisement\n\nBody.");
    assertThat(r.text()).isEqualTo("Advertisement\n\nBody.");
    assertThat(r.removed()).isEmpty();
  }

  @Test
  void editingMethodsReturnNewPipelines() {
    Pipeline base = Pipeline.keepAll().with(new NoiseWord());
    Pipeline without = base.without("NoiseWord");
    assertThat(base.filters()).hasSize(1);
    assertThat(without.filters()).isEmpty();
    Filter other = new Filter() {
      @Override
      public String name() {
        return "Other";
      }

      @Override
      public void apply(Page page) {}
    };
    assertThat(base.withBefore("NoiseWord", other).filters()).extracting(Filter::name).containsExactly("Other", "NoiseWord");
    assertThat(base.withAfter("NoiseWord", other).filters()).extracting(Filter::name).containsExactly("NoiseWord", "Other");
    assertThat(base.replacing("NoiseWord", other).filters()).extracting(Filter::name).containsExactly("Other");
  }

  @Test
  void badArgumentsAreRejectedAtTheDoor() {
    assertThatThrownBy(() -> Pipeline.keepAll().without("Nope"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no filter named Nope");
    assertThatThrownBy(() -> Pipeline.of(new NoiseWord(), new NoiseWord()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two filters are named NoiseWord");
  }

  @Test
  void emptyInputGivesZeroArticles() {
    assertThat(Pipeline.news().processText("").articles()).isEmpty();
    assertThat(Pipeline.news().processHtml("").articles()).isEmpty();
  }

  @Test
  void bytesAreSniffedAndDecoded() {
    Result r = Pipeline.keepAll().process(Input.bytes("<html><body><p>Hola señor.</p></body></html>"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), null).named("x.html"));
    assertThat(r.input()).isEqualTo(InputKind.HTML);
    assertThat(r.source()).isEqualTo("x.html");
    assertThat(r.text()).isEqualTo("Hola señor.");
  }

  @Test
  void aChainThatReadsTextFeaturesHasThemMadeBeforeItsFirstFilter() {
    assertThat(Pipeline.news().textFeaturesFirst()).isTrue();
    assertThat(Pipeline.news().without("ReadMoreStubFilter").textFeaturesFirst()).isTrue();
    assertThat(Pipeline.of(new AdLabelFilter(), new CarouselControlFilter()).textFeaturesFirst()).isFalse();
    assertThat(Pipeline.keepAll().textFeaturesFirst()).isFalse();
    // Made first or not, the pass leaves every block with the words its text has.
    String text = "Advertisement\n\nBanco  Norte -- 728x90\n\nThe court decided on Tuesday. It said no.\n";
    for (Pipeline p : List.of(Pipeline.news(), Pipeline.of(new AdLabelFilter()))) {
      for (Block b : p.clean(Input.text(text)).blocks()) {
        assertThat(b.wordCount()).as(b.text()).isEqualTo(new Block(0, b.text(), 0, 0).wordCount());
      }
    }
  }

  /**
   * HTML bytes are parsed as they are decoded; a byte that is no UTF-8 deep into the page (past
   * the parser's first window) sends the page back to be read as windows-1252, as it would have
   * been read whole.
   */
  @Test
  void htmlBytesThatTurnOutNotToBeUtf8AreReadAgainAsWindows1252() {
    StringBuilder html = new StringBuilder("<html><body><article><h1>A long page</h1>");
    for (int i = 0; i < 3000; i++) {
      html.append("<p>Paragraph ").append(i).append(" of the story, which goes on and on, as stories do.</p>");
    }
    html.append("<p>Se\u00f1or Garc\u00eda spoke last, and briefly, to the council.</p></article></body></html>");
    byte[] cp1252 = html.toString().getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Result fromBytes = Pipeline.news().process(Input.bytes(cp1252, InputKind.HTML));
    Result fromText = Pipeline.news().process(Input.html(html.toString()));
    assertThat(fromBytes.text()).isEqualTo(fromText.text()).contains("Se\u00f1or Garc\u00eda spoke last");
    byte[] utf8 = html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Pipeline.news().process(Input.bytes(utf8, InputKind.HTML)).text()).isEqualTo(fromText.text());
  }

  /** A built-in filter that reads text features or block words says so, or its chain makes them late. */
  @Test
  void everyBuiltInFilterThatReadsTextFeaturesIsMarked() throws IOException {
    List<String> unmarked = new ArrayList<>();
    int seen = 0;
    try (var files = Files.walk(Path.of("src/main/java/dev/winnow/filter"))) {
      for (Path f : files.filter(f -> f.toString().endsWith("Filter.java")).toList()) {
        seen++;
        String src = Files.readString(f);
        boolean reads = src.matches("(?s).*(TextFeatures\\.of\\(|BlockWords\\.of\\(|anyIn\\(page|firstIn\\(page).*");
        if (reads && !src.contains("@ReadsTextFeatures")) {
          unmarked.add(f.getFileName().toString());
        }
      }
    }
    assertThat(seen).as("filter sources found").isGreaterThanOrEqualTo(Pipeline.news().filters().size());
    assertThat(unmarked).isEmpty();
  }
}
