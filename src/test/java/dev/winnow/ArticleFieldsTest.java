package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.PageMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFieldsTest {

  @Test
  void aKickerRunIntoTheHeadlineGivesWayToTheStatedHeadline() {
    assertThat(ArticleFields.reconciled("Nach Corona-Lockerungen Autohäuser rechnen mit langsamem Anlauf",
        "Autohäuser rechnen mit langsamem Anlauf")).isEqualTo("Autohäuser rechnen mit langsamem Anlauf");
    assertThat(ArticleFields.reconciled("27.01.2022MineralölINFO November 2021", "MineralölINFO November 2021"))
        .isEqualTo("MineralölINFO November 2021");
  }

  @Test
  void aSubtitleRunIntoTheHeadlineGoesButASeparatedSecondPartStays() {
    assertThat(ArticleFields.reconciled("Deep-Fried Fish Cakes, Hot and Fresh Welcome to the North",
        "Deep-Fried Fish Cakes, Hot and Fresh")).isEqualTo("Deep-Fried Fish Cakes, Hot and Fresh");
    assertThat(ArticleFields.reconciled("Bericht zur Lage vom 22.04.2020 – worauf wartet die Politik?",
        "Bericht zur Lage vom 22.04.2020")).isEqualTo("Bericht zur Lage vom 22.04.2020 – worauf wartet die Politik?");
  }

  @Test
  void aLineOfAWordOrTwoThatOpensOrEndsTheStatedHeadlineIsCutShort() {
    assertThat(ArticleFields.reconciled("Enchufla", "Enchufla Figuren")).isEqualTo("Enchufla Figuren");
    assertThat(ArticleFields.reconciled("Stammtisch", "HE:Kassel/Stammtisch")).isEqualTo("HE:Kassel/Stammtisch");
    assertThat(ArticleFields.reconciled("Storm hits town", "Storm hits town again")).isEqualTo("Storm hits town");
    assertThat(ArticleFields.reconciled("Figuren", "Enchufla Figuren Kurs")).isEqualTo("Figuren"); // in the middle
    assertThat(ArticleFields.reconciled("[> Jens Weber", "Jens Weber")).isEqualTo("Jens Weber");
    assertThat(ArticleFields.reconciled("„Wir dekorieren um“", "\"Wir dekorieren um\"")).isEqualTo("„Wir dekorieren um“");
  }

  @Test
  void otherwiseTheLineStays() {
    assertThat(ArticleFields.reconciled("Storm closes schools", "Schools closed by storm"))
        .isEqualTo("Storm closes schools");
    assertThat(ArticleFields.reconciled("Big news: Storm", "Storm")).isEqualTo("Big news: Storm"); // too short
    assertThat(ArticleFields.reconciled("A long kicker of many words here Storm hits town", "Storm hits town"))
        .isEqualTo("A long kicker of many words here Storm hits town"); // the kicker is longer than the headline
    assertThat(ArticleFields.reconciled(null, "Stated")).isEqualTo("Stated");
    assertThat(ArticleFields.reconciled("Line", null)).isEqualTo("Line");
  }

  @Test
  void hugeInputIsLeftAlone() {
    String big = "x".repeat(1_000_000);
    assertThat(ArticleFields.reconciled(big + " Storm hits the town", "Storm hits the town")).startsWith("xxx");
  }

  private static PageMetadata stating(String headline) {
    return new PageMetadata(null, headline, null, null, List.of(), null, null, null, null, null, null, null);
  }

  @Test
  void theTextBeforeTheFirstHeadlineOfASplitHtmlPageTakesThePagesHeadline() {
    List<Article> split = List.of(new Article(null, null, null, null, null, List.of("Intro text.")),
        new Article("Second part", null, null, null, null, List.of("More text.")));
    List<Article> html = ArticleFields.settle(split, stating("Page headline"), InputKind.HTML);
    assertThat(html.get(0).headline()).isEqualTo("Page headline");
    assertThat(html.get(1).headline()).isEqualTo("Second part");
    assertThat(ArticleFields.settle(split, stating("Page headline"), InputKind.TEXT).get(0).headline()).isNull();
  }

  @Test
  void aParagraphThatOpensWithItsDateAndADashDatesTheArticle() {
    List<Article> one = List.of(new Article("Council cuts bioenergy", null, null, null, null,
        List.of("29.11.2022 \u2013 Again and again the industry had warned the council that the cap would hurt it.",
            "More text.")));
    assertThat(ArticleFields.settle(one, PageMetadata.EMPTY, InputKind.HTML).get(0).date()).isEqualTo("2022-11-29");
    List<Article> prose = List.of(new Article("Council cuts bioenergy", null, null, null, null,
        List.of("On 29.11.2022 the industry had warned the council again that the cap would hurt it.", "More.")));
    assertThat(ArticleFields.settle(prose, PageMetadata.EMPTY, InputKind.HTML).get(0).date()).isNull();
  }

  private static PageMetadata authored(String... authors) {
    return PageMetadata.EMPTY.withAuthors(List.of(authors));
  }

  private static String bylineOf(PageMetadata m, String... paragraphs) {
    return ArticleFields.settle(List.of(new Article("Council cuts bioenergy", null, null, null, null,
        List.of(paragraphs))), m, InputKind.HTML).get(0).byline();
  }

  @Test
  void aBareSignatureUnderTheLastSentenceIsTheByline() {
    assertThat(bylineOf(PageMetadata.EMPTY, "The council met.", "It cut the budget.", "Stefan Wasmer"))
        .isEqualTo("Stefan Wasmer");
    assertThat(bylineOf(PageMetadata.EMPTY, "The council met.", "Ann Lee", "Press officer of the council"))
        .isEqualTo("Ann Lee");
    // Not after a line that ends no sentence, nor with a function word or a capital inside a word.
    assertThat(bylineOf(PageMetadata.EMPTY, "The council met.", "Read more >>", "Karl Geiger")).isNull();
    assertThat(bylineOf(PageMetadata.EMPTY, "The council met.", "Contacting Us")).isNull();
    assertThat(bylineOf(PageMetadata.EMPTY, "The council met.", "Team ExoLabs")).isNull();
    assertThat(bylineOf(PageMetadata.EMPTY, "Stefan Wasmer", "The council met.", "It cut the budget.")).isNull();
  }

  @Test
  void aPersonNamedInTheBodyBeatsALoginOrAFirmStatedAsTheAuthor() {
    assertThat(bylineOf(authored("LN"), "The council met.", "Von Cosima K\u00fcnzel")).isEqualTo("Cosima K\u00fcnzel");
    assertThat(bylineOf(authored("Web Commerce GmbH"), "The council met.", "Alexandra Weber"))
        .isEqualTo("Alexandra Weber");
    assertThat(bylineOf(authored("LN"), "The council met.")).isEqualTo("LN");
    assertThat(bylineOf(authored("Ann Lee"), "The council met.", "Von Bo Kim")).isEqualTo("Ann Lee");
    assertThat(bylineOf(authored("Tobi"), "The council met.", "Von Bo")).isEqualTo("Tobi");
  }

  @Test
  void aSourceCreditAtTheFootBeatsTheSiteStatedAsTheAuthor() {
    PageMetadata site = authored("katholisch.at");
    assertThat(bylineOf(site, "The council met.", "It cut the budget.", "Quelle: kathpress")).isEqualTo("kathpress");
    assertThat(bylineOf(site, "The council met.", "Quelle: MDR TH\u00dcRINGEN/ls", "Dieses Thema im Programm"))
        .isEqualTo("MDR TH\u00dcRINGEN/ls");
    assertThat(bylineOf(PageMetadata.EMPTY, "The council met.", "Quelle: kathpress")).isEqualTo("kathpress");
    // A person stated, or a credit far from the foot, stays as it was.
    assertThat(bylineOf(authored("Ann Lee"), "The council met.", "Quelle: kathpress")).isEqualTo("Ann Lee");
    assertThat(bylineOf(site, "Quelle: kathpress", "The council met.", "It cut the budget.", "More."))
        .isEqualTo("katholisch.at");
  }

  @Test
  void wireCopyThatNamesNoOneIsCreditedToTheAgencyOfItsDateline() {
    assertThat(bylineOf(PageMetadata.EMPTY, "Hamburg (dpa/lno) \u2013 The council met on Monday.", "It cut the budget."))
        .isEqualTo("dpa/lno");
    assertThat(bylineOf(authored("Redaktion"), "Montpellier (SID) \u2013 The council met.", "More.")).isEqualTo("Redaktion");
    assertThat(bylineOf(authored("Ann Lee"), "Hamburg (dpa) \u2013 The council met.")).isEqualTo("Ann Lee");
  }
}
