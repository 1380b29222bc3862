package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.analysis.Vocabulary;
import dev.winnow.block.Container;
import dev.winnow.block.Page;
import dev.winnow.filter.Pages;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierLineFilterTest {
  private final IdentifierLineFilter filter = new IdentifierLineFilter();

  private Page around(String block) {
    return Pages.run(filter, "The story starts with a sentence.\n\n" + block + "\n\nIt ends with another.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"gam_div_inline_1", "hb_native_card_realty_01", "lp_article_pave_3", "AD_SLOT_TOP",
      "top_banner", "a_1", "mtr-articolo-box-2", "div-gpt-ad-1234567-0", "slot-mid-3", "ferrovia_viadotto_01.jpg",
      "IMG2041.JPG", "photo.jpeg", "viaduct-view.webp", "clip.mp4", "dsc-0042.png"})
  void removesIdentifiersAndMediaFileNames(String token) {
    assertThat(IdentifierLineFilter.evidence(token)).isNotNull();
    Page page = around(token);
    assertThat(Pages.removed(page)).containsExactly(token);
    assertThat(Pages.reason(page, token)).startsWith("a single code identifier or file name (");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X", "2024", "9/11", "COVID-19", "Covid-19-Pandemie", "Jean-Pierre", "e-mail",
      "mother-in-law", "state-of-the-art", "2025-03-12", "1-0-1", "U.S.", "A.I.", "Node.js", "Amazon.com",
      "report.pdf", "H5N1", "B-52", "box-2", "F-35A", "v2.0", "_", "__init", "--x-1", "Grünen-Chef", "#hash_tag",
      "@some_user", "self-driving", "2024-25", "jpg", ".jpg"})
  void keepsWordsNumbersAndNames(String text) {
    assertThat(IdentifierLineFilter.evidence(text)).isNull();
    assertThat(Pages.removed(around(text))).isEmpty();
  }

  @Test
  void saysWhatGaveItAway() {
    assertThat(IdentifierLineFilter.evidence("ferrovia_viadotto_01.jpg")).isEqualTo("a .jpg file");
    assertThat(IdentifierLineFilter.evidence("lp_article_pave_3")).isEqualTo("an underscore");
    assertThat(IdentifierLineFilter.evidence("mtr-articolo-box-2")).isEqualTo("4 hyphen-joined segments with a digit");
  }

  @Test
  void keepsIdentifiersInsideProse() {
    String prose = "The ad server filled the slot gam_div_inline_1 with a house ad.";
    assertThat(Pages.removed(around(prose))).isEmpty();
  }

  @Test
  void leavesTableAndCodeCellsAlone() {
    Page page = Pages.html(Set.of(Container.PRE), new String[] {"max_retries", "photo.jpg"});
    filter.apply(page);
    assertThat(Pages.removed(page)).isEmpty();
  }

  @Test
  void takesOtherExtensions() {
    IdentifierLineFilter docs = new IdentifierLineFilter(Vocabulary.of("pdf"));
    assertThat(Pages.removed(Pages.run(docs, "Text.\n\nannual-report.PDF\n\nphoto.jpg")))
        .containsExactly("annual-report.PDF");
  }
}
