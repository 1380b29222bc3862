package dev.winnow.filter.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Limits;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.source.TextSource;
import org.junit.jupiter.api.Test;

class OrphanBlockFilterTest {
  private static final String BODY =
      "The council voted on Tuesday to extend the program for another two years, officials said.";

  @Test
  void removesListItemsAfterABoundaryButNeverProse() {
    Page page = new TextSource().read("t",
        "Home\n\nStory title here\n\n" + BODY + "\n\nTrending\n\nCentral News\n\nOther teaser headline\n\n" + BODY,
        Limits.DEFAULT);
    page.label(page.block(1), Label.HEADLINE, "H", "test");
    Block trending = page.block(3);
    page.remove(trending, "Chrome", "test");
    page.label(trending, Label.BOUNDARY, "Chrome", "test");
    new OrphanBlockFilter().apply(page);
    assertThat(page.kept()).extracting(Block::text).containsExactly("Story title here", BODY, BODY);
    assertThat(page.removal(page.block(0)).orElseThrow().reason()).contains("above the first article");
    assertThat(page.removal(page.block(4)).orElseThrow().reason()).contains("'Trending'");
  }

  @Test
  void pageWithoutHeadlinesIsLeftAlone() {
    Page page = new TextSource().read("t", "Home\n\n" + BODY, Limits.DEFAULT);
    new OrphanBlockFilter().apply(page);
    assertThat(page.decisions()).isEmpty();
  }
}
