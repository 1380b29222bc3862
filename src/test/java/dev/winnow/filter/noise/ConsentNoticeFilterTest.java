package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Page;
import dev.winnow.filter.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentNoticeFilterTest {
  private final ConsentNoticeFilter filter = new ConsentNoticeFilter();

  private Page around(String block) {
    return Pages.run(filter, "The story starts with a sentence.\n\n" + block + "\n\nIt ends with another.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // Consent asked for.
      "We use cookies to improve your experience. Accept",
      "This website uses cookies. By continuing to browse you agree to our use of cookies.",
      "Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta su uso.",
      "Nous utilisons des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.",
      "Wir verwenden Cookies. Mit der Nutzung stimmen Sie zu.",
      // Purposes named, no consent word.
      "We and our partners use cookies and similar technologies to personalise content and ads and to analyse "
          + "our traffic.",
      "Nós e os nossos parceiros usamos cookies para personalizar anúncios e analisar o tráfego.",
      "Utilizziamo cookie e tecnologie simili per personalizzare i contenuti e analizzare il traffico.",
      "Wir und unsere Partner nutzen Cookies, um Werbung zu personalisieren.",
      "Nosotros y nuestros socios usamos cookies para personalizar la publicidad.",
      "Nous et nos partenaires utilisons des cookies pour mesurer l'audience."})
  void removesCookieNoticesInAnyWording(String notice) {
    Page page = around(notice);
    assertThat(Pages.removed(page)).containsExactly(notice);
    assertThat(Pages.reason(page, notice)).startsWith("cookie notice: '");
    assertThat(ConsentNoticeFilter.isNotice(notice)).isTrue();
  }

  @Test
  void saysWhichWordsGaveItAway() {
    Page page = around("We use cookies to improve your experience. Accept");
    assertThat(Pages.reason(page, "We use cookies to improve your experience. Accept"))
        .isEqualTo("cookie notice: 'cookies', 'we', 'accept', 'improve'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"We value your privacy", "Your privacy matters to us", "Votre vie privée nous importe",
      "Ihre Privatsphäre ist uns wichtig", "Tu privacidad es importante", "Sua privacidade", "La tua privacy",
      "We use cookies"})
  void removesTheHeadingOfANotice(String heading) {
    String notice = "We and our partners use cookies to personalise ads.";
    Page page = Pages.run(filter, "Story.\n\n" + heading + "\n" + notice + "\nAccept all\n\nMore story.");
    assertThat(Pages.removed(page)).containsExactly(heading, notice);
    assertThat(Pages.reason(page, heading)).startsWith("heading of a cookie notice: '");
  }

  @Test
  void takesAHeadingRightBeforeANoticeInTheNextRun() {
    Page page = Pages.run(filter, "Your privacy\n\nWe use cookies. Accept them or manage your settings.");
    assertThat(Pages.kept(page)).isEmpty();
  }

  @Test
  void countsNoticesOtherFiltersRemoved() {
    Page page = Pages.text("We value your privacy\nWe use cookies, accept them.\n\nStory.");
    page.remove(page.blocks().get(1), "test", "removed before");
    filter.apply(page);
    assertThat(Pages.kept(page)).containsExactly("Story.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The EU now requires sites to ask before they set cookies.",
      "Most users accept cookies without reading the notice.",
      "Our grandmother baked cookies for us every Sunday.",
      "Regulators said the partners shared cookies and traffic data without consent.",
      "Protect your privacy online",
      "Privacy advocates said we should worry.",
      "You can refuse cookies, the court said, and sites must let you."})
  void keepsProseAndHeadingsWithoutANotice(String prose) {
    assertThat(Pages.removed(around(prose))).isEmpty();
  }

  @Test
  void keepsLongTextsAboutCookies() {
    String article = "We use cookies, the regulator said, and you should accept that. ".repeat(12);
    assertThat(Pages.removed(around(article))).isEmpty();
  }
}
