package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.winnow.Limits;
import dev.winnow.block.PageMetadata;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

  private static PageMetadata meta(String html) {
    return new HtmlSource().read("t", html, Limits.DEFAULT).metadata();
  }

  @Test
  void jsonLdArticleComesFirst() {
    PageMetadata m = meta("<html lang='en-GB'><head><title>Other | Site</title>"
        + "<meta property='og:title' content='OG title'>"
        + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\","
        + "\"name\":\"Site\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"Council &amp; mayor agree\","
        + "\"articleSection\":[\"Politics\",\"Local\"],\"datePublished\":\"2019-11-19T14:30:00+0100\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Roe\"},{\"name\":\"John Doe\"}],"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily\"},"
        + "\"description\":\"What was agreed.\"}]}</script></head><body></body></html>");
    assertThat(m.headline()).isEqualTo("Council & mayor agree");
    assertThat(m.section()).isEqualTo("Politics");
    assertThat(m.byline()).isEqualTo("Jane Roe, John Doe");
    assertThat(m.published()).isEqualTo("2019-11-19T14:30:00+01:00");
    assertThat(m.siteName()).isEqualTo("The Daily");
    assertThat(m.language()).isEqualTo("en-GB");
    assertThat(m.description()).isEqualTo("What was agreed.");
    assertThat(m.title()).isEqualTo("Other | Site");
  }

  @Test
  void ogTitleThenTitleLoseTheSiteName() {
    assertThat(meta("<head><meta property='og:site_name' content='Daily News'>"
        + "<meta property='og:title' content='Storm closes schools | Daily News'></head>").headline())
        .isEqualTo("Storm closes schools");
    assertThat(meta("<head><title>Storm closes schools across the region - Daily News</title></head>").headline())
        .isEqualTo("Storm closes schools across the region");
    assertThat(meta("<head><title>Daily News \u2014 Storm closes schools</title>"
        + "<meta property='og:site_name' content='Daily News'></head>").headline())
        .isEqualTo("Storm closes schools");
  }

  @Test
  void theH1InTheArticleBeatsTheTitle() {
    PageMetadata m = meta("<head><title>Site home</title></head><body><h1>Logo</h1>"
        + "<article><h1>The real headline</h1><p>Text.</p></article></body>");
    assertThat(m.headline()).isEqualTo("The real headline");
  }

  @Test
  void theH1LosesItsKickerAndSubtitleParts() {
    assertThat(meta("<head><title>Autohäuser rechnen mit Flaute | MDR</title></head><body><h1>"
        + "<span class='dachzeile'>Nach Corona</span> <span class='headline'>Autohäuser rechnen mit Flaute</span>"
        + "</h1><p>Text.</p></body>").headline()).isEqualTo("Autohäuser rechnen mit Flaute");
    assertThat(meta("<head><title>Fish Cakes, Hot and Fresh</title></head><body><h1>Fish Cakes, Hot and Fresh"
        + "<small>Welcome to the North</small></h1></body>").headline()).isEqualTo("Fish Cakes, Hot and Fresh");
    assertThat(meta("<head><title>Two words</title></head><body><h1><span class='kicker'>Kicker</span>Alone</h1>"
        + "</body>").headline()).isEqualTo("KickerAlone"); // one word left is no headline: the h1 stays whole
  }

  @Test
  void theH1LosesItsScreenReaderTextAndKeepsThePartMarkedHeadline() {
    assertThat(meta("<head><title>What we will not hear | Site</title></head><body><h1>What we will not hear"
        + "<span class='element-invisible'> | FASSETTE.NET</span></h1><p>Text.</p></body>").headline())
        .isEqualTo("What we will not hear");
    assertThat(meta("<head><title>Council cuts bioenergy - Site</title></head><body><h1><span class='green'>Price cap"
        + "</span><span class='invisible'>: </span><span class='headline'>Council cuts bioenergy, industry protests</span>"
        + "</h1><p>Text.</p></body>").headline()).isEqualTo("Council cuts bioenergy, industry protests");
  }

  @Test
  void anH1ThatIsAKickerIsNoHeadline() {
    assertThat(meta("<head><title>Maps now show more places</title></head><body>"
        + "<h1 class='strapline'>Update: POI in the routing tool</h1><h2>Maps now show more places</h2></body>")
        .headline()).isEqualTo("Maps now show more places");
  }

  @Test
  void aBylineThatNamesTheMetasAuthorAndMoreWins() {
    assertThat(meta("<head><meta name='author' content='Rudolf Fischer'></head><body><h1>Offroad test</h1>"
        + "<div class='meta-item author'>von Rudolf Fischer, Simon Kohler</div><p>Text.</p></body>").byline())
        .isEqualTo("Rudolf Fischer, Simon Kohler");
    assertThat(meta("<head><meta name='author' content='Bob Yirka'></head><body><h1>Flint tool</h1>"
        + "<div class='byline'>Bob Yirka, Phys.org</div><p>Text.</p></body>").byline()).isEqualTo("Bob Yirka");
  }

  @Test
  void metaTagsFillWhatJsonLdLacks() {
    PageMetadata m = meta("<head><meta property='article:section' content='Sports'>"
        + "<meta name='author' content='Sam Poe'><meta property='article:author' content='https://x.com/sam'>"
        + "<meta property='article:published_time' content='2020-01-02'>"
        + "<meta property='og:locale' content='de_DE'><link rel='canonical' href='https://x.com/a'>"
        + "<meta name='description' content='Summary.'></head>");
    assertThat(m.section()).isEqualTo("Sports");
    assertThat(m.byline()).isEqualTo("Sam Poe");
    assertThat(m.published()).isEqualTo("2020-01-02");
    assertThat(m.language()).isEqualTo("de-DE");
    assertThat(m.canonicalUrl()).isEqualTo("https://x.com/a");
    assertThat(m.description()).isEqualTo("Summary.");
  }

  @Test
  void breadcrumbGivesTheSection() {
    PageMetadata m = meta("<script type='application/ld+json'>{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
        + "{\"position\":1,\"name\":\"Home\"},{\"position\":2,\"item\":{\"name\":\"Science\"}},"
        + "{\"position\":3,\"name\":\"Why the sky is blue, and other questions answered\"}]}</script>");
    assertThat(m.section()).isEqualTo("Science");
  }

  @Test
  void nothingIsInvented() {
    PageMetadata m = meta("<p>Just text.</p>");
    assertThat(m).isEqualTo(PageMetadata.EMPTY);
    assertThat(meta("<meta property='article:published_time' content='last Tuesday'>").published()).isNull();
    assertThat(meta("<meta property='article:published_time' content='0001-01-01T00:00:00Z'>").published()).isNull();
  }

  @Test
  void malformedJsonLdNeverThrows() {
    String[] bad = {"{", "[[[[", "{\"headline\": \"cut", "<!-- {\"headline\":\"x\",} -->", "}{][", "\"\\u12",
        "{\"a\":" + "[".repeat(10_000), "null", ""};
    for (String json : bad) {
      assertThatCode(() -> meta("<script type='application/ld+json'>" + json + "</script>")).doesNotThrowAnyException();
    }
    assertThat(meta("<script type='application/ld+json'><!--\n{\"@type\":\"Article\",\"headline\":\"Kept\",}\n--></script>")
        .headline()).isEqualTo("Kept");
  }

  @Test
  void anH1ThatLinksToTheFrontPageIsTheSitesNameNotTheHeadline() {
    PageMetadata m = meta("<head><meta property='og:title' content='Office 365 \u2013 HBDI \u2013 die Dritte'>"
        + "<title>Office 365 \u2013 HBDI \u2013 die Dritte | Damian's Blog</title></head>"
        + "<body><h1><a href='https://damian.example/'>Damian's Blog</a></h1><p>Text.</p></body>");
    assertThat(m.headline()).isEqualTo("Office 365 \u2013 HBDI \u2013 die Dritte");
    assertThat(meta("<head><title>Enchufla Figuren - Salsa-Figuren - Rueda in Berlin</title></head>"
        + "<body><h1><a href='/'><span>Salsa-Figuren - Rueda in Berlin</span></a></h1><p>Text.</p></body>").headline())
        .isEqualTo("Enchufla Figuren");
  }

  @Test
  void theDublinCoreTitleIsAStatedTitle() {
    assertThat(meta("<head><meta name='DC.title' content='Digitale Datenerhebung als Herausforderung'>"
        + "<title>Digitale Datenerhebung als Herausforderung - Wie diskutiert die GMK? - Ypart</title></head>")
        .headline()).isEqualTo("Digitale Datenerhebung als Herausforderung");
  }

  @Test
  void aLineWhoseNamesAreTheHeadlinesWordsIsNoByline() {
    PageMetadata m = meta("<head><meta property='og:site_name' content='Pamela Anderson'>"
        + "<title>Yellow Vests and I</title><script type='application/ld+json'>{\"@type\":\"Article\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"Pamela Anderson\"}}</script></head><body>"
        + "<h1>Yellow Vests and I</h1><div class='entry-meta'>Yellow Vests and I December 4, 2018</div><p>Text.</p></body>");
    assertThat(m.byline()).isEqualTo("Pamela Anderson");
  }

  @Test
  void aUtcInstantADayOffTheDayShownByTheHeadlineIsThatDay() {
    String head = "<html lang='en-US'><head><meta property='article:published_time' content='2022-05-04T03:37:37+00:00'>"
        + "</head><body><h1>Fashion show at the school</h1><span class='td-post-date'>";
    assertThat(meta(head + "3 May, 2022, 11:37 pm</span><p>Text.</p></body></html>").published()).isEqualTo("2022-05-03");
    assertThat(meta(head + "1 May, 2022</span><p>Text.</p></body></html>").published())
        .isEqualTo("2022-05-04T03:37:37+00:00");
    assertThat(meta(head.replace("+00:00", "-04:00") + "3 May, 2022</span><p>Text.</p></body></html>").published())
        .isEqualTo("2022-05-04T03:37:37-04:00");
  }

  @Test
  void aPageThatShowsItsLastChangesDayByTheHeadlineIsDatedThatDay() {
    String head = "<html lang='de'><head><meta property='article:published_time' content='2021-11-22T18:42:22+01:00'>"
        + "<meta property='article:modified_time' content='2023-01-01T10:00:00+01:00'></head><body>"
        + "<h1>Die schönsten Wellnesshotels</h1><div class='byline'>Von Ann Lee ";
    assertThat(meta(head + "1. Januar 2023</div><p>Text.</p></body></html>").published())
        .isEqualTo("2023-01-01T10:00:00+01:00");
    assertThat(meta(head + "22. November 2021</div><p>Text.</p></body></html>").published())
        .isEqualTo("2021-11-22T18:42:22+01:00");
    assertThat(meta(head + "</div><p>Text.</p></body></html>").published()).isEqualTo("2021-11-22T18:42:22+01:00");
  }

  @Test
  void aGenericDateMetaGivesWayToTheDayShownByTheHeadline() {
    String head = "<html lang='de'><head><meta name='date' content='2020-02-12'>";
    String body = "</head><body><h1>Faire Lieferketten</h1><p class='date'>05.02.2020 - Redaktion: Ann Lee</p>"
        + "<p>Text.</p></body></html>";
    assertThat(meta(head + body).published()).isEqualTo("2020-02-05");
    assertThat(meta(head + "<meta property='article:published_time' content='2020-02-12'>" + body).published())
        .isEqualTo("2020-02-12");
    assertThat(meta(head + "</head><body><h1>Faire Lieferketten</h1><p>Text.</p></body></html>").published())
        .isEqualTo("2020-02-12");
  }

  @Test
  void anH1ThatWrapsItsTextInABoxOpensTheBylineWindowAllTheSame() {
    PageMetadata m = meta("<head><meta property='og:title' content='Raoult, les nazis et moi'></head><body>"
        + "<h1 class='pane-node-title'><div class='pane-content'>Raoult, les nazis et moi</div></h1>"
        + "<div class='signature'><span class='field-contributor'>Par&nbsp;<a href='/node/mh'>Matthieu Hy</a></span>"
        + "<span class='field-published-at'>le 07 Mai 2020</span></div><p>Texte.</p></body>");
    assertThat(m.byline()).isEqualTo("Matthieu Hy");
    assertThat(m.headline()).isEqualTo("Raoult, les nazis et moi");
  }

  @Test
  void aDatedLineUnderThePostTitleCreditsTheWriterInsideIt() {
    assertThat(meta("<head><title>Office 365</title></head><body><h1>Office 365</h1><div class='postmeta'>Posted in "
        + "News by ann_lee on August 3, 2019</div><p>Text.</p></body>").byline()).isEqualTo("ann_lee");
    assertThat(meta("<html lang='de'><body><h1>Gefällt mir</h1><small>11.09.2011, 16:20 von Ann Lee </small>"
        + "<p>Text.</p></body></html>").byline()).isEqualTo("Ann Lee");
    assertThat(meta("<body><h1>Office 365</h1><div class='postmeta'>Posted in News by the editors</div><p>Text.</p></body>")
        .byline()).isNull(); // no date: not the post's credit line
  }

  @Test
  void aWikiPageIsDatedAndCreditedByItsLastEdit() {
    PageMetadata mediaWiki = meta("<html lang='de'><body><h1>HE:Kassel/Stammtisch</h1><p>Text.</p><div id='footer'>"
        + "<ul><li id='footer-info-lastmod'> Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li>"
        + "</ul></div></body></html>");
    assertThat(mediaWiki.published()).isEqualTo("2020-01-29");
    assertThat(mediaWiki.modified()).isEqualTo("2020-01-29");
    PageMetadata moin = meta("<body><h1>Downloading Python</h1><p>Text.</p><p id='pageinfo' class='info'>"
        + "BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by <a href='/moin/MatsWichmann'>MatsWichmann</a>)"
        + "</p></body>");
    assertThat(moin.published()).isEqualTo("2019-11-10");
    assertThat(moin.byline()).isEqualTo("MatsWichmann");
  }

  @Test
  void anH1MarkedAsTheEntryTitleNeedsNoConfirmation() {
    String head = "<head><meta property='og:title' content='Clever Ideas to Set Up a Nursery'>"
        + "<title>20 Clever Ideas for your Nursery - The Party</title></head><body>";
    assertThat(meta(head + "<h1 class='entry-title'>Small Nursery Ideas When Space Is Tight</h1><p>Text.</p></body>")
        .headline()).isEqualTo("Small Nursery Ideas When Space Is Tight");
    assertThat(meta(head + "<h1>Small Nursery Ideas When Space Is Tight</h1><p>Text.</p></body>").headline())
        .isEqualTo("Clever Ideas to Set Up a Nursery");
  }

  @Test
  void aGivenNameAloneInStructuredDataGivesWayToTheFullNameOfTheByline() {
    assertThat(meta("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Todd\"}}"
        + "</script></head><body><h1>New robot samples blood</h1><p>By Todd Bates</p><p>Text.</p></body>").byline())
        .isEqualTo("Todd Bates");
  }

  @Test
  void hugeTitlesLogosAndLabelsStayCheapAndNeverThrow() {
    String big = "Word ".repeat(200_000);
    StringBuilder html = new StringBuilder("<head><title>" + big + " | Site</title><meta property='og:site_name' content='"
        + big + "'></head><body>");
    for (int i = 0; i < 2_000; i++) {
      html.append("<h1 class='entry-title'><a href='/'>").append(i).append(" Site</a></h1>");
    }
    html.append("<h1>Headline</h1><p><strong>By</strong></p><p><b>Von:</b>").append(big).append("<br></p>");
    html.append("<p class='subline'>").append(" ".repeat(100_000)).append("0000-00-00 99999</p>");
    long start = System.nanoTime();
    assertThatCode(() -> meta(html.toString())).doesNotThrowAnyException();
    assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
  }

  @Test
  void aBareTwitterCreatorIsTheLastResortAndAnAtHandleNamesNoOne() {
    assertThat(meta("<head><meta name='twitter:creator' content='delta201'></head><body><h1>Chapter 1: Prologue</h1>"
        + "<p>Text.</p></body>").byline()).isEqualTo("delta201");
    assertThat(meta("<head><meta name='twitter:creator' content='@RoyalRoadL'></head><body><h1>Chapter 1: Prologue</h1>"
        + "<p>Text.</p></body>").byline()).isNull();
    assertThat(meta("<head><meta name='twitter:creator' content='delta201'><meta name='author' content='Ann Lee'>"
        + "</head><body><h1>Chapter 1: Prologue</h1><p>Text.</p></body>").byline()).isEqualTo("Ann Lee");
  }

  @Test
  void aDeskStatedAsTheAuthorIsTheBylineWhenNoOneElseIsNamed() {
    assertThat(meta("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
        + "[{\"@type\":\"Person\",\"name\":\"Staff and news service reports\"}]}</script></head>").byline())
        .isEqualTo("Staff and news service reports");
    assertThat(meta("<body><article><h1>Storm closes schools</h1><div class='author-name'><span>By Staff Writer</span>"
        + "</div><p>The storm closed every school in the county on Monday.</p></article></body>").byline())
        .isEqualTo("Staff Writer");
    // A person named anywhere wins over the desk.
    assertThat(meta("<head><meta name='author' content='Ann Lee'><script type='application/ld+json'>"
        + "{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Staff Writer\"}}</script></head>").byline())
        .isEqualTo("Ann Lee");
  }
}
