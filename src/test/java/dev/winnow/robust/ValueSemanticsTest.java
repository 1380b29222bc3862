package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.block.Block;
import org.junit.jupiter.api.Test;

/** The values of the public API behave as values: equal when their parts are equal. */
class ValueSemanticsTest {
  private static final String PAGE = "Advertisement\n\n" + Adversarial.PROSE + "\n";

  @Test
  void articlesOfTheSamePageAreEqual() {
    assertThat(Pipeline.news().process(Input.text(PAGE)).articles())
        .isEqualTo(Pipeline.news().process(Input.text(PAGE)).articles());
  }

  @Test
  void resultsOfTheSamePageAreEqual() {
    assertThat(new Block(0, "text", 0, 1)).isEqualTo(new Block(0, "text", 0, 1));
    Result a = Pipeline.news().process(Input.text(PAGE));
    Result b = Pipeline.news().process(Input.text(PAGE));
    assertThat(a).isEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
  }

  @Test
  void resultsOfTheSameHtmlPageAreEqual() {
    String html = "<html><head><title>A title of a page</title></head><body><nav class=menu>Home</nav>"
        + "<article class=story><h1>A title of a page</h1><p>" + Adversarial.PROSE + "</p></article></body></html>";
    Result a = Pipeline.news().process(Input.html(html));
    Result b = Pipeline.news().process(Input.html(html));
    assertThat(a.blocks()).isNotEmpty();
    assertThat(a).isEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
  }

  @Test
  void resultsOfDifferentPagesDiffer() {
    assertThat(Pipeline.news().process(Input.text(PAGE)))
        .isNotEqualTo(Pipeline.news().process(Input.text(PAGE.replace("Advertisement", "Sponsored"))));
  }
}
