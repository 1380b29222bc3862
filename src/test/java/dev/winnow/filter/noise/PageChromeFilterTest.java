package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.analysis.Vocabulary;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageChromeFilterTest {
  private final PageChromeFilter filter = new PageChromeFilter();

  private Page around(String block) {
    return Pages.run(filter, "The story starts with a sentence.\n\n" + block + "\n\nIt ends with another.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Connect with us", "CONNECT WITH US", "Follow us", "Share", "Share this:", "Tweet",
      "Share on X", "Share via Email", "Facebook", "Twitter", "X", "Instagram", "LinkedIn", "WhatsApp", "YouTube", "TikTok",
      "Telegram", "Pinterest", "Reddit", "Email", "Print", "Copy link", "• Share", "Síguenos", "Compartir",
      "Compartilhar", "Partager", "Teilen", "Condividi", "Suivez-nous", "Folgen Sie uns", "Seguici"})
  void removesFollowAndShareWidgets(String widget) {
    Page page = around(widget);
    assertThat(Pages.removed(page)).containsExactly(widget);
    assertThat(Pages.labelled(page, Label.BOUNDARY)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Trending", "TRENDING:", "Trending now", "Most Read", "Most Popular", "Related",
      "Related articles", "You may also like", "You may also like...", "Latest News", "More from Reuters",
      "More in World", "Recommended", "Más leídas", "Lo más visto", "Te puede interesar", "Mais lidas",
      "Les plus lus", "Meistgelesen", "I più letti", "Mehr aus Politik"})
  void removesListHeadingsAndMarksThemAsBoundaries(String heading) {
    Page page = around(heading);
    assertThat(Pages.removed(page)).containsExactly(heading);
    assertThat(Pages.labelled(page, Label.BOUNDARY)).containsExactly(heading);
    assertThat(Pages.reason(page, heading)).startsWith("list heading '");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sign up for our newsletter", "Subscribe", "SUBSCRIBE NOW", "Suscríbete",
      "Assine nossa newsletter", "Abonnez-vous", "Newsletter abonnieren", "Iscriviti alla newsletter"})
  void removesNewsletterPrompts(String prompt) {
    assertThat(Pages.removed(around(prompt))).containsExactly(prompt);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Home", "About us", "Contact", "Privacy Policy", "Terms of Use", "Site Map", "Careers",
      "Quiénes somos", "Aviso legal", "Fale conosco", "Expediente", "Mentions légales", "Plan du site", "Impressum",
      "Datenschutzerklärung", "Chi siamo", "Note legali"})
  void removesSiteLinks(String link) {
    assertThat(Pages.removed(around(link))).containsExactly(link);
  }

  @ParameterizedTest
  @ValueSource(strings = {"See more", "Show More", "LOAD MORE", "View all", "See all", "Load more stories",
      "Mehr anzeigen", "Cargar más", "Voir plus", "Mostra altro", "Carregar mais"})
  void removesListControls(String control) {
    Page page = around(control);
    assertThat(Pages.removed(page)).containsExactly(control);
    assertThat(Pages.labelled(page, Label.BOUNDARY)).isEmpty();
  }

  @Test
  void keepsProseThatStartsLikeAListControl() {
    assertThat(Pages.removed(around("See more of the city from the new tower, which opens in May."))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"About | Careers | Contact | Terms | Privacy",
      "Terms of Service | Privacy Policy | Do Not Sell My Personal Information",
      "Contact Us | Advertise | Privacy Policy | Terms of Use", "Impressum · Datenschutz · Kontakt",
      "Home • Sport • Wetter • Kontakt", "| Aviso legal | Contacto |"})
  void removesRowsOfSiteLinks(String row) {
    Page page = around(row);
    assertThat(Pages.removed(page)).containsExactly(row);
    assertThat(Pages.reason(page, row)).startsWith("row of site links, ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Photo: AP | Reuters", "Home | Sport | Weather | Traffic | Schools",
      "Privacy | a word from the editor, who explains why the paper will no longer print names",
      "Contact"})
  void keepsRowsOfOtherThings(String row) {
    assertThat(Pages.reason(around(row), row)).doesNotStartWith("row of site links");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Page not found", "404 - Page not found", "Página no encontrada", "Página não encontrada",
      "Page introuvable", "Seite nicht gefunden", "Pagina non trovata"})
  void removesErrorPageNotices(String notice) {
    assertThat(Pages.removed(around(notice))).containsExactly(notice);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12 comments", "\uD83D\uDCAC 91", "1 Comment", "Comments (3)", "COMMENTS: 5", "0 Comentarios",
      "12 comentários", "3 commentaires", "Kommentare (4)", "3 commenti", "Leave a comment", "Comments",
      "Deja un comentario", "Laisser un commentaire"})
  void removesCommentWidgetsAndCounts(String widget) {
    assertThat(Pages.removed(around(widget))).containsExactly(widget);
  }

  @ParameterizedTest
  @ValueSource(strings = {"© 2024 Foo Media. All rights reserved.", "©2019 Ascom", "Copyright 2024 Foo Media",
      "Copyright (c) 2023 Bar Inc.", "(C) 2022 Baz", "Hearst Newspapers © Copyright Hearst Communications, Inc.",
      "Todos los derechos reservados.", "Tous droits réservés", "Alle Rechte vorbehalten.",
      "The contents of this site are ©2019 Capitol Hill Publishing Corp."})
  void removesCopyrightLines(String line) {
    Page page = around(line);
    assertThat(Pages.removed(page)).containsExactly(line);
    assertThat(Pages.reason(page, line)).isEqualTo("copyright line");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Follow us on this journey, the mayor said.",
      "Share prices fell sharply on Monday.",
      "Trending topics on X included the pact.",
      "He said on Facebook that he would run again.",
      "The newsletter reached 2 million readers.",
      "Subscribe to the idea that less is more, he wrote.",
      "12 comments were filed with the regulator.",
      "The EU now requires sites to ask before they set cookies.",
      "Most users accept cookies without reading the notice.",
      "Copyright law changed in 2019 after a long fight.",
      "Kim and Putin meet in Pyongyang as crowds cheer © Reuters",
      "More from the interview below.",
      "Related to the pact is a second agreement on energy.",
      "Más de 100 personas murieron.",
      "Contact with the crew was lost at 3 a.m.",
      "The page was not found in the archive.",
      "Home prices rose again."})
  void keepsProseThatMentionsTheWords(String prose) {
    Page page = around(prose);
    assertThat(Pages.removed(page)).isEmpty();
    assertThat(Pages.labelled(page, Label.BOUNDARY)).isEmpty();
  }

  @Test
  void takesExtendedVocabularies() {
    PageChromeFilter polish = new PageChromeFilter(Vocabulary.builtIn("chrome").plus("Udostępnij"),
        Vocabulary.builtIn("list-headings").plus("Najczęściej czytane"));
    Page page = Pages.run(polish, "Udostępnij\n\nStory.\n\nNajczęściej czytane");
    assertThat(Pages.removed(page)).containsExactly("Udostępnij", "Najczęściej czytane");
    assertThat(Pages.labelled(page, Label.BOUNDARY)).containsExactly("Najczęściej czytane");
  }

  @Test
  void worksOnHtmlBlocks() {
    Page page = Pages.html(new String[] {"Facebook", "Twitter", "WhatsApp"}, new String[] {"La noticia sigue aquí."},
        new String[] {"Lo más visto"});
    filter.apply(page);
    assertThat(Pages.kept(page)).containsExactly("La noticia sigue aquí.");
    assertThat(Pages.labelled(page, Label.BOUNDARY)).containsExactly("Lo más visto");
  }
}
