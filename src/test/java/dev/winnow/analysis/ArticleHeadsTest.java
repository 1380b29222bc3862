package dev.winnow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Limits;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.source.TextSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleHeadsTest {
  private static final String TWO_STORIES = """
      Sports
      Local team wins the regional final
      The team scored twice in the second half and held on against a late rally from the visitors.

      Business
      Bakery opens a second shop downtown
      The owners said the new shop will bake bread on site every morning and employ twelve people.
      """;

  private static Page page() {
    return new TextSource().read("t", TWO_STORIES, Limits.DEFAULT);
  }

  @Test
  void findsOneHeadPerStoryWithItsSection() {
    Page page = page();
    List<ArticleHeads.Head> heads = ArticleHeads.find(page, page.kept());
    assertThat(heads).hasSize(2);
    assertThat(page.kept().get(heads.get(0).headline()).text()).isEqualTo("Local team wins the regional final");
    assertThat(heads.get(1).opening()).isEqualTo(ArticleHeads.Opening.SECTION);
  }

  @Test
  void findsTheSameHeadsWhetherTheChainMadeTheTextFeaturesOrNot() {
    String page = TWO_STORIES + """

        Tech
        See also: https://example.com/other-story
        Updated 12:43 PM EDT, August 4, 2025
        By Jane Doe
        A phone maker recalls 2 million chargers
        The company said on Monday that the chargers could overheat and asked owners to stop using them.
        """;
    Page alone = new TextSource().read("t", page, Limits.DEFAULT);
    Page featured = new TextSource().read("t", page, Limits.DEFAULT);
    TextFeatures.of(featured);
    assertThat(ArticleHeads.find(featured, featured.kept())).isEqualTo(ArticleHeads.find(alone, alone.kept()))
        .hasSize(3);
  }

  @Test
  void givesTheHeadsBackWhileNothingTheyRestOnChanged() {
    Page page = page();
    List<ArticleHeads.Head> first = ArticleHeads.find(page, page.kept());
    page.label(page.block(2), Label.CONTENT, "test", "a label heads do not read");
    assertThat(ArticleHeads.find(page, page.kept())).isSameAs(first);
  }

  @Test
  void findsThemAgainAfterARemovalOrABoundaryLabel() {
    Page page = page();
    List<ArticleHeads.Head> first = ArticleHeads.find(page, page.kept());
    page.label(page.block(3), Label.BOUNDARY, "test", "a list starts here");
    List<ArticleHeads.Head> afterLabel = ArticleHeads.find(page, page.kept());
    assertThat(afterLabel).isNotSameAs(first);
    page.remove(page.block(0), "test", "gone");
    assertThat(ArticleHeads.find(page, page.kept())).isNotSameAs(afterLabel);
  }
}
