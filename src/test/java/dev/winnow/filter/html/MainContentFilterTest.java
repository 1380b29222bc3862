package dev.winnow.filter.html;

import static dev.winnow.filter.HtmlPages.PROSE;
import static dev.winnow.filter.HtmlPages.kept;
import static dev.winnow.filter.HtmlPages.paras;
import static dev.winnow.filter.HtmlPages.reason;
import static dev.winnow.filter.HtmlPages.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Page;
import org.junit.jupiter.api.Test;

class MainContentFilterTest {
  private static final String NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li>"
      + "<li><a href='/b'>Business</a></li></ul></nav>";
  private static final String SIDEBAR = "<div class='sidebar'><h3>Most read</h3><ul>"
      + "<li><a href='/1'>A story everybody read today, and then some more</a></li>"
      + "<li><a href='/2'>Another story everybody read, with a long title too</a></li></ul></div>";

  @Test
  void keepsTheArticleBodyAndRemovesTheRestWithAReason() {
    Page page = run("<body>" + NAV + "<div class='wrap'><div class='article-body'>" + paras("Body", 4)
        + "<h2>A sub-heading</h2><ul><li>First point of the list</li><li>Second point</li></ul>"
        + paras("More", 2) + "</div>" + SIDEBAR + "</div><footer><p>Copyright 2024 The Daily.</p></footer></body>",
        new MainContentFilter());
    assertThat(kept(page)).hasSize(9).contains("A sub-heading", "First point of the list", "Second point");
    assertThat(reason(page, "Home")).startsWith("MainContentFilter: outside the main content")
        .contains("div.article-body");
    assertThat(kept(page)).doesNotContain("Most read", "Copyright 2024 The Daily.");
  }

  @Test
  void aBodyALayoutBuilderCutIntoRowsIsKeptWhole() {
    // Rows and columns of a page builder, each holding part of the story, inside the container
    // the theme names as the entry's content: the rows score apart, and the one with the most
    // text would be the body alone; the container holds them all.
    String row = "<div class='vc_row'><div class='wpb_column'><div class='vc_column-inner'><div class='wpb_wrapper'>"
        + "<div class='wpb_text_column'>%s</div></div></div></div></div>";
    Page page = run("<body>" + NAV + "<article><div class='entry-content'>" + row.formatted(paras("One", 1))
        + row.formatted(paras("Two", 3)) + row.formatted(paras("Three", 3))
        + row.formatted("<table><tr><td>Lower monthly rates than with a loan</td><td>Cannot be set against tax</td></tr></table>")
        + row.formatted("<ul><li>Mileage leasing</li><li>Residual value leasing</li></ul>")
        + "</div></article>" + SIDEBAR + "</body>", new MainContentFilter());
    assertThat(kept(page)).hasSize(10).contains("Lower monthly rates than with a loan | Cannot be set against tax", "Residual value leasing")
        .doesNotContain("Most read");
  }

  @Test
  void partsOfAnArticleSplitByAPictureAreJoined() {
    String part = "<div class='story-part text'>%s</div>";
    Page page = run("<body>" + NAV + "<div>" + part.formatted(paras("One", 3)) + "<figure><img src='x'></figure></div>"
        + "<div><div class='box'>" + SIDEBAR + "</div></div><div>" + part.formatted(paras("Two", 3)) + "</div></body>",
        new MainContentFilter());
    assertThat(kept(page)).hasSize(6);
  }

  @Test
  void aPageWithoutProseHasNoArticle() {
    Page page = run("<body>" + NAV + "<h1>Page not found</h1><p>Try the search.</p></body>", new MainContentFilter());
    assertThat(page.kept()).isEmpty();
    assertThat(reason(page, "Home")).contains("no article on the page");
  }

  @Test
  void aPostOfShortLinesKeepsThemThoughNoneIsAParagraphOfProse() {
    Page page = run("<body>" + NAV + "<div class='post'><h1>Nothing to do is also a choice</h1>"
        + "<p>\"I know I'm drunk and maybe should not say this, but here it goes...\"</p>"
        + "<p>- \"Then don't say it.\"</p><p>- \"Ok.\"</p></div>" + SIDEBAR + "</body>", new MainContentFilter());
    assertThat(kept(page)).contains("- \"Then don't say it.\"", "- \"Ok.\"").doesNotContain("Home", "Most read");
    assertThat(reason(page, "Home")).contains("(no paragraph of prose on the page)");
  }

