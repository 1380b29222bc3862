package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Page;
import dev.winnow.filter.Pages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BannerTokenFilterTest {
  private final BannerTokenFilter filter = new BannerTokenFilter();

  @ParameterizedTest
  @ValueSource(strings = {"728x90", "300x250", "970x250", "320x50", "300x600", "160x600", "468x60", "336x280",
      "970x90", "300x50", "320x100", "250x250", "200x200", "120x600", "728x250", "240x400", "125x125",
      "20250301_vacunacion_vph-728x90", "20231124_etesal_728x90_1", "agenda_primera_infancia_728X90",
      "promo-300×250-v2", "leaderboard_970x250.jpg", "sky-160x600.png", "box300x250.gif", "mpu-300x250_2.webp",
      "dom_728x90"})
  void recognizesBannerNamesWithAdSizes(String token) {
    assertThat(BannerTokenFilter.isBannerToken(token)).isTrue();
    Page page = Pages.run(filter, "Story text, which stays.\n\n" + token);
    assertThat(Pages.removed(page)).containsExactly(token);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1920x1080", "photo-800x450.jpg", "kid-640x360.jpg", "4x100", "2x2", "007x90",
      "The 728x90 banner is the standard.", "300x250 ads", "COVID-19", "v2.0", "x728x", "728x", "x90",
      "300x251", "733x91", "report_2024.pdf"})
  void rejectsWhatIsNoBannerName(String text) {
    assertThat(BannerTokenFilter.isBannerToken(text)).isFalse();
  }

  @Test
  void adSidesAndShapesFollowTheIabGrid() {
    assertThat(BannerTokenFilter.isAdSide("728", 0, 3)).isEqualTo(728);
    assertThat(BannerTokenFilter.isAdSide("0728", 0, 4)).isEqualTo(-1);
    assertThat(BannerTokenFilter.isAdSide("20", 0, 2)).isEqualTo(-1);
    assertThat(BannerTokenFilter.isAdShape(728, 90)).isTrue();
    assertThat(BannerTokenFilter.isAdShape(300, 250)).isTrue();
    assertThat(BannerTokenFilter.isAdShape(160, 600)).isTrue();
    assertThat(BannerTokenFilter.isAdShape(800, 600)).isFalse();
    assertThat(BannerTokenFilter.isAdShape(640, 360)).isFalse();
  }

  @Test
  void removesSponsorCodesInsideAnAdRun() {
    String text = """
        Body paragraph of the story, which stays.

        Advertisement
        banner_728x90
        CEL
        previous arrow

        More body text.
        """;
    Page page = Pages.run(filter, text);
    assertThat(Pages.removed(page)).containsExactly("banner_728x90", "CEL");
    assertThat(Pages.reason(page, "CEL")).contains("sponsor code 'CEL'");
  }

  @Test
  void removesSponsorCodesRightNextToAnAdRun() {
    Page page = Pages.html(new String[] {"Anzeige", "werbung_300x250"}, new String[] {"MARN1"},
        new String[] {"Der Bericht geht weiter."});
    filter.apply(page);
    assertThat(Pages.removed(page)).containsExactly("werbung_300x250", "MARN1");
  }

  @Test
  void keepsCapitalsAwayFromAds() {
    String text = """
        NATO

        The alliance met in Brussels on Tuesday.

        CEL
        UPDATE
        The minister spoke briefly.

        Advertisement

        Text.

        USA
        """;
    assertThat(Pages.removed(Pages.run(filter, text))).isEmpty();
  }

  @Test
  void sponsorCodesLookLikeShortCapitalTokens() {
    assertThat(BannerTokenFilter.isSponsorCode("CEL")).isTrue();
    assertThat(BannerTokenFilter.isSponsorCode("MARN1")).isTrue();
    assertThat(BannerTokenFilter.isSponsorCode("Cel")).isFalse();
    assertThat(BannerTokenFilter.isSponsorCode("1MARN")).isFalse();
    assertThat(BannerTokenFilter.isSponsorCode("SUPERLONGCODE")).isFalse();
    assertThat(BannerTokenFilter.isSponsorCode("CEL.")).isFalse();
    assertThat(BannerTokenFilter.isSponsorCode("A")).isFalse();
  }

  /** A width and a height: whole digit runs on either side of an x, X or ×. */
  private static final Pattern SIZE = Pattern.compile("(?<![0-9])([0-9]+)[xX\u00d7]([0-9]+)");

  @Property
  void findsTheFirstAdSizedPairOfDigitRuns(@ForAll("sizeLikeTokens") String token) {
    assertThat(BannerTokenFilter.findSize(token)).isEqualTo(firstAdSize(token));
  }

  /** findSize by its definition: every pair of digit runs around a times sign, left to right. */
  private static int firstAdSize(String s) {
    Matcher m = SIZE.matcher(s);
    int from = 0;
    while (m.find(from)) {
      int w = BannerTokenFilter.isAdSide(s, m.start(1), m.end(1));
      int h = BannerTokenFilter.isAdSide(s, m.start(2), m.end(2));
      if (w > 0 && h > 0 && BannerTokenFilter.isAdShape(w, h)) {
        return m.start(1);
      }
      // The height may be the width of the next pair.
      from = m.end(1);
    }
    return -1;
  }

  @Provide
  Arbitrary<String> sizeLikeTokens() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789xX\u00d7_-a").ofMaxLength(30),
        Arbitraries.strings().withChars("0235789x_").ofMaxLength(16),
        Arbitraries.of("728x90", "300x250", "160x600", "30x300x250", "0728x90", "7280x90", "x300x250", "300x250x")
            .flatMap(size -> Arbitraries.strings().withChars("09x_a").ofMaxLength(6).map(pre -> pre + size)));
  }
}
