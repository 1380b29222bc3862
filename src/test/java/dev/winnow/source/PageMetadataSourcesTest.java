package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.winnow.Limits;
import dev.winnow.block.PageMetadata;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The byline, dates and headline MetadataExtractor reconciles from structured data, metas and markup. */
class PageMetadataSourcesTest {

  private static PageMetadata meta(String html) {
    return new HtmlSource().read("t", html, Limits.DEFAULT).metadata();
  }

  private static String ld(String json) {
    return "<script type='application/ld+json'>" + json + "</script>";
  }

  @Test
  void anAuthorGivenByReferenceIsLookedUpInTheGraph() {
    PageMetadata m = meta("<head>" + ld("{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#p1\"},"
        + "\"publisher\":{\"@id\":\"#org\"}},{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Bob Fischer\"},"
        + "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Aero News\"}]}") + "</head>");
    assertThat(m.authors()).containsExactly("Bob Fischer");
    assertThat(m.byline()).isEqualTo("Bob Fischer");
  }

  @Test
  void severalAuthorsAreAListAndTheBylineTheirDisplayForm() {
    PageMetadata m = meta("<head>" + ld("{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":"
        + "\"Ann Lee\"},\"Bo Kim\",{\"@type\":\"Person\",\"url\":\"https://x.com/c\"}]}") + "</head>");
    assertThat(m.authors()).containsExactly("Ann Lee", "Bo Kim");
    assertThat(m.byline()).isEqualTo("Ann Lee, Bo Kim");
  }

  @Test
  void theSiteNameLosesToARealNameFromMarkupNearTheHeadline() {
    PageMetadata m = meta("<head><meta property='og:site_name' content='Daily News'>"
        + "<meta name='author' content='Daily News'></head><body><article><h1>Storm closes schools</h1>"
        + "<div class='byline'>By <a rel='author' href='/author/jane-roe/'>Jane Roe</a></div>"
        + "<p>Text.</p></article></body>");
    assertThat(m.authors()).containsExactly("Jane Roe");
  }

  @Test
  void schemaMicrodataAndTwitterLabelsNameTheAuthor() {
    assertThat(meta("<body><h1>Title here</h1><span itemprop='author' itemscope><span itemprop='name'>Ann Lee"
        + "</span></span></body>").authors()).containsExactly("Ann Lee");
    assertThat(meta("<head><meta name='twitter:label1' content='Written by'>"
        + "<meta name='twitter:data1' content='Bo Kim'></head>").authors()).containsExactly("Bo Kim");
  }

  @Test
  void aSiteNameAloneIsKeptWhenNothingBetterNamesTheAuthor() {
    assertThat(meta("<head><meta property='og:site_name' content='Eurosport'>"
        + "<meta name='author' content='Eurosport'></head>").authors()).containsExactly("Eurosport");
  }

  @Test
  void publishedAndModifiedAreApartAndModifiedIsNeverPublished() {
    PageMetadata m = meta("<head><meta property='article:modified_time' content='2021-05-06T10:00:00Z'></head>");
    assertThat(m.published()).isNull();
    assertThat(m.modified()).isEqualTo("2021-05-06T10:00:00Z");
    m = meta("<head>" + ld("{\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2019-09-17T14:54:31+02:00\","
        + "\"dateModified\":\"2019-09-18T10:00:00+02:00\"}]}") + "</head>");
    assertThat(m.published()).isEqualTo("2019-09-17T14:54:31+02:00");
    assertThat(m.modified()).isEqualTo("2019-09-18T10:00:00+02:00");
  }

  @Test
  void timeElementsTheAddressAndVisibleDatesFillInInThatOrder() {
    assertThat(meta("<body><h1>Title here</h1><time class='entry-date published' datetime='2016-01-15T09:00:18+00:00'>"
        + "15/01/2016</time></body>").published()).isEqualTo("2016-01-15T09:00:18+00:00");
    assertThat(meta("<head><link rel='canonical' href='https://x.com/2017/06/29/story/'></head>").published())
        .isEqualTo("2017-06-29");
    assertThat(meta("<html lang='de'><body><h1>Titel hier</h1><span class='date'>19. Oktober 2019</span></body>")
        .published()).isEqualTo("2019-10-19");
  }

