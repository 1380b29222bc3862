package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import org.junit.jupiter.api.Test;

class DebugViewTest {

  /** Removes "Advertisement", and labels then unlabels the first block, to test the label replay. */
  static final class Tagger implements Filter {
    @Override
    public void apply(Page page) {
      for (Block b : page.kept()) {
        if (b.text().equals("Advertisement")) {
          page.remove(b, name(), "an ad label");
        }
      }
      page.label(page.block(1), Label.HEADLINE, name(), "short line before the body");
      page.label(page.block(2), Label.CONTENT, name(), "long prose");
      page.unlabel(page.block(2), Label.CONTENT, name(), "second thoughts\non two lines");
    }
  }

  @Test
  void showsEveryBlockItsStatusLabelsAndDecisions() {
    Result r = Pipeline.of(new Tagger()).process(Input.text("Advertisement\n\nBig news\n\nThe body text.").named("p.txt"));
    String[] lines = DebugView.render(r).split("\n");
    assertThat(lines).containsExactly(
        "# debug: p.txt (text, article, 3 blocks, 1 removed)",
        "# page: LabelSegmenter: no filter judged the page; its headline and stub labels split it into 1 article",
        "   0 removed                 Advertisement",
        "       REMOVE by Tagger: an ad label",
        "   1 kept     [HEADLINE]     Big news",
        "       LABEL HEADLINE by Tagger: short line before the body",
        "   2 kept                    The body text.",
        "       LABEL CONTENT by Tagger: long prose",
        "       UNLABEL CONTENT by Tagger: second thoughts on two lines");
  }

  @Test
  void cutsLongBlocksToOneShortLine() {
    String longText = "word ".repeat(100).strip();
    String out = DebugView.render(Pipeline.keepAll().process(Input.text(longText)));
    assertThat(out.split("\n")[2]).endsWith("...").hasSizeLessThan(120);
  }
}
