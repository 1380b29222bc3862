package dev.winnow.filter.html;

import static dev.winnow.filter.HtmlPages.PROSE;
import static dev.winnow.filter.HtmlPages.kept;
import static dev.winnow.filter.HtmlPages.labelled;
import static dev.winnow.filter.HtmlPages.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Label;
import dev.winnow.block.Page;
import org.junit.jupiter.api.Test;

class ArticleHeaderFilterTest {

  @Test
  void headlineBylineDateAndKickerAreLabelled() {
    Page page = run("<head><meta property='og:title' content='Council extends program | The Daily'>"
        + "<meta property='og:site_name' content='The Daily'></head><body><article>"
        + "<div class='share'><a href='#'>Share</a></div><a class='kicker' href='/local'>Local</a>"
        + "<h1>Council extends program</h1><p class='byline'>By Jane Roe</p><time>March 3, 2025</time>"
        + "<p>" + PROSE + "</p></article></body>", new ArticleHeaderFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("Council extends program");
    assertThat(labelled(page, Label.SECTION)).containsExactly("Local");
    assertThat(labelled(page, Label.BYLINE)).containsExactly("By Jane Roe");
    assertThat(labelled(page, Label.DATE)).containsExactly("March 3, 2025");
    assertThat(kept(page)).doesNotContain("Share");
  }

  @Test
  void withoutAStatedHeadlineTheFirstH1AboveTheProseIsIt() {
    Page page = run("<h1>Storm closes schools</h1><p>" + PROSE + "</p><h1>Later heading</h1>", new ArticleHeaderFilter());
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("Storm closes schools");
  }

  @Test
  void noHeadingNoLabels() {
    Page page = run("<p>" + PROSE + "</p><h2>A sub-heading</h2><p>" + PROSE + "</p>", new ArticleHeaderFilter());
    assertThat(labelled(page, Label.HEADLINE)).isEmpty();
  }
}
