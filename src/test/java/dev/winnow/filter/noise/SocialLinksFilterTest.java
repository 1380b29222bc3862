package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Page;
import dev.winnow.filter.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SocialLinksFilterTest {
  private final SocialLinksFilter filter = new SocialLinksFilter();

  private Page around(String block) {
    return Pages.run(filter, "The story starts with a sentence.\n\n" + block + "\n\nIt ends with another.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Twitter Facebook", "twitter linkedin facebook instagram", "Facebook-f Linkedin-in Twitter",
      "Twitter Facebook Dribbble Behance Xing LinkedIn", "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
      "FOLLOW US Facebook Twitter Google Plus Instagram", "Follow us on linkedin youtube", "* Find us on Facebook",
      "Click to share on Twitter (Opens in new window)", "Síguenos en Instagram y TikTok", "Siga-nos no Instagram",
      "Suivez-nous sur LinkedIn", "Folgen Sie uns auf Instagram", "Seguici su Facebook", "Share on Facebook",
      "Share on Messenger", "Share this with Twitter", "Share with WhatsApp", "Share this on WhatsApp",
      "Twitter Copier le lien Partager E-mail", "E-Mail Twitter Link kopieren Teilen"})
  void removesFollowAndShareRows(String row) {
    Page page = around(row);
    assertThat(Pages.removed(page)).containsExactly(row);
    assertThat(Pages.reason(page, row)).startsWith("social links: ");
  }

  @Test
  void saysWhatGaveItAway() {
    assertThat(SocialLinksFilter.evidence("Follow us on linkedin youtube"))
        .isEqualTo("opens with 'follow us' (en), names [linkedin, youtube]");
    assertThat(SocialLinksFilter.evidence("Twitter Facebook"))
        .isEqualTo("2 of 2 words are networks [twitter, facebook]");
    assertThat(SocialLinksFilter.evidence("Twitter Copier le lien Partager E-mail"))
        .isEqualTo("a row of 4 share buttons");
    assertThat(SocialLinksFilter.evidence("Twitter Copier le lien de la vidéo")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Be sure to visit Arrowhead on Facebook, Twitter, and Instagram.",
      "He said on Facebook that he would run again.", "Facebook", "Email the editor with your questions",
      "Melania Trump sparks Twitter fury after FLOTUS hosts Billy Ray Cyrus",
      "Shares of Facebook and Twitter fell sharply on Monday after the report.",
      "Follow the money, the senator told reporters on Tuesday."})
  void keepsSentencesAboutSocialMedia(String text) {
    assertThat(Pages.removed(around(text))).isEmpty();
  }
}
