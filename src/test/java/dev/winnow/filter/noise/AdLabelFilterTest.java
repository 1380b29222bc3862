package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Limits;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.block.Page;
import dev.winnow.filter.Pages;
import dev.winnow.source.HtmlSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdLabelFilterTest {
  private final AdLabelFilter filter = new AdLabelFilter();

  @ParameterizedTest
  @ValueSource(strings = {"Advertisement", "ADVERTISEMENTS", "advertisement", "Ad", "ADS", "Sponsored",
      "Sponsored Content", "Paid content", "Promoted", "Story continues below advertisement",
      "Article continues below advertisement", "Advertisement - Scroll to continue", "[Advertisement]",
      "- ADVERTISEMENT -", "Publicidad", "Anuncio", "Contenido patrocinado", "Patrocinado", "Publicidade",
      "Conteúdo patrocinado", "Publicité", "PUBLICITE", "Contenu sponsorisé", "Werbung", "Anzeige", "Gesponsert",
      "Pubblicità", "Annuncio", "Sponsorizzato", "» Publicidade"})
  void removesAdLabelsInEveryLanguage(String label) {
    Page page = Pages.run(filter, "Real news starts here and goes on.\n\n" + label + "\n\nAnd it ends here.");
    assertThat(Pages.removed(page)).containsExactly(label);
  }

  @Test
  void saysWhichLabelAndLanguageMatched() {
    Page page = Pages.run(filter, "PUBLICIDAD\n\nAnzeige");
    assertThat(Pages.reason(page, "PUBLICIDAD")).isEqualTo("ad label 'Publicidad' (es)");
    assertThat(Pages.reason(page, "Anzeige")).isEqualTo("ad label 'Anzeige' (de)");
    assertThat(page.decisions()).allMatch(d -> d.filter().equals("AdLabelFilter"));
  }

  @Test
  void anAdWordWithAWordThatSaysTheTextGoesOnIsALabelInAnyWording() {
    Page page = Pages.run(filter, "Weiterlesen nach der Anzeige\n\nAnuncio - sigue leyendo abajo\n\n"
        + "Advertisement spending rises\n\nThe ad was read by millions.");
    assertThat(Pages.removed(page)).containsExactly("Weiterlesen nach der Anzeige", "Anuncio - sigue leyendo abajo");
  }

  @Test
  void keepsProseThatMentionsAds() {
    String text = """
        The advertisement campaign ran all summer.

        Ad hoc committees met on Tuesday.

        Publicidad engañosa: the regulator fined three firms.

        Sponsored by the city, the race drew 4,000 runners.

        Werbung im Fernsehen ist teuer geworden.
        """;
    assertThat(Pages.removed(Pages.run(filter, text))).isEmpty();
  }

  @Test
  void removesLabelsInsideARunOfShortLines() {
    Page page = Pages.run(filter, "Advertisement\nbanner-728x90\nCEL\n\nBody text of the story, long enough.");
    assertThat(Pages.removed(page)).containsExactly("Advertisement");
  }

  @Test
  void takesAnExtendedVocabulary() {
    AdLabelFilter polish = new AdLabelFilter(Vocabulary.builtIn("ad-labels").plus("Reklama"));
    Page page = Pages.run(polish, "REKLAMA\n\nAdvertisement\n\nNews.");
    assertThat(Pages.removed(page)).containsExactly("REKLAMA", "Advertisement");
    assertThat(Pages.reason(page, "REKLAMA")).isEqualTo("ad label 'Reklama'");
  }

  @Test
  void worksOnHtmlBlocks() {
    Page page = Pages.html(new String[] {"Publicité", "Le gouvernement a annoncé une réforme."}, new String[] {"Ad"});
    filter.apply(page);
    assertThat(Pages.removed(page)).containsExactly("Publicité", "Ad");
  }

  @Test
  void worksOnPagesReadFromHtml() {
    Page page = new HtmlSource().read("h", "<body><p>Advertisement</p><p>The council voted on Tuesday.</p>"
        + "<div><p>Publicidad</p></div></body>", Limits.DEFAULT);
    filter.apply(page);
    assertThat(Pages.removed(page)).containsExactly("Advertisement", "Publicidad");
  }

  @Test
  void leavesAlreadyRemovedBlocksAlone() {
    Page page = Pages.text("Advertisement\n\nNews.");
    page.remove(page.block(0), "Earlier", "said so first");
    filter.apply(page);
    assertThat(page.decisions()).hasSize(1);
  }
}
