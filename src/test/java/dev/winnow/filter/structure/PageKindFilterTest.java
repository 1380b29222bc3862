package dev.winnow.filter.structure;

import static dev.winnow.filter.TextPages.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.PageKind;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.TextPages;
import org.junit.jupiter.api.Test;

class PageKindFilterTest {
  private final PageKindFilter filter = new PageKindFilter();

  @Test
  void unitsUnderARecurringSectionLabelMakeAListing() {
    Page page = read(TextPages.LISTING_PAGE);
    filter.apply(page);
    assertThat(page.kind()).isEqualTo(PageKind.LISTING);
    assertThat(page.kindReason()).startsWith("PageKindFilter: 3 article heads with prose under them");
    assertThat(page.decisions()).isEmpty();
  }

  @Test
  void oneArticleAmongChromeIsAnArticle() {
    Page page = read(TextPages.ARTICLE_PAGE);
    filter.apply(page);
    assertThat(page.kind()).isEqualTo(PageKind.ARTICLE);
    assertThat(page.kindReason()).contains("one article");
  }

  @Test
  void teasersWithOneParagraphEachAreNoListing() {
    StringBuilder sb = new StringBuilder(TextPages.P1 + "\n\n" + TextPages.P2 + "\n\n");
    for (int i = 0; i < 4; i++) {
      sb.append("Jane Doe\n\nA teaser headline number ").append(i).append(" here\n\n")
          .append(TextPages.P3).append("\n\n");
    }
    Page page = read(sb.toString());
    filter.apply(page);
    assertThat(page.kind()).isEqualTo(PageKind.ARTICLE);
  }

  @Test
  void stubsClosingProseMakeAListing() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      sb.append(TextPages.P1).append(" Story ").append(i).append(".\n\n").append(TextPages.P2)
          .append("\n\nRead more\n\n");
    }
    Page page = read(sb.toString());
    page.blocks().stream().filter(b -> b.text().equals("Read more"))
        .forEach(b -> page.label(b, Label.STUB, "test", "given"));
    filter.apply(page);
    assertThat(page.kind()).isEqualTo(PageKind.LISTING);
    assertThat(page.kindReason()).contains("read-more stubs");
  }

  @Test
  void stubsClosingOneParagraphTeasersAreNoListing() {
    StringBuilder sb = new StringBuilder(TextPages.P3 + "\n\n" + TextPages.P4 + "\n\n");
    for (int i = 0; i < 4; i++) {
      sb.append("Teaser ").append(i).append(" title here\n\n").append(TextPages.P1).append(" Teaser ").append(i)
          .append(".\n\nRead more\n\n");
    }
    Page page = read(sb.toString());
    page.blocks().stream().filter(b -> b.text().equals("Read more"))
        .forEach(b -> page.label(b, Label.STUB, "test", "given"));
    filter.apply(page);
    assertThat(page.kind()).isEqualTo(PageKind.ARTICLE);
  }

  @Test
  void aFirstStoryThatAStubClosesIsAUnitWithoutOtherEvidence() {
    String text = "How to tackle game day snacks\n\n" + TextPages.P1 + "\n\n" + TextPages.P2 + "\n\nRead more\n\n"
        + "The view on the city council vote\n\nBy Emily Carter\n\n" + TextPages.P3 + "\n\n" + TextPages.P4 + "\n";
    Page page = read(text);
    page.blocks().stream().filter(b -> b.text().equals("Read more")).forEach(b -> {
      page.label(b, Label.STUB, "test", "given");
      page.remove(b, "test", "given");
    });
    filter.apply(page);
    assertThat(page.kind()).isEqualTo(PageKind.LISTING);
    assertThat(page.kindReason()).contains("2 article heads");
  }

  @Test
  void keepsAKindAnEarlierFilterStated() {
    Page page = read(TextPages.LISTING_PAGE);
    page.setKind(PageKind.ARTICLE, "test", "given");
    filter.apply(page);
    assertThat(page.kind()).isEqualTo(PageKind.ARTICLE);
    assertThat(page.kindReason()).isEqualTo("test: given");
  }
}
