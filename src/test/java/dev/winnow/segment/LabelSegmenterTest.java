package dev.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Article;
import dev.winnow.Limits;
import dev.winnow.PageKind;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.block.PageMetadata;
import dev.winnow.source.TextSource;
import org.junit.jupiter.api.Test;

class LabelSegmenterTest {
  private static Page page(String text) {
    return new TextSource().read("t", text, Limits.DEFAULT);
  }

  @Test
  void labelsOpenAndCloseArticles() {
    Page p = page("World\n\nTitle one\n\nDek one\n\nBody one.\n\nMore\n\nTitle two\n\nBody two.");
    p.label(p.block(0), Label.SECTION, "T", "t");
    p.label(p.block(1), Label.HEADLINE, "T", "t");
    p.label(p.block(2), Label.DEK, "T", "t");
    p.remove(p.block(4), "T", "t");
    p.label(p.block(4), Label.STUB, "T", "t");
    p.label(p.block(5), Label.HEADLINE, "T", "t");
    Segmentation s = new LabelSegmenter().segment(p);
    assertThat(s.kind()).isEqualTo(PageKind.LISTING);
    assertThat(s.articles()).containsExactly(
        new Article("Title one", "World", "Dek one", null, null, java.util.List.of("Body one.")),
        new Article("Title two", null, null, null, null, java.util.List.of("Body two.")));
  }

  @Test
  void aSectionLabelHeadsTheArticlesUnderItOnASectionFront() {
    Page p = page("World\n\nOne\n\nBody one.\n\nTwo\n\nBody two.\n\nSport\n\nThree\n\nBody three.");
    for (int i : new int[] {0, 5}) {
      p.label(p.block(i), Label.SECTION, "T", "t");
    }
    for (int i : new int[] {1, 3, 6}) {
      p.label(p.block(i), Label.HEADLINE, "T", "t");
    }
    assertThat(new LabelSegmenter().segment(p).articles()).extracting(Article::section)
        .containsExactly("World", "World", "Sport");
  }

  @Test
  void oneSectionLabelOnAPageIsCarriedNowhere() {
    Page p = page("Daily Courier\n\nOne\n\nBody one.\n\nTwo\n\nBody two.");
    p.label(p.block(0), Label.SECTION, "T", "t");
    p.label(p.block(1), Label.HEADLINE, "T", "t");
    p.label(p.block(3), Label.HEADLINE, "T", "t");
    assertThat(new LabelSegmenter().segment(p).articles()).extracting(Article::section)
        .containsExactly("Daily Courier", null);
  }

  @Test
  void sectionWithNothingUnderItGivesNoArticle() {
    Page p = page("World\n\nTitle\n\nBody.\n\nSport");
    p.label(p.block(0), Label.SECTION, "T", "t");
    p.label(p.block(1), Label.HEADLINE, "T", "t");
    p.label(p.block(3), Label.SECTION, "T", "t");
    assertThat(new LabelSegmenter().segment(p).articles()).hasSize(1);
  }

  @Test
  void emptyPageGivesNoArticles() {
    Segmentation s = new LabelSegmenter().segment(page(""));
    assertThat(s.articles()).isEmpty();
    assertThat(s.kind()).isEqualTo(PageKind.NONE);
  }

  @Test
  void metadataFillsTheGapsOfASingleArticle() {
    Page p = page("Body.");
    p.setMetadata(PageMetadata.EMPTY.withHeadline("From metadata").withSection("Tech").withByline("Ann Lee"));
    Article a = new LabelSegmenter().segment(p).articles().get(0);
    assertThat(a.headline()).isEqualTo("From metadata");
    assertThat(a.section()).isEqualTo("Tech");
    assertThat(a.byline()).isEqualTo("Ann Lee");
  }

  @Test
  void aBylineBelowABodyOfProseOpensTheNextArticle() {
    // Found above the next headline: a field of the article still open would be printed ahead of
    // that article's paragraphs, out of the page's order.
    Page p = page("Title one\n\nBody one.\n\nBy Jane Roe\n\nMay 2, 2024\n\nTitle two\n\nBody two.");
    p.label(p.block(0), Label.HEADLINE, "T", "t");
    p.label(p.block(2), Label.BYLINE, "T", "t");
    p.label(p.block(3), Label.DATE, "T", "t");
    p.label(p.block(4), Label.HEADLINE, "T", "t");
    assertThat(new LabelSegmenter().segment(p).articles()).containsExactly(
        new Article("Title one", null, null, null, null, java.util.List.of("Body one.")),
        new Article("Title two", null, null, "By Jane Roe", "May 2, 2024", java.util.List.of("Body two.")));
  }

  @Test
  void aBylineBelowLinesThatEndNoSentenceStaysInTheOpenArticle() {
    // Lines no label marked, a head perhaps, are no body that a byline could stand below.
    Page p = page("Title one\n\nWorld\n\nBy Jane Roe\n\nBody one.");
    p.label(p.block(0), Label.HEADLINE, "T", "t");
    p.label(p.block(2), Label.BYLINE, "T", "t");
    assertThat(new LabelSegmenter().segment(p).articles()).containsExactly(
        new Article("Title one", null, null, "By Jane Roe", null, java.util.List.of("World", "Body one.")));
  }
}