  @Test
  void theLadderFallsBackWhenTheFirstPassFindsTooLittle() {
    // The story sits in a container whose name says chrome; a content-named box holds one line.
    // With class words the box wins but is too short; without them the story does.
    Page page = run("<body>" + NAV + "<main><div><div class='post-content'><p>Subscribe to our newsletter for more.</p>"
        + "</div></div><div><div><div class='widget-story'>" + paras("Story", 4) + "</div></div></div></main></body>",
        new MainContentFilter());
    assertThat(kept(page)).hasSize(4).allMatch(t -> t.startsWith("Story"));
    assertThat(reason(page, "Subscribe to our newsletter for more.")).contains("(class words ignored)");
  }

  @Test
  void blocksOfAWidgetNamedContainerComeBackWhenTheyAreTheArticle() {
    Page page = run("<body>" + NAV + "<div class='social-story'>" + paras("Body", 2) + "</div></body>",
        new NoiseContainerFilter(), new MainContentFilter());
    assertThat(page.kept()).hasSize(2);
    assertThat(page.decisions()).anyMatch(d -> d.filter().equals("MainContentFilter")
        && d.action() == dev.winnow.block.Decision.Action.RESTORE);
  }

  @Test
  void theLeadInABoxOfItsOwnBetweenHeadlineAndBodyStays() {
    // A news template: the head holds the headline, a date and the teaser text; the body is a
    // box beside it. The scorer picks the body; the teaser text is the article's first paragraph.
    String lead = "Volunteers mend toasters, lamps and bicycles for free, and they have fun doing it.";
    Page page = run("<body>" + NAV + "<div class='article'><div class='header'><h1>Repair cafe on Friday</h1></div>"
        + "<div class='footer'><p>27.01.2020 Social</p></div><div class='teaser-text'><p>" + lead + "</p></div>"
        + "<div class='news-text-wrap'>" + paras("Body", 4) + "</div></div>" + SIDEBAR + "</body>", new MainContentFilter());
    assertThat(kept(page)).hasSize(5).startsWith(lead).doesNotContain("Repair cafe on Friday", "27.01.2020 Social");
  }

  @Test
  void aParagraphAboveTheBodyWithNoHeadlineAboveItIsNoLead() {
    // No headline within reach: the line over the body may be a teaser of another story.
    String teaser = "Another story that everybody read today, with a summary that runs a sentence long.";
    Page page = run("<body>" + NAV + "<div class='promo'><p>" + teaser + "</p></div>"
        + "<div class='news-text-wrap'>" + paras("Body", 4) + "</div>" + SIDEBAR + "</body>", new MainContentFilter());
    assertThat(kept(page)).hasSize(4).doesNotContain(teaser);
  }

  @Test
  void aSubtitleSetAsAHeadingOrACaptionUnderTheHeadlineIsNoLead() {
    String subtitle = "The council extends the program for two more years after a long debate on its cost.";
    String caption = "The council chamber on Tuesday, where the members voted for the program again.";
    Page page = run("<body>" + NAV + "<header><h1>Program extended</h1><h2>" + subtitle + "</h2>"
        + "<figure><img src='x'><figcaption>" + caption + "</figcaption></figure></header>"
        + "<div class='story'>" + paras("Body", 4) + "</div>" + SIDEBAR + "</body>", new MainContentFilter());
    assertThat(kept(page)).hasSize(4).doesNotContain(subtitle, caption);
  }

  @Test
  void theLeadIsLabelledContentSoThatItsBoxNameDoesNotCostIt() {
    String lead = "Volunteers mend toasters, lamps and bicycles for free, and they have fun doing it.";
    Page page = run("<body>" + NAV + "<article><header><h1>Repair cafe on Friday</h1></header>"
        + "<div class='news-teaser'><p>" + lead + "</p></div>"
        + "<div class='news-text-wrap'>" + paras("Body", 4) + "</div></article>" + SIDEBAR + "</body>",
        new MainContentFilter(), new HtmlBoilerplateFilter());
    assertThat(kept(page)).hasSize(5).startsWith(lead);
    assertThat(page.has(page.kept().get(0), dev.winnow.block.Label.CONTENT)).isTrue();
  }

  @Test
  void aHeadlineWhoseTextIsABoxInsideTheH1AnchorsTheLead() {
    String lead = "Volunteers mend toasters, lamps and bicycles for free, and they have fun doing it.";
    Page page = run("<body>" + NAV + "<article><header><h1><div>Repair cafe on Friday</div></h1>"
        + "<p class='excerpt'>" + lead + "</p></header>"
        + "<div class='body-col'>" + paras("Body", 4) + "</div></article>" + SIDEBAR + "</body>", new MainContentFilter());
    assertThat(kept(page)).hasSize(5).startsWith(lead);
  }
}
