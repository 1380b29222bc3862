package dev.winnow.filter;

import static dev.winnow.filter.HtmlPages.PROSE;
import static dev.winnow.filter.HtmlPages.kept;
import static dev.winnow.filter.HtmlPages.labelled;
import static dev.winnow.filter.HtmlPages.paras;
import static dev.winnow.filter.HtmlPages.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Label;
import dev.winnow.block.Page;
import org.junit.jupiter.api.Test;

class ListingFilterTest {
  private static final String NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>";

  private static String teaser(String tag, String title) {
    return "<" + tag + " class='teaser'><span>World</span><h2><a href='/x'>" + title + "</a></h2><p>" + PROSE
        + "</p></" + tag + ">";
  }

  @Test
  void severalArticleElementsAreSeveralArticles() {
    Page page = run("<body>" + NAV + "<main>" + teaser("article", "First story") + teaser("article", "Second story")
        + "</main></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("First story", "Second story");
    assertThat(labelled(page, Label.SECTION)).containsExactly("World", "World");
    assertThat(kept(page)).doesNotContain("Home");
  }

  @Test
  void repeatedTeaserBlocksAreAListingToo() {
    Page page = run("<body>" + NAV + "<div class='river'>" + teaser("div", "One") + teaser("div", "Two")
        + teaser("div", "Three") + "</div></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("One", "Two", "Three");
  }

  @Test
  void aStoryWithARelatedRailStaysOneArticle() {
    Page page = run("<body>" + NAV + "<article><h1>The story</h1>" + paras("Body", 6) + "</article>"
        + "<section class='related'>" + teaser("article", "Related one") + teaser("article", "Related two")
        + teaser("article", "Related three") + "</section></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).isEmpty();
    assertThat(page.kept()).hasSize(page.size());
  }
}
