package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Page;
import dev.winnow.filter.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewsletterPromptFilterTest {
  private final NewsletterPromptFilter filter = new NewsletterPromptFilter();

  private Page around(String block) {
    return Pages.run(filter, "The story starts with a sentence.\n\n" + block + "\n\nIt ends with another.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sign up to get the top stories every morning",
      "Get the morning headlines delivered to your inbox.",
      "SUBSCRIBE for daily news alerts",
      "Never miss a story: sign up for our newsletter.",
      "Never miss the latest news by signing up to our newsletter today!",
      "Subscribe now to our digital edition for the full story.",
      "Receive our weekly briefing every Friday",
      "Suscríbete y recibe las noticias más importantes del día",
      "Recibe nuestro boletín en tu correo",
      "Receba as principais notícias no seu e-mail",
      "Inscreva-se para receber as manchetes do dia",
      "Abonnez-vous pour recevoir les actualités du matin",
      "Recevez chaque soir notre lettre dans votre boîte",
      "Abonnieren Sie die wichtigsten Nachrichten des Tages",
      "Melden Sie sich an und erhalten Sie täglich die Schlagzeilen",
      "Iscriviti per ricevere le notizie del mattino",
      "Ricevi gli aggiornamenti nella tua casella di posta"})
  void removesPromptsInAnyWording(String prompt) {
    Page page = around(prompt);
    assertThat(Pages.removed(page)).containsExactly(prompt);
    assertThat(Pages.reason(page, prompt)).startsWith("newsletter prompt: ");
  }

  @Test
  void saysWhichWordsGaveItAway() {
    assertThat(NewsletterPromptFilter.evidence("Sign up to get the top stories every morning"))
        .isEqualTo("opens with 'sign up', offers 'stories'");
    assertThat(NewsletterPromptFilter.evidence("Never miss a story: sign up for our newsletter."))
        .isEqualTo("'sign up' and 'our', offers 'story'");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The newsletter reached 2 million readers.",
      "Subscribers get the news by email.",
      "Sign up for the free classes at the library.",
      "Subscribe to the podcast on Apple Podcasts or Spotify.",
      "Get out and vote on Tuesday.",
      "Readers who signed up for the alerts said they got them late.",
      "Los suscriptores reciben las noticias por correo.",
      "Die Leser erhalten die Nachrichten per Post.",
      "Sign up for the Disney+ bundle using the same email as your Hulu account",
      "You can also subscribe to this newsletter here — just tick the box."})
  void keepsProseThatMentionsTheWords(String prose) {
    assertThat(Pages.removed(around(prose))).isEmpty();
  }

  @Test
  void keepsParagraphs() {
    String paragraph = "Get the morning headlines delivered to your inbox, the editor wrote in a memo to staff "
        + "that announced the end of the print edition after ninety years.";
    assertThat(Pages.removed(around(paragraph))).isEmpty();
  }
}
