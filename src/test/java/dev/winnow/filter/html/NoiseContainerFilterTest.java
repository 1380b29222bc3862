package dev.winnow.filter.html;

import static dev.winnow.filter.HtmlPages.PROSE;
import static dev.winnow.filter.HtmlPages.kept;
import static dev.winnow.filter.HtmlPages.paras;
import static dev.winnow.filter.HtmlPages.reason;
import static dev.winnow.filter.HtmlPages.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Limits;
import dev.winnow.block.Page;
import dev.winnow.source.HintPatterns;
import dev.winnow.source.TextSource;
import org.junit.jupiter.api.Test;

class NoiseContainerFilterTest {

  @Test
  void adSlotsShareBarsAndRailsGoWithTheContainerAsReason() {
    Page page = run("<p>" + PROSE + "</p><div class='ad-container'><span>Advertisement</span></div>"
        + "<div id='div-gpt-ad-123'><p>Sponsored words</p></div><ul class='share-bar'><li>Facebook</li></ul>"
        + "<section class='related-posts'><h3>Related</h3></section><div class='cookie-banner'>We use cookies.</div>",
        new NoiseContainerFilter());
    assertThat(kept(page)).containsExactly(PROSE);
    assertThat(reason(page, "Advertisement")).isEqualTo("NoiseContainerFilter: inside div.ad-container");
    assertThat(reason(page, "Facebook")).isEqualTo("NoiseContainerFilter: inside ul.share-bar");
  }

  @Test
  void adIsAWordNotALetterPair() {
    Page page = run("<header class='header'><p>Head</p></header><div class='shadow badge'><p>Badge</p></div>"
        + "<div class='read-time'><p>Read</p></div>", new NoiseContainerFilter());
    assertThat(kept(page)).containsExactly("Head", "Badge", "Read");
  }

  @Test
  void aBodyNamedContainerOrOneWithMostOfTheProseIsNeverNoise() {
    Page named = run("<div class='entry-content share-enabled'><p>" + PROSE + "</p></div>", new NoiseContainerFilter());
    assertThat(named.kept()).hasSize(1);
    Page big = run("<div class='page-ad-margins'>" + paras("Para", 6) + "</div><div class='ad'>Buy</div>",
        new NoiseContainerFilter());
    assertThat(kept(big)).hasSize(6).doesNotContain("Buy");
  }

  @Test
  void taxonomyClassesAndEmbeddedPostsAreNotNoise() {
    Page page = run("<article class='post category-advertising tag-social'><p>" + PROSE + "</p>"
        + "<blockquote class='twitter-tweet social-media-embed'><p>A quoted tweet.</p></blockquote>"
        + "<div class='social-embed'><p>A quoted post.</p></div><div class='socialEmbedWrap embed-social'><p>Another.</p></div>"
        + "</article>", new NoiseContainerFilter());
    assertThat(page.kept()).hasSize(4);
  }

  @Test
  void usersExtendTheVocabulary() {
    String html = "<p>" + PROSE + "</p><div class='house-promo'><p>Our shop</p></div>";
    assertThat(kept(run(html, new NoiseContainerFilter()))).contains("Our shop");
    assertThat(kept(run(html, new NoiseContainerFilter(HintPatterns.noise().with("house-promo")))))
        .doesNotContain("Our shop");
  }

  @Test
  void plainTextIsLeftAlone() {
    Page page = new TextSource().read("t", "Advertisement\n\n" + PROSE, Limits.DEFAULT);
    new NoiseContainerFilter().apply(page);
    assertThat(page.kept()).hasSize(2);
  }
}
