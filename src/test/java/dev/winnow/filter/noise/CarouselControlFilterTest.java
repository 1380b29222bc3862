package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.analysis.Vocabulary;
import dev.winnow.block.Page;
import dev.winnow.filter.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CarouselControlFilterTest {
  private final CarouselControlFilter filter = new CarouselControlFilter();

  @ParameterizedTest
  @ValueSource(strings = {"previous arrow", "next arrow", "Previous", "NEXT", "Prev", "Prev / Next", "‹ ›", "« »",
      "❮ ❯", "❮❯", "←", "→", "<", ">", "Previous slide", "Next slide", "Slide 2 of 5", "SLIDE 10 OF 12", "1 / 6",
      "1/6", "1 of 6", "(3 of 10)", "Image 1 of 23", "Anterior", "Siguiente", "Foto 3 de 10", "Précédent",
      "Suivant", "Photo 2 sur 9", "Zurück", "Weiter", "Bild 1 von 6", "Precedente", "Successivo", "Próximo",
      "Próxima foto", "Go to slide 3"})
  void removesCarouselControls(String control) {
    Page page = Pages.run(filter, "Caption of the gallery, which stays.\n\n" + control);
    assertThat(Pages.removed(page)).containsExactly(control);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The next step is a vote.", "Next week the council votes.", "Previous attempts failed.",
      "7 of 5", "Step 1 of 6", "Part 2 of 3", "1 de mayo", "24/7", "0 of 3", "Anterior al acuerdo, el país dudaba.",
      "→ Read the report", "Weiter so, sagte sie."})
  void keepsWhatIsNoControl(String text) {
    assertThat(Pages.removed(Pages.run(filter, text))).isEmpty();
  }

  @Test
  void reasonsNameTheKindOfControl() {
    Page page = Pages.run(filter, "next arrow\n\n‹ ›\n\n2 of 5");
    assertThat(Pages.reason(page, "next arrow")).isEqualTo("carousel control 'next arrow' (en)");
    assertThat(Pages.reason(page, "‹ ›")).isEqualTo("carousel arrows '‹ ›'");
    assertThat(Pages.reason(page, "2 of 5")).isEqualTo("slide counter '2 of 5'");
  }

  @Test
  void removesMediaPlayerControlsAndTimes() {
    Page page = Pages.run(filter, "Now Playing\n\nVer video\n\n0:00 / 2:55\n\n1:02:10 / 1:45:00\n\nAt 5:30 / 6:00 the vote.");
    assertThat(Pages.removed(page)).containsExactly("Now Playing", "Ver video", "0:00 / 2:55", "1:02:10 / 1:45:00");
    assertThat(Pages.reason(page, "0:00 / 2:55")).isEqualTo("a media player's elapsed and total time '0:00 / 2:55'");
  }

  @Test
  void takesAnExtendedVocabulary() {
    CarouselControlFilter polish = new CarouselControlFilter(Vocabulary.builtIn("carousel").plus("Następny"));
    assertThat(Pages.removed(Pages.run(polish, "NASTĘPNY\n\nNext"))).containsExactly("NASTĘPNY", "Next");
  }

  @Test
  void worksOnHtmlBlocks() {
    Page page = Pages.html(new String[] {"❮", "Una foto del acuerdo.", "❯", "Diapositiva siguiente"});
    filter.apply(page);
    assertThat(Pages.removed(page)).containsExactly("❮", "❯", "Diapositiva siguiente");
  }
}
