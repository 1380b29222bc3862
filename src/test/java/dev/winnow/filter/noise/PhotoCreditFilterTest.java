package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Page;
import dev.winnow.filter.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoCreditFilterTest {
  private final PhotoCreditFilter filter = new PhotoCreditFilter();

  private Page around(String block) {
    return Pages.run(filter, "The story starts with a sentence.\n\n" + block + "\n\nIt ends with another.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Photo: Damian Dovarganes, AP", "PHOTO: Getty Images", "Photo: Getty Images.",
      "Photo credit: Jane Roe", "Photos: Million-dollar cars for auction", "Foto: dpa", "Foto: Efe",
      "Crédit photo : AFP", "Crédits photos : Bestimage", "Titelbild: Geyres Christophe/ABACA/picture-alliance", "Bild: Keystone", "Imagem: Agência Brasil", "Photo by Jason Kempin/Getty Images",
      "Images by Getty Images and US Presswire", "Image copyright Getty Images", "Foto de Juan Pérez",
      "Foto von Moritz Bachmann", "Alex Wong | Getty Images", "Natalie Naccache | Bloomberg | Getty Images",
      "Getty Images", "Jupiterimages, Getty Images/Creatas RF", "Jane Roe/Shutterstock"})
  void removesPhotoCredits(String credit) {
    Page page = around(credit);
    assertThat(Pages.removed(page)).containsExactly(credit);
    assertThat(Pages.reason(page, credit)).startsWith("photo credit: ");
  }

  @Test
  void saysWhatGaveItAway() {
    assertThat(PhotoCreditFilter.evidence("Foto: dpa")).isEqualTo("opens with 'Foto' (es, pt, de, it)");
    assertThat(PhotoCreditFilter.evidence("Alex Wong | Getty Images"))
        .isEqualTo("names the picture agency 'Getty Images'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"(Image credit: All About Space)", "[Photo: AP]",
      "Photo finishes decided three of the races on Sunday.", "Photos of the flood spread quickly on social media.",
      "Image is everything, the candidate said, and he meant it: his campaign spent millions on it.",
      "Reuters", "AP", "Getty Images said it would appeal the ruling in the London court next year.",
      "Credit card debt rose again", "Photography", "Image"})
  void keepsCaptionsProseAndBracketedCredits(String text) {
    assertThat(Pages.removed(around(text))).isEmpty();
  }
}
