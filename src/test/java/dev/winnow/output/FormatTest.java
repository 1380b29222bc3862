package dev.winnow.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import org.junit.jupiter.api.Test;

class FormatTest {
  private static final Filter DROP_ADS = new Filter() {
    @Override
    public String name() {
      return "DropAds";
    }

    @Override
    public void apply(Page page) {
      for (Block b : page.kept()) {
        if (b.text().equals("Advertisement")) {
          page.remove(b, name(), "ad label");
        }
      }
    }
  };

  private static Result result() {
    return Pipeline.keepAll().with(DROP_ADS).processText("Advertisement\n\nHe said \"yes\" \\ no\u2014done.\n\n# Not a heading");
  }

  @Test
  void jsonHasTheDocumentedShapeAndEscapes() {
    String json = Format.JSON.write(result(), false);
    assertThat(json).startsWith("{\"source\":\"-\",\"input\":\"text\",\"page\":\"article\"");
    assertThat(json).contains("\"paragraphs\":[\"He said \\\"yes\\\" \\\\ no\u2014done.\",\"# Not a heading\"]");
    assertThat(json).doesNotContain("\"removed\"").doesNotContain("\n");
  }

  @Test
  void jsonExplainListsRemovals() {
    assertThat(Format.JSON.write(result(), true))
        .contains("\"removed\":[{\"block\":0,\"text\":\"Advertisement\",\"filter\":\"DropAds\",\"reason\":\"ad label\"}]");
  }

  @Test
  void explainSaysWhoJudgedThePageKindAndWhy() {
    assertThat(Format.JSON.write(result(), true)).contains("\"page\":\"article\",\"pageReason\":\"LabelSegmenter: ");
    assertThat(Format.JSON.write(result(), false)).doesNotContain("pageReason");
    assertThat(Format.TEXT.write(result(), true)).contains("==== page: article ====\nLabelSegmenter: ");
    assertThat(Format.MARKDOWN.write(result(), true)).contains("<!-- page: article, LabelSegmenter: ");
  }

  @Test
  void markdownEscapesStructure() {
    String md = Format.MARKDOWN.write(result(), false);
    assertThat(md).contains("\\# Not a heading");
  }

  @Test
  void textIsParagraphs() {
    assertThat(Format.TEXT.write(result(), true)).startsWith("He said").contains("DropAds: Advertisement");
  }

  @Test
  void formatsByName() {
    assertThat(Format.of("markdown")).isEqualTo(Format.MARKDOWN);
    assertThat(Format.of("JSON")).isEqualTo(Format.JSON);
    assertThatThrownBy(() -> Format.of("xml")).hasMessageContaining("use text, markdown, json or html");
  }
}
