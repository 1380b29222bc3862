package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupCluesTest {

  @Test
  void theClassPrefilterLetThroughBylineAndDateBoxesOnly() {
    assertThat(MarkupClues.mayBeClue("entry-author vcard")).isTrue();
    assertThat(MarkupClues.mayBeClue("Byline")).isTrue();
    assertThat(MarkupClues.mayBeClue("entry-date published")).isTrue();
    assertThat(MarkupClues.mayBeClue("article-head__timestamp")).isTrue();
    assertThat(MarkupClues.mayBeClue("post-meta")).isTrue();
    assertThat(MarkupClues.mayBeClue("submitted")).isTrue();
    assertThat(MarkupClues.mayBeClue("col-md-8 offset-md-2")).isFalse();
    assertThat(MarkupClues.mayBeClue("post-content position-relative")).isFalse();
    assertThat(MarkupClues.mayBeClue("")).isFalse();
  }

  private static String byline(String html) {
    return String.valueOf(new HtmlSource().read("t", html, dev.winnow.Limits.DEFAULT).metadata().byline());
  }

  @Test
  void aLineUnderTheHeadlineThatOpensAsABylineNamesTheAuthor() {
    assertThat(byline("<body><article><h1>Salon bans men after lewd act</h1><div class='x1'><span class='q'>By</span>"
        + "<span><a href='/about/team/ann'>Ann Lee</a></span><span>Thursday, November 9, 2023</span></div>"
        + "<p>Text of the article.</p></article></body>")).isEqualTo("Ann Lee");
    assertThat(byline("<body><h1>Corona: what now</h1><div><span>von Andreas Kürten</span></div><p>Text.</p></body>"))
        .isEqualTo("Andreas Kürten");
    assertThat(byline("<body><h1>Micropolitics</h1><div><em>---- by Kenneth Surin</em></div><p>Text.</p></body>"))
        .isEqualTo("Kenneth Surin");
  }

  @Test
  void aSentenceOrALineFarFromTheHeadlineNamesNoOne() {
    assertThat(byline("<body><h1>City plans</h1><p>By 2030 the city will have grown.</p>"
        + "<p>By the way, nobody asked Ann Lee about it.</p></body>")).isEqualTo("null");
    StringBuilder far = new StringBuilder("<body><h1>City plans</h1>");
    for (int i = 0; i < MarkupClues.OPENED_WINDOW + 5; i++) {
      far.append("<p>Paragraph ").append(i).append(".</p>");
    }
    assertThat(byline(far.append("<p>By Ann Lee</p></body>").toString())).isEqualTo("null");
  }

  @Test
  void authorLinksNextToEachOtherAreOneBylineButASidebarOfWritersIsNot() {
    assertThat(byline("<body><h1>Agenda of the week</h1><p><a href='/autor/ann-lee'>Ann Lee</a>, "
        + "<a href='/autor/bo-kim'>Bo Kim</a> y <a href='/autor/cy-ray'>Cy Ray</a></p><p>Text.</p></body>"))
        .isEqualTo("Ann Lee, Bo Kim, Cy Ray");
    StringBuilder sidebar = new StringBuilder("<body><h1>Agenda of the week</h1><ul>");
    for (String n : new String[] {"Ann Lee", "Bo Kim", "Cy Ray", "Di Fox", "Ed Poe"}) {
      sidebar.append("<li><a href='/author/x'>").append(n).append("</a></li>");
    }
    assertThat(byline(sidebar.append("</ul><p>Text.</p></body>").toString())).isEqualTo("Ann Lee");
  }

  private static String published(String html) {
    return String.valueOf(new HtmlSource().read("t", html, dev.winnow.Limits.DEFAULT).metadata().published());
  }

  @Test
  void aShortDateLineUnderTheHeadlineDatesThePage() {
    assertThat(published("<html lang='de'><body><h1>Neuer Cheftrainer</h1><div><small>31.01.2022</small></div>"
        + "<p>Text.</p></body></html>")).isEqualTo("2022-01-31");
    assertThat(published("<html lang='de'><body><h1>Messengerdienste</h1><ul><li><span>Datum:</span>26. Januar 2022"
        + "</li></ul><p>Text.</p></body></html>")).isEqualTo("2022-01-26");
    assertThat(published("<html lang='de'><body><h1>Messengerdienste</h1><p>Seit dem 26. Januar 2022 gilt eine neue"
        + " Regel für alle Anbieter, die hier lange erklärt wird.</p></body></html>")).isEqualTo("null");
  }

  @Test
  void badInputStaysCheapAndNeverThrows() {
    StringBuilder links = new StringBuilder("<body><h1>Many writers</h1><p>");
    for (int i = 0; i < 10_000; i++) {
      links.append("<a href='/author/a").append(i).append("'>Ann Lee").append(i % 10).append("</a> ");
    }
    assertThat(byline(links.append("</p></body>").toString())).isNotNull();
    String hugeKicker = "<body><h1><span class='kicker'>" + "Kick ".repeat(200_000) + "</span>Real headline here</h1></body>";
    assertThat(new HtmlSource().read("t", hugeKicker, dev.winnow.Limits.DEFAULT).metadata().headline()).isNotNull();
    assertThat(published("<html lang='de'><body><h1>Dates</h1><small>0000-00-00</small><small>2019-02-30</small>"
        + "<small>31.12.99999</small></body></html>")).isEqualTo("null");
  }

  @Test
  void imagesAndControlsAreNeverClues() {
    assertThat(MarkupClues.neverClue("img")).isTrue();
    assertThat(MarkupClues.neverClue("path")).isTrue();
    assertThat(MarkupClues.neverClue("span")).isFalse();
    assertThat(MarkupClues.neverClue("time")).isFalse();
    assertThat(byline("<body><h1>Photo story</h1><img class='author-photo' alt='x'>"
        + "<div class='byline'>By Ann Lee</div><p>Text.</p></body>")).isEqualTo("Ann Lee");
  }

  @Test
  void theDateStandsByTheHeadingThatHoldsTheHeadlineNotByTheLogo() {
    String menu = "<li><a>Menu item</a></li>".repeat(80);
    String html = "<head><meta property='og:title' content='Messengers are no lawless space'></head><body>"
        + "<header><h1>Federal Office</h1><ul>" + menu + "</ul></header>"
        + "<div><h1>Messengers are no lawless space</h1><ul><li><span>Datum:</span>26. Januar 2022</li></ul>"
        + "<p>Text of the article.</p></div></body>";
    assertThat(new HtmlSource().read("t", "<html lang='de'>" + html, dev.winnow.Limits.DEFAULT).metadata().published())
        .isEqualTo("2022-01-26");
  }

  @Test
  void aDateLineThatCreditsFullNamesIsTheLastResortByline() {
    assertThat(byline("<body><h1>Variables and their home</h1><p class='text-muted'>11.12.2019 - Amelie Loevenich</p>"
        + "<p>Text of the article.</p></body>")).isEqualTo("Amelie Loevenich");
    assertThat(byline("<body><h1>Variables and their home</h1><p class='text-muted'>11.12.2019 - Berlin</p>"
        + "<p>Text of the article.</p></body>")).isEqualTo("null");
  }

  @Test
  void aDateInTheHeadlinesSmallPartIsRead() {
    assertThat(published("<html lang='de'><body><h1>Fans return to the halls<br><small><span class='icon'></span>"
        + " 02.02.2022 • Press</small></h1><p>Text of the article.</p></body>")).isEqualTo("2022-02-02");
  }

  @Test
  void onAPageWithoutATopHeadingTheFirstDateBoxesOutliveALongArchiveList() {
    String archive = "<li class='archive-date'>► 2014 (339)</li>".repeat(60);
    assertThat(published("<html lang='de'><body><h2 class='date-header'><span>Samstag, 5. Oktober 2013</span></h2>"
        + "<h3>Interview</h3><p>Text of the post.</p><ul>" + archive + "</ul></body>")).isEqualTo("2013-10-05");
  }

  @Test
  void aBoldAuthorLabelFarBelowTheHeadlineNamesTheAuthor() {
    String body = "<p>Paragraph of the article text.</p>".repeat(80);
    assertThat(byline("<body><h1>Micro wind power on boats</h1>" + body + "<a href='mailto:x'><div></div><b>Von:</b>"
        + "<br><br>Götz Warnke</a></body>")).isEqualTo("Götz Warnke");
    assertThat(byline("<body><h1>Micro wind power on boats</h1>" + body + "<p><b>Note:</b> Götz Warnke</p></body>"))
        .isEqualTo("null");
  }

  @Test
  void aDateLineJustAboveTheHeadlineCounts() {
    assertThat(published("<html lang='de'><body><div class='intro'><p class='subline'>\n      21. Jan 2022 // Ann Lee\n    </p>"
        + "<h1>Perfekte Schnitte</h1><p>Text.</p></div></body></html>")).isEqualTo("2022-01-21");
  }

  @Test
  void aLongLineAboveTheHeadlineIsNoDateLine() {
    assertThat(published("<html lang='de'><body><p class='teaser'>Am 21. Jan 2022 hat der Stadtrat nach langer Debatte "
        + "beschlossen, die Schulen zu sanieren</p><h1>Perfekte Schnitte</h1><p>Text.</p></body></html>")).isEqualTo("null");
  }

  @Test
  void aBoldLabelCreditsTheNamesAfterItOnItsLine() {
    assertThat(byline("<body><h1>Die Haubenfahrzeuge</h1><p>Der Text des Artikels.</p><p>(wird fortgesetzt)<br>"
        + "<strong>Text:</strong> Klausmartin Friedrich</p><p><strong>Fotos:</strong> Helmut Elstrodt</p></body>"))
        .isEqualTo("Klausmartin Friedrich");
  }

  @Test
  void anOpeningWordAloneCreditsTheNamesInTheNextBox() {
    assertThat(byline("<body><h1>New robot samples blood</h1><div><p class='label'><strong>By</strong></p></div>"
        + "<div><p class='full-name'>Todd Bates</p></div><p>Text.</p></body>")).isEqualTo("Todd Bates");
    assertThat(byline("<body><h1>New robot samples blood</h1><p><strong>By</strong></p>"
        + "<p>the way, this is a sentence.</p><p>Text.</p></body>")).isEqualTo("null");
  }

  @Test
  void anAuthorBoxThatLinksToTheFrontPageIsTheSitesMastheadNotTheByline() {
    assertThat(byline("<body><h1 class='vcard author'><a href='http://blog.example.org/'>Blog-Archiv</a></h1>"
        + "<div><h3 class='entry-title'>A post</h3><h4 class='vcard author'>vom <span class='fn'>Bloggerin</span></h4>"
        + "<p>Text of the post.</p></div></body>")).isEqualTo("Bloggerin");
  }
}
