package dev.winnow.filter.html;

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
  void aPageThatStatesItIsOneArticleWithTheFirstUnitsHeadlineIsNotSplit() {
    String body = "<body>" + NAV + "<main>" + teaser("section", "First story") + teaser("section", "Second part")
        + "</main></body>";
    String story = "<head><meta property='og:type' content='article'><meta property='og:title' content='First story'>"
        + "</head>";
    assertThat(labelled(run("<html>" + story + body + "</html>", new ListingFilter()), Label.HEADLINE)).isEmpty();
    // Stated as a website, or naming a later unit's headline: a listing, split as before.
    String site = story.replace("content='article'", "content='website'");
    assertThat(labelled(run("<html>" + site + body + "</html>", new ListingFilter()), Label.HEADLINE)).hasSize(2);
    String later = story.replace("content='First story'", "content='Second part'");
    assertThat(labelled(run("<html>" + later + body + "</html>", new ListingFilter()), Label.HEADLINE)).hasSize(2);
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

  @Test
  void aShortSentenceUnderTheBylineOpensTheBodyAndIsNoDek() {
    String unit = "<article><h2><a href='/a'>%s</a></h2><p class='byline'>By Jane Roe</p>"
        + "<p>The vote was close.</p><div class='slot'>sky-300x250</div>" + paras("Body", 3) + "</article>";
    Page page = run("<body><main>" + String.format(unit, "First story") + String.format(unit, "Second story")
        + "</main></body>", new ListingFilter());
    assertThat(labelled(page, Label.DEK)).isEmpty();
    assertThat(kept(page)).contains("The vote was close.");
  }

  /** An article card whose class names say nothing, as on pages with obfuscated markup. */
  private static String card(String cls, String section, String title, String body) {
    return "<article class='c-" + cls + "'><a class='c-" + cls + "1' href='/s'>" + section + "</a><h2 class='c-"
        + cls + "2'><a href='/a'>" + title + "</a></h2><div class='c-" + cls + "3'>By Jane Roe</div><div class='c-"
        + cls + "4'>March 3, 2024</div><div class='c-" + cls + "4'>5 min read</div><div class='c-" + cls + "5'>"
        + body + "</div></article>";
  }

  @Test
  void articlesWithMeaninglessClassNamesAreStillAListing() {
    Page page = run("<body><header><div class='c-01'>Daily Courier</div></header><main>"
        + card("3f2a", "World", "First story",
            paras("One", 3) + "<div class='c-77'>Cedar Motors</div>" + paras("Two", 2))
        + "<aside class='c-9e'><p>Most read</p><p>Something else entirely</p></aside>"
        + card("8b1c", "Sport", "Second story", paras("Three", 4)) + "</main><footer><div class='c-02'>Daily Courier"
        + "</div></footer></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("First story", "Second story");
    assertThat(labelled(page, Label.SECTION)).containsExactly("World", "Sport");
    assertThat(labelled(page, Label.BYLINE)).containsExactly("By Jane Roe", "By Jane Roe");
    assertThat(labelled(page, Label.DATE)).containsExactly("March 3, 2024", "March 3, 2024");
    assertThat(kept(page)).doesNotContain("Daily Courier", "Most read", "Cedar Motors", "5 min read")
        .contains("Two 2. " + PROSE);
  }

  @Test
  void articlesOfUnequalLengthAreAListingWhenTwoAreStories() {
    Page page = run("<body><main>" + card("a", "World", "Long story", paras("Long", 12))
        + card("b", "Sport", "Short story", paras("Short", 3)) + "</main></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("Long story", "Short story");
  }

  @Test
  void aStoryWithTeaserSiblingsStaysOneArticle() {
    // The teasers are <article>s beside the story, in one parent: one line each, no story.
    Page page = run("<body><main><article><h1>The story</h1>" + paras("Body", 6) + "</article>"
        + teaser("article", "Related one") + teaser("article", "Related two") + "</main></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).isEmpty();
    assertThat(page.kept()).hasSize(page.size());
  }

  @Test
  void cardsOfOneTemplateAreAListingWhateverTheirClasses() {
    // Headlines that link to their stories, in boxes of one shape: cards, whatever their classes say.
    String card = "<div class='x%s'><span>World</span><h3><a href='/%s'>%s</a></h3><p>" + PROSE + "</p></div>";
    Page page = run("<body>" + NAV + "<div>" + card.formatted("1", "one", "One") + card.formatted("2", "two", "Two")
        + card.formatted("3", "three", "Three") + "</div></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("One", "Two", "Three");
  }

  @Test
  void sectionsOfOneStoryAreNotCards() {
    // Boxes opening with a heading, of unequal length, not <article>s: the parts of one story.
    Page page = run("<body><h1>The story</h1><div><section><h2>Part one</h2>" + paras("A", 8) + "</section>"
        + "<section><h2>Part two</h2>" + paras("B", 2) + "</section><section><h2>Part three</h2>"
        + paras("C", 2) + "</section></div></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).isEmpty();
  }

  @Test
  void aPageOfMenusHasNoUnits() {
    Page page = run("<body>" + NAV + "<aside><h2>Most read</h2><ul><li><a href='/1'>One</a></li></ul></aside>"
        + "<aside><h2>Latest</h2><ul><li><a href='/2'>Two</a></li></ul></aside></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).isEmpty();
  }

  @Test
  void aFrontPageShowingOneStoryIsReadAsAListingOfOne() {
    Page page = run("<body><header><div>Daily Courier</div></header><main>"
        + card("3f2a", "World", "The only story", paras("One", 3) + "<div>Cedar Motors</div>" + paras("Two", 2))
        + "</main><footer><div>Daily Courier</div></footer></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("The only story");
    assertThat(labelled(page, Label.SECTION)).containsExactly("World");
    assertThat(kept(page)).doesNotContain("Daily Courier", "Cedar Motors");
  }

  @Test
  void aStoryPageInOneArticleElementIsLeftToTheArticleFilters() {
    // Its headline is the page's own title, not a link to another page.
    Page page = run("<body><header><div>Daily Courier</div></header><article><span>World</span><h2>The story</h2>"
        + paras("Body", 6) + "<div>Cedar Motors</div></article></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).isEmpty();
    assertThat(page.kept()).hasSize(page.size());
  }

  @Test
  void linkedArticlesOfUnequalLengthAreAListingThoughOnlyOneIsLong() {
    // Short news items of a line or two under the lead story: each headline links to its story.
    Page page = run("<body><main>" + card("a", "World", "Lead story", paras("Long", 12))
        + card("b", "Sport", "Brief one", "<p>The club paid the fee this morning.</p><p>Short.</p>")
        + card("c", "News", "Brief two", "<p>The coach said so after the game.</p>") + "</main></body>",
        new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("Lead story", "Brief one", "Brief two");
  }

  @Test
  void cardsWithoutArticleTagsAreAListingThoughTheirShapesDiffer() {
    // Two <div> cards of unequal length, one with a dek, their classes obfuscated.
    Page page = run("<body><header><div>Daily Courier</div></header><main>"
        + "<div class='c-1'><a href='/s'>Local</a><h2><a href='/a'>Long story</a></h2><p class='c-2'>A dek of a few"
        + " words here</p><div class='c-3'>" + paras("Long", 10) + "</div></div>"
        + "<aside class='c-4'><p>Most read</p></aside>"
        + "<div class='c-5'><a href='/s'>Reviews</a><h2><a href='/b'>Short story</a></h2><div class='c-6'>"
        + paras("Short", 2) + "</div></div></main></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("Long story", "Short story");
    assertThat(labelled(page, Label.SECTION)).containsExactly("Local", "Reviews");
    assertThat(kept(page)).doesNotContain("Daily Courier", "Most read");
  }

  @Test
  void headLinesMayStandAboveTheHeadingInAnyOrder() {
    // Byline and reading time above the section link, four lines above the headline.
    String unit = "<article><div>Staff Report</div><div>11 min read</div><a href='/s/1'>Business</a>"
        + "<h2><a href='/a/%s'>%s</a></h2><div>" + paras("P", 3) + "</div></article>";
    Page page = run("<body><main>" + unit.formatted("1", "First") + unit.formatted("2", "Second") + "</main></body>",
        new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("First", "Second");
    assertThat(labelled(page, Label.SECTION)).containsExactly("Business", "Business");
    assertThat(kept(page)).doesNotContain("Staff Report", "11 min read");
  }

  @Test
  void aFrontPageShowingOneCardIsReadAsAListingOfOne() {
    Page page = run("<body><header><div>Daily Courier</div></header><main><div class='c-1'><a href='/s'>News</a>"
        + "<h2><a href='/a'>The only story</a></h2><div class='c-2'>Last updated: November 15, 2024</div>"
        + "<div class='c-3'>" + paras("P", 4) + "<div class='c-4'>Autohaus Berger</div></div></div></main>"
        + "<footer><div>Daily Courier</div></footer></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("The only story");
    assertThat(labelled(page, Label.DATE)).containsExactly("Last updated: November 15, 2024");
    assertThat(kept(page)).doesNotContain("Daily Courier", "Autohaus Berger");
  }

  @Test
  void boxesOfLinksUnderLinkedHeadingsAreNoListing() {
    String box = "<div><h2><a href='/%s'>%s</a></h2><ul><li>Football and more football</li>"
        + "<li>Tennis, golf and the rest</li><li>Scores and tables</li></ul></div>";
    Page page = run("<body>" + box.formatted("s", "Sports") + box.formatted("w", "World")
        + box.formatted("b", "Business") + "</body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).isEmpty();
  }

  @Test
  void aSectionLinkMayEndInAPeriod() {
    Page page = run("<body><main>" + card("a", "U.S.", "First story", paras("One", 3))
        + card("b", "Sport", "Second story", paras("Two", 3)) + "</main></body>", new ListingFilter());
    assertThat(labelled(page, Label.SECTION)).containsExactly("U.S.", "Sport");
  }

  @Test
  void unitsThatAllOpenWithOneHeadingAreThePanesOfOneItem() {
    Page page = run("<body>" + NAV + "<div class='tabs'>" + teaser("div", "Roast chicken") + teaser("div", "Roast chicken")
        + teaser("div", "Roast chicken") + "</div></body>", new ListingFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("Roast chicken");
    assertThat(labelled(page, Label.SECTION)).isEmpty();
    assertThat(kept(page)).containsExactly("Roast chicken", PROSE, PROSE, PROSE);
  }
}