  @Test
  void microdataDatePublishedBeatsAGenericDateMeta() {
    assertThat(meta("<head><meta name='date' content='2022-01-21T15:38:44+01:00'></head><body><h1>Winter</h1>"
        + "<time itemprop='datePublished' datetime='2022-01-27'>27.01.2022</time></body>").published())
        .isEqualTo("2022-01-27");
    assertThat(meta("<head><meta name='DC.date' content='2020-02-12'></head>").published()).isEqualTo("2020-02-12");
  }

  @Test
  void theAddressDayWinsOnlyOverAnInstantStatedInUtc() {
    String canonical = "<link rel='canonical' href='https://x.com/2022/05/06/story'>";
    assertThat(meta("<head>" + canonical + "<meta property='article:published_time' content='2022-05-07T01:00:00Z'>"
        + "</head>").published()).isEqualTo("2022-05-06");
    assertThat(meta("<head>" + canonical + "<meta property='article:published_time'"
        + " content='2022-05-07T13:43:46-05:00'></head>").published()).isEqualTo("2022-05-07T13:43:46-05:00");
  }

  @Test
  void aVideosUploadDateIsTheLastResortOfStructuredData() {
    String video = ld("{\"@type\":\"VideoObject\",\"uploadDate\":\"2015-01-16T14:53:35+01:00\"}");
    assertThat(meta("<head>" + video + "</head>").published()).isEqualTo("2015-01-16T14:53:35+01:00");
    assertThat(meta("<head><meta property='article:published_time' content='2017-12-01'></head><body>" + video
        + "</body>").published()).isEqualTo("2017-12-01");
  }

  @Test
  void aVisibleDateLaterThanThePagesOwnLastChangeOrBefore1995IsPassedOver() {
    assertThat(meta("<head><meta property='article:modified_time' content='2019-01-01'></head><body><h1>A b</h1>"
        + "<span class='date'>5 May 2020</span></body>").published()).isNull();
    assertThat(meta("<body><h1>A b</h1><span class='date'>5 May 1990</span></body>").published()).isNull();
  }

  @Test
  void theHeadingConfirmedByTheTitleWinsAndASiteNameHeadingGivesWay() {
    assertThat(meta("<head><meta property='og:title' content='Short social title | Daily'>"
        + "<title>Council passes the budget for 2024 - Daily</title></head>"
        + "<body><article><h1>Council passes the budget for 2024</h1></article></body>").headline())
        .isEqualTo("Council passes the budget for 2024");
    assertThat(meta("<head><title>Muffin Grundrezept : Muffin Rezepte</title></head><body><h1>Muffin Rezepte</h1>"
        + "</body>").headline()).isEqualTo("Muffin Grundrezept");
  }

  @Test
  void badValuesGiveNullAndNeverThrow() {
    assertThat(meta("<meta property='article:published_time' content='0000-00-00'>").published()).isNull();
    assertThat(meta("<meta property='article:published_time' content='2019-02-30'>").published()).isNull();
    assertThat(meta("<meta property='article:published_time' content='99999-01-01'>").published()).isNull();
    assertThat(meta("<head>" + ld("{\"@type\":\"Article\",\"author\":\"https://x.com/me\"}") + "</head>").authors())
        .isEmpty();
    assertThat(meta("<head>" + ld("{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"sameAs\":[1,2]}}")
        + "</head>").authors()).isEmpty();
    assertThatCode(() -> meta("<head>" + ld("{\"@type\":\"Article\",,\"author\":[{\"name\":\"<b>Ann</b>\",},],"
        + "\"@graph\":[{\"@graph\":[{]}") + ld("[{\"@graph\": 5}, \"x\"") + "</head>")).doesNotThrowAnyException();
  }

  @Test
  void tenThousandAuthorsAndAMegabyteTitleStayCheap() {
    StringBuilder names = new StringBuilder("{\"@type\":\"Article\",\"author\":[");
    for (int i = 0; i < 10_000; i++) {
      names.append(i > 0 ? "," : "").append("{\"@type\":\"Person\",\"name\":\"Name").append(i).append(" Last\"}");
    }
    names.append("]}");
    PageMetadata m = meta("<head>" + ld(names.toString()) + "</head>");
    assertThat(m.authors()).hasSizeLessThanOrEqualTo(dev.winnow.internal.AuthorNames.MAX_NAMES);
    String title = "word ".repeat(200_000);
    // A hang guard, not a speed limit: speed is the benchmarks' to judge.
    PageMetadata big = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> meta("<head><title>" + title + "</title></head><body><h1>" + title + "</h1></body>"));
    assertThat(big.headline()).hasSizeLessThanOrEqualTo(HeadlineChooser.MAX_CHARS);
  }
}
