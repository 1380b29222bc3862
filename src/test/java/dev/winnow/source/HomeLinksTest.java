package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HomeLinksTest {

  private static Element h1(String html) {
    return Jsoup.parse(html).selectFirst("h1");
  }

  @Test
  void aHeadingThatIsOnlyALinkToTheFrontPageIsTheLogo() {
    assertThat(HomeLinks.isLogo(h1("<h1><a href='/'>Ann's Blog</a></h1>"))).isTrue();
    assertThat(HomeLinks.isLogo(h1("<h1 class='site-title'><span><a href='https://ann.example/' rel='home'>Ann</a>"
        + "</span></h1>"))).isTrue();
    assertThat(HomeLinks.isLogo(h1("<h1> <!-- logo --> <a href='/?locale=de-DE'><span>Verein</span> <span>Slogan"
        + "</span></a> </h1>"))).isTrue();
  }

  @Test
  void aHeadlineIsNoLogo() {
    assertThat(HomeLinks.isLogo(h1("<h1>Council cuts budget</h1>"))).isFalse();
    assertThat(HomeLinks.isLogo(h1("<h1><a href='/2020/05/council-cuts-budget'>Council cuts budget</a></h1>")))
        .isFalse();
    assertThat(HomeLinks.isLogo(h1("<h1><a href='/'>Site</a> Council cuts budget</h1>"))).isFalse();
  }

  @Test
  void frontPagesAreTheRootWithOnlyAQueryOrAnIndexFile() {
    assertThat(HomeLinks.isFrontPage("/")).isTrue();
    assertThat(HomeLinks.isFrontPage("https://example.org")).isTrue();
    assertThat(HomeLinks.isFrontPage("https://example.org/index.php")).isTrue();
    assertThat(HomeLinks.isFrontPage("//example.org/?lang=en")).isTrue();
    assertThat(HomeLinks.isFrontPage("/news/")).isFalse();
    assertThat(HomeLinks.isFrontPage("https://example.org/news/story")).isFalse();
    assertThat(HomeLinks.isFrontPage("#top")).isFalse();
    assertThat(HomeLinks.isFrontPage("")).isFalse();
  }
}
