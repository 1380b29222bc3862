package dev.winnow.filter.html;

import static dev.winnow.filter.HtmlPages.PROSE;
import static dev.winnow.filter.HtmlPages.kept;
import static dev.winnow.filter.HtmlPages.paras;
import static dev.winnow.filter.HtmlPages.reason;
import static dev.winnow.filter.HtmlPages.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Page;
import org.junit.jupiter.api.Test;

class HtmlBoilerplateFilterTest {

  @Test
  void asideNavAndFooterInsideTheContentGo() {
    Page page = run("<article>" + paras("Body", 3) + "<aside><p>Pull quote box</p></aside>"
        + "<footer><p>Filed under: News</p></footer></article>", new HtmlBoilerplateFilter());
    assertThat(kept(page)).hasSize(3);
    assertThat(reason(page, "Filed under: News")).isEqualTo("HtmlBoilerplateFilter: <footer> inside the content: footer");
  }

  @Test
  void linkListsAndChromeNamedBoxesGoButListsOfTheStoryStay() {
    Page page = run("<article>" + paras("Body", 3)
        + "<ul><li>First point of the story</li><li>Second point of the story</li></ul>"
        + "<ul><li><a href='/1'>Another story</a></li><li><a href='/2'>Yet another story</a></li></ul>"
        + "<div class='tags'><span>Tags:</span> <a href='/t'>politics</a></div>"
        + "<div class='newsletter-signup'><p>" + PROSE + "</p></div></article>", new HtmlBoilerplateFilter());
    assertThat(kept(page)).hasSize(5).contains("First point of the story", "Second point of the story");
    assertThat(reason(page, "Another story")).contains("link list");
  }

  @Test
  void aParagraphInABoxOfLinksStaysWhileTheLinksGo() {
    // The box is a third links, which makes a link list; its paragraph, with no link, is text.
    Page page = run("<article>" + paras("Body", 4) + "<div class='box'><p>" + PROSE + "</p>"
        + "<p><a href='/1'>Another story everybody read today, and then some more of it</a></p>"
        + "<p><a href='/2'>Yet another story with a title long enough to weigh</a></p></div></article>",
        new HtmlBoilerplateFilter());
    assertThat(kept(page)).contains(PROSE).doesNotContain("Yet another story with a title long enough to weigh");
    assertThat(reason(page, "Yet another story with a title long enough to weigh")).contains("link list");
  }

  @Test
  void theArticleItselfIsNeverJudged() {
    Page page = run("<div class='related-wrapper'>" + paras("Body", 3) + "</div>", new HtmlBoilerplateFilter());
    assertThat(page.kept()).hasSize(3);
  }

  @Test
  void aShortPostWhoseTitleAndDateAreLinksIsNoLinkList() {
    // A blog post of three short lines under a linked title and a linked date: over a third of
    // its text is links, but it is all the page has left, so it is the content, not a box in it.
    Page page = run("<div class='wrapper'><h2><a href='/post'>The possibility of doing nothing is a possibility</a></h2>"
        + "<p><a href='/2013/06/14'>14 June 2013 at 20:51</a></p><p>\"I know I am drunk.\"</p>"
        + "<p>\"Then do not say it.\"</p><p>\"Ok.\"</p></div>", new HtmlBoilerplateFilter());
    assertThat(kept(page)).contains("\"I know I am drunk.\"", "\"Ok.\"");
  }

  @Test
  void aChromeNamedBoxOfPlainParagraphsIsTextButOneOfTeasersGoes() {
    // Themes wrap a body's sections in boxes named for what they usually hold ("media", "panel").
    Page page = run("<article>" + paras("Body", 5) + "<div class='sidebar-widget'>" + paras("Section", 3) + "</div>"
        + "<div class='sidebar-widget'><p><a href='/1'>" + PROSE + "</a></p><p><a href='/2'>" + PROSE.replace("council", "board")
        + "</a></p><p><a href='/3'>" + PROSE.replace("council", "court") + "</a></p></div></article>",
        new HtmlBoilerplateFilter());
    assertThat(kept(page)).hasSize(8);
    assertThat(reason(page, PROSE.replace("council", "board"))).contains("chrome-named");
  }

  @Test
  void aPageBuildersBoxesAreNoSidebarWidgets() {
    // Elementor calls the box around each text block a widget; a table of the post stays, and the
    // builder's share bar, whose type says share, still goes.
    String box = "<div class='elementor-widget-wrap'><div class='elementor-element elementor-widget elementor-widget-text-editor'>"
        + "<div class='elementor-widget-container'>";
    Page page = run("<article>" + paras("Body", 3) + box + "<table><tr><td>1911</td><td>Robert</td><td>Etching of a tree</td></tr>"
        + "<tr><td>1912</td><td>Anna</td><td>Woodcut of a harp</td></tr></table></div></div></div>"
        + "<div class='elementor-element elementor-widget elementor-widget-share-buttons'><div class='elementor-widget-container'>"
        + "<p>Share on Facebook</p></div></div></article>", new HtmlBoilerplateFilter());
    assertThat(kept(page)).contains("1911 | Robert | Etching of a tree").doesNotContain("Share on Facebook");
  }

  @Test
  void theHeadingOfARemovedBoxGoesWhenItIsLastButASentenceStays() {
    Page page = run("<article>" + paras("Body", 3) + "<p><strong>Read also:</strong></p>"
        + "<ul class='more'><li><a href='/1'>Another story</a></li><li><a href='/2'>Yet another story</a></li></ul></article>",
        new HtmlBoilerplateFilter());
    assertThat(kept(page)).hasSize(3);
    assertThat(reason(page, "Read also:")).contains("the heading of a box that went");
    Page story = run("<article>" + paras("Body", 3) + "<h3>It ends here.</h3>"
        + "<ul class='more'><li><a href='/1'>Another story</a></li><li><a href='/2'>Yet another story</a></li></ul></article>",
        new HtmlBoilerplateFilter());
    assertThat(kept(story)).contains("It ends here.");
  }

  @Test
  void runsOfLinksGoSingleLinksStay() {
    Page page = run("<div>" + paras("Body", 2) + "<p><a href='/a'>Read: one</a></p><p><a href='/b'>Read: two</a></p>"
        + "<p><a href='/c'>Read: three</a></p>" + paras("Tail", 1) + "<p><a href='/d'>Get it on Amazon</a></p></div>",
        new HtmlBoilerplateFilter());
    assertThat(kept(page)).doesNotContain("Read: one", "Read: two", "Read: three").contains("Get it on Amazon");
  }

  @Test
  void aLinkInCapitalsBetweenTheParagraphsIsAPromotion() {
    Page page = run("<article>" + paras("Body", 2) + "<p><a href='/app'><strong>CLICK HERE TO GET THE APP</strong></a></p>"
        + "<p><a href='/s'>SENATOR ELIMINATED FROM THE DANCE SHOW</a></p>" + paras("Tail", 2)
        + "<p><a href='/r'>Read the full report of the council</a></p></article>", new HtmlBoilerplateFilter());
    assertThat(reason(page, "CLICK HERE TO GET THE APP")).contains("a link in capitals");
    assertThat(kept(page)).hasSize(5).doesNotContain("SENATOR ELIMINATED FROM THE DANCE SHOW")
        .contains("Read the full report of the council");
  }
}
