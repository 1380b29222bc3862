package dev.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.InputKind;
import dev.winnow.PageKind;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.block.PageMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelSegmenterKindTest {

  private static Page twoStories() {
    Page page = new Page("t", InputKind.TEXT, List.of(new Block(0, "Head one", 0, 1), new Block(1, "Body one.", 1, 3),
        new Block(2, "Head two", 2, 5), new Block(3, "Body two.", 3, 7)), PageMetadata.EMPTY);
    page.label(page.block(0), Label.HEADLINE, "t", "t");
    page.label(page.block(2), Label.HEADLINE, "t", "t");
    return page;
  }

  @Test
  void countsArticlesWhenNoFilterStatedTheKind() {
    assertThat(new LabelSegmenter().segment(twoStories()).kind()).isEqualTo(PageKind.LISTING);
  }

  @Test
  void usesTheKindAFilterStated() {
    Page page = twoStories();
    page.setKind(PageKind.ARTICLE, "t", "one article with a second headline in it");
    Segmentation s = new LabelSegmenter().segment(page);
    assertThat(s.kind()).isEqualTo(PageKind.ARTICLE);
    assertThat(s.articles()).hasSize(2);
    assertThat(s.reason()).isEqualTo("t: one article with a second headline in it");
  }

  @Test
  void saysWhyWhenNoFilterStatedTheKind() {
    assertThat(new LabelSegmenter().segment(twoStories()).reason())
        .isEqualTo("LabelSegmenter: no filter judged the page; its headline and stub labels split it into 2 articles");
  }

  @Test
  void aPageWithNothingKeptIsNoneWhateverAFilterJudged() {
    Page page = twoStories();
    for (Block b : page.blocks()) {
      page.remove(b, "t", "chrome");
    }
    page.setKind(PageKind.ARTICLE, "t", "one article");
    Segmentation s = new LabelSegmenter().segment(page);
    assertThat(s.kind()).isEqualTo(PageKind.NONE);
    assertThat(s.reason()).isEqualTo("LabelSegmenter: no article, nothing kept to make one of (judged article by t: one article)");
  }
}
