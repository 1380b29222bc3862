package dev.winnow.filter.structure;

import static dev.winnow.filter.TextPages.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Article;
import dev.winnow.PageKind;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.TextPages;
import dev.winnow.filter.noise.AdLabelFilter;
import dev.winnow.filter.noise.BannerTokenFilter;
import dev.winnow.filter.noise.CarouselControlFilter;
import dev.winnow.filter.noise.IdentifierLineFilter;
import dev.winnow.filter.noise.PageChromeFilter;
import dev.winnow.filter.noise.PhotoCreditFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainArticleFilterTest {
  private static final Pipeline TEXT_MODE =
      Pipeline.of(new PageKindFilter(), new ContentClassFilter(), new MainArticleFilter());

  /** A long sentence of names: no stopwords, so the classification finds it bad. */
  private static final String NAMES = "Smith, Jones, Brown, Taylor, Wilson, Davies, Evans, Thomas, Johnson, Roberts,"
      + " Walker, Wright, Robinson, Thompson, White, Hughes, Edwards, Green, Hall, Wood, Harris, Lewis, Martin,"
      + " Jackson, Clarke, Clark, Turner, Hill, Scott, Cooper, Morris, Ward, Moore, King, Watson, Baker, Harrison,"
      + " Morgan, Patel, Young, Allen, Mitchell, James, Anderson, Phillips, Lee, Bell, Parker, Davis, Kelly,"
      + " Bennett, Miller, Cook, Shaw, Richards, Murphy, Price, Bailey, Adams, Collins, Marshall voted.";

  @Test
  void keepsOnlyTheArticleOfAWholePageDump() {
    String page = TextPages.ARTICLE_PAGE.replace("Advertisement", TextPages.P3.replace("mayor", "chief"));
    Result r = TEXT_MODE.processText(page);
    assertThat(r.page()).isEqualTo(PageKind.ARTICLE);
    assertThat(r.articles()).hasSize(1);
    Article a = r.articles().get(0);
    assertThat(a.headline()).isEqualTo("City to close old bridge for a year of repairs");
    assertThat(a.byline()).isEqualTo("Jane Doe");
    assertThat(a.date()).isEqualTo("2019-11-19");
    assertThat(a.paragraphs()).hasSize(6).startsWith(TextPages.P1).endsWith(TextPages.P5)
        .noneMatch(p -> p.contains("Most Read") || p.contains("Home") || p.contains("City to close"));
  }

  @Test
  void keepsTheSubHeadingsBetweenItsParagraphs() {
    String page = String.join("\n\n", "Home", "City to close old bridge for a year of repairs", TextPages.P1,
        TextPages.P2, "Safety first", "Advertisement", TextPages.P3, TextPages.P4, "Most Read", "Contact us");
    Result r = Pipeline.of(new AdLabelFilter(), new PageKindFilter(), new ContentClassFilter(), new MainArticleFilter())
        .processText(page);
    assertThat(r.articles()).hasSize(1);
    assertThat(r.articles().get(0).paragraphs()).containsExactly(TextPages.P1, TextPages.P2, "Safety first",
        TextPages.P3, TextPages.P4);
  }

  @Test
  void explainsWhatItRemoved() {
    Page page = TEXT_MODE.clean(dev.winnow.Input.text(TextPages.ARTICLE_PAGE));
    assertThat(page.decisions()).anySatisfy(d -> {
      assertThat(d.filter()).isEqualTo("MainArticleFilter");
      assertThat(d.label()).isEqualTo(Label.HEADLINE);
    });
  }

  @Test
  void stopsAtABoundaryLabel() {
    String text = TextPages.P1 + "\n\n" + TextPages.P2 + "\n\nComments\n\n" + TextPages.P3 + "\n";
    Page page = read(text);
    new PageKindFilter().apply(page);
    new ContentClassFilter().apply(page);
    page.label(TextPages.find(page, "Comments"), Label.BOUNDARY, "test", "a comments heading");
    new MainArticleFilter().apply(page);
    assertThat(TextPages.keptTexts(page)).containsExactly(TextPages.P1, TextPages.P2);
  }

  @Test
  void prefersTheLongerProseRunToATeaserBlurb() {
    String text = "Other story\n\nA blurb about another story that has one paragraph of text only, as teasers do.\n\n"
        + "* More\n* Links\n* Here\n\n" + TextPages.P1 + "\n\n" + TextPages.P2 + "\n\n" + TextPages.P3 + "\n";
    Result r = TEXT_MODE.processText(text);
    assertThat(r.text()).startsWith(TextPages.P1).doesNotContain("blurb");
  }

  @Test
  void keepsTheListAParagraphIntroduces() {
    String text = "  * Home\n  * News\n\n" + TextPages.P1 + "\n\nThe plan has three parts:\n\n"
        + "  * New supports\n  * A wider deck\n  * Better lights\n\n" + TextPages.P2 + "\n\n" + TextPages.P3 + "\n";
    Result r = TEXT_MODE.processText(text);
    assertThat(r.text()).contains("The plan has three parts:", "* New supports", "* Better lights")
        .doesNotContain("Home");
  }

  @Test
  void worksOnASpanishPage() {
    Result r = TEXT_MODE.processText(TextPages.SPANISH_PAGE);
    assertThat(r.articles()).hasSize(1);
    assertThat(r.articles().get(0).headline()).isEqualTo("El ayuntamiento cerrará el puente viejo durante un año");
    assertThat(r.articles().get(0).paragraphs()).hasSize(3).noneMatch(p -> p.contains("Detenido"));
  }

  @Test
  void leavesAListingAlone() {
    Page page = read(TextPages.LISTING_PAGE);
    page.setKind(PageKind.LISTING, "test", "given");
    new MainArticleFilter().apply(page);
    assertThat(page.decisions()).isEmpty();
    Result r = TEXT_MODE.processText(TextPages.LISTING_PAGE);
    assertThat(r.page()).isEqualTo(PageKind.LISTING);
    assertThat(r.text()).contains(TextPages.P1, TextPages.P3, TextPages.P5);
  }

  @Test
  void labelsOnlyConfidentBylinesAndDates() {
    assertThat(Head.isDate(new dev.winnow.block.Block(0, "Published Monday, November 18, 2019 8:22AM EST", 0, 1),
        MainArticleFilter.Settings.DEFAULT)).isTrue();
    assertThat(Head.isDate(new dev.winnow.block.Block(0, "The 2019 season was long", 0, 1),
        MainArticleFilter.Settings.DEFAULT)).isFalse();
    assertThat(Head.isByline(new dev.winnow.block.Block(0, "By Jane Doe, Reuters", 0, 1),
        MainArticleFilter.Settings.DEFAULT)).isTrue();
    assertThat(Head.isByline(new dev.winnow.block.Block(0, "by the way", 0, 1),
        MainArticleFilter.Settings.DEFAULT)).isFalse();
  }

  @Test
  void emptyPageIsFine() {
    assertThat(TEXT_MODE.processText("").articles()).isEqualTo(List.of());
  }

  @Test
  void extendsBackOverAGoodParagraphThatNoiseCutOffFromTheBody() {
    // The lede, then a block the classification found bad, longer than the lede: the best run
    // starts after it, and the extension back must take the lede too, not only loose sentences.
    String lede = "The bridge was the first in the region to carry both cars and trains, and many of the people"
        + " who live in the town still remember the day when it was opened to the public by the king.";
    String text = "City to close old bridge for a year of repairs\n\n" + lede + "\n\n" + NAMES + "\n\n"
        + TextPages.P1 + "\n\n" + TextPages.P2 + "\n\n" + TextPages.P3 + "\n";
    Article a = TEXT_MODE.processText(text).articles().get(0);
    assertThat(a.headline()).isEqualTo("City to close old bridge for a year of repairs");
    assertThat(a.paragraphs()).startsWith(lede);
  }

  @Test
  void extendsBackOverEveryGoodParagraphAboveTheCutNotOnlyTwo() {
    // Paragraphs the classification kept cost the extension nothing: only blocks it takes back
    // from the classification count against extendMax. Otherwise the first of three ledes above a
    // bad block would be left between headline and body and taken for a dek.
    String lede1 = "The bridge was the first in the region to carry both cars and trains at the same time.";
    String lede2 = "Many of the people who live in the town still remember the day when it was opened.";
    String text = "City to close old bridge for a year of repairs\n\n" + lede1 + "\n\n" + lede2 + "\n\n"
        + NAMES + "\n\n"
        + TextPages.P1 + "\n\n" + TextPages.P2 + "\n\n" + TextPages.P3 + "\n\n" + TextPages.P4 + "\n";
    Article a = TEXT_MODE.processText(text).articles().get(0);
    assertThat(a.headline()).isEqualTo("City to close old bridge for a year of repairs");
    assertThat(a.dek()).isNull();
    assertThat(a.paragraphs()).startsWith(lede1, lede2);
  }

  /** Text mode with the filters that name in-article noise, ahead of the one-article chain. */
  private static final Pipeline WITH_NOISE = Pipeline.of(new AdLabelFilter(), new BannerTokenFilter(),
      new IdentifierLineFilter(), new PhotoCreditFilter(), new CarouselControlFilter(), new PageChromeFilter(),
      new PageKindFilter(), new ContentClassFilter(), new MainArticleFilter());

  /** An ad slot as a text dump prints it, fourteen lines that other filters name. */
  private static final String AD_SLOT = String.join("\n", "Advertisement", "promo_300x250_1.jpg",
      "sky-728x90-2", "Sponsored content", "Previous", "Next", "Anzeige", "banner_160x600_3.png", "Share",
      "Tweet", "Publicidad", "mpu-300x250-4", "Paid content", "ad_970x250_5.gif");

  @Test
  void bridgesALongAdSlotToTheClosingParagraphBelowIt() {
    // The closing paragraph low on the page counts for less than fourteen lines of noise weigh,
    // yet the noise is all named by other filters: an ad slot set into the body, not its end.
    String text = TextPages.P1 + "\n\n" + TextPages.P2 + "\n\n" + TextPages.P3 + "\n\n" + TextPages.P4
        + "\n\n" + AD_SLOT + "\n\n" + TextPages.P5 + "\n";
    assertThat(WITH_NOISE.processText(text).articles()).singleElement()
        .satisfies(a -> assertThat(a.paragraphs()).containsExactly(TextPages.P1, TextPages.P2, TextPages.P3,
            TextPages.P4, TextPages.P5));
  }

  @Test
  void bridgesBackToALedeAboveALongAdSlot() {
    String text = TextPages.P1 + "\n\n" + AD_SLOT + "\n\n" + TextPages.P2 + "\n\n" + TextPages.P3 + "\n\n"
        + TextPages.P4 + "\n\n" + TextPages.P5 + "\n";
    assertThat(WITH_NOISE.processText(text).text()).startsWith(TextPages.P1).endsWith(TextPages.P5);
  }

  @Test
  void doesNotBridgeToACaptionBesideAPhotoCredit() {
    String caption = "Workers inspect the cracks in the north support of the old bridge, seen from a boat on"
        + " the river, in a picture taken by the city's engineers in the spring.";
    String text = TextPages.P1 + "\n\n" + TextPages.P2 + "\n\n" + TextPages.P3 + "\n\n" + AD_SLOT + "\n\n"
        + "Photo: Getty Images\n\n" + caption + "\n";
    assertThat(WITH_NOISE.processText(text).text()).contains(TextPages.P3).doesNotContain("Workers inspect");
  }

  @Test
  void keepsTheOnlyProseOfAPageThatTheClassificationFoundThin() {
    // Nothing kept reads as prose: the run is looked for again among the paragraphs that the
    // classification removed (here by fiat) as too thin, rather than the page given up.
    String only = TextPages.P1 + " " + TextPages.P2;
    Page page = read("Advertisement\nShare\n\n" + only + "\n\nPrevious\nNext\n");
    for (Block b : page.blocks()) {
      page.remove(b, b.text().equals(only) ? ContentClassFilter.NAME : "AdLabelFilter", "given");
    }
    new MainArticleFilter().apply(page);
    assertThat(TextPages.keptTexts(page)).containsExactly(only);
  }
}
