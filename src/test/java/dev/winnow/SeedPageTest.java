package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.filter.noise.AdLabelFilter;
import dev.winnow.filter.noise.BannerTokenFilter;
import dev.winnow.filter.noise.CarouselControlFilter;
import dev.winnow.filter.noise.ConsentNoticeFilter;
import dev.winnow.filter.noise.IdentifierLineFilter;
import dev.winnow.filter.noise.NewsletterPromptFilter;
import dev.winnow.filter.noise.PageChromeFilter;
import dev.winnow.filter.noise.PhotoCreditFilter;
import dev.winnow.filter.noise.PlaceholderFilter;
import dev.winnow.filter.noise.ReadMoreStubFilter;
import dev.winnow.filter.noise.RepeatedBlockFilter;
import dev.winnow.filter.noise.SiteNameFilter;
import dev.winnow.filter.noise.SocialLinksFilter;
import dev.winnow.filter.noise.TeaserListFilter;
import dev.winnow.filter.noise.WidgetRemainderFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The noise filters of the news preset over the seed page: exactly the ad runs, carousel
 * controls, stubs and chrome go, and every line of the four articles stays.
 */
class SeedPageTest {
  /** The noise filters, in the preset's order; structure filters come after them. */
  private static final List<Filter> NOISE = List.of(new ReadMoreStubFilter(), new AdLabelFilter(),
      new BannerTokenFilter(), new IdentifierLineFilter(), new PlaceholderFilter(), new PhotoCreditFilter(),
      new CarouselControlFilter(), new PageChromeFilter(), new SiteNameFilter(), new SocialLinksFilter(),
      new ConsentNoticeFilter(), new NewsletterPromptFilter(), new TeaserListFilter(), new RepeatedBlockFilter(),
      new WidgetRemainderFilter());

  private static final List<String> BANNERS_728 = List.of("20250301_vacunacion_vph-728x90",
      "20241211_mh_noexigencia_dui_728x90", "20231124_etesal_728x90_1", "20230601_agenda_primera_infancia_728X90",
      "domfuturo_netview-728x90", "20240604_dom_728x90");

  private static final List<String> BANNERS_300 = List.of("20250301_vacunacion_vph-300x250",
      "20241211_mh_noexigencia_dui_300x250", "20231124_etesal_300x250_1", "20230601_agenda_primera_infancia_300X250");

  private static Page page;

  @BeforeAll
  static void run() throws IOException {
    String seed = Files.readString(Path.of("testdata/seed/seed-page.txt"), StandardCharsets.UTF_8);
    page = Pipeline.of(NOISE).clean(Input.text(seed));
  }

  @Test
  void removesExactlyTheNoise() {
    List<String> expected = new ArrayList<>();
    expected.add("Connect with us");
    expected.addAll(Collections.nCopies(4, "Continue Reading"));
    expected.addAll(Collections.nCopies(5, "Advertisement"));
    for (int i = 0; i < 4; i++) {
      expected.addAll(BANNERS_728);
    }
    expected.addAll(BANNERS_300);
    expected.addAll(Collections.nCopies(4, "CEL"));
    expected.add("MARN1");
    expected.addAll(Collections.nCopies(4, "previous arrow"));
    expected.addAll(Collections.nCopies(4, "next arrow"));
    expected.add("Trending");
    List<String> removed = page.blocks().stream().filter(page::isRemoved).map(Block::text).toList();
    assertThat(removed).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void keepsEveryArticleLine() {
    List<String> kept = page.kept().stream().map(Block::text).toList();
    assertThat(kept).filteredOn("International"::equals).hasSize(4);
    assertThat(kept).contains(
        "The new Moscow-Pyonyang pact, a headache for the United States and allies\u2026 and for Beijing",
        "Deportation flight lands in Venezuela; government denies criminal gang links",
        "Son of journalist Jos\u00e9 Rub\u00e9n Zamora condemns father\u2019s return to prison as \u201cillegal\u201d",
        "Guatemalan court decides Wednesday whether to convict journalist Jos\u00e9 Rub\u00e9n Zamora",
        "Miyazaki\u2019s style goes viral with AI but at what cost?",
        "\u201cYes, there is a mute desire to show solidarity in opposition to a world order led by the United "
            + "States,\u201d Cronin said.",
        "Central News");
    // Every block that is not noise is a headline, the dek, a section label, the site name or prose.
    assertThat(kept).hasSize(page.size() - 52);
    assertThat(kept).allMatch(t -> t.length() > 20 || t.equals("International") || t.equals("Central News"));
  }

  @Test
  void labelsStubsAndTheListBoundary() {
    assertThat(page.blocks().stream().filter(b -> page.has(b, Label.STUB)).map(Block::text))
        .containsExactly("Continue Reading", "Continue Reading", "Continue Reading", "Continue Reading");
    assertThat(page.blocks().stream().filter(b -> page.has(b, Label.BOUNDARY)).map(Block::text))
        .containsExactly("Trending");
  }

  @Test
  void everyRemovalSaysWhoAndWhy() {
    for (Block b : page.blocks()) {
      page.removal(b).ifPresent(d -> {
        assertThat(d.filter()).isNotBlank();
        assertThat(d.reason()).isNotBlank();
      });
    }
    assertThat(page.removal(page.blocks().stream().filter(b -> b.text().equals("CEL")).findFirst().orElseThrow()))
        .get().extracting(d -> d.filter()).isEqualTo("BannerTokenFilter");
  }

  @Test
  void aPageOfManySeedsLosesTheNoiseOfEach() throws IOException {
    // How the cost grows with such a page is LinearityTest's "copies of the seed page".
    String seed = Files.readString(Path.of("testdata/seed/seed-page.txt"), StandardCharsets.UTF_8);
    String big = (seed + "\n\n").repeat(20);
    Page bigPage = Pipeline.of(NOISE).clean(Input.text(big));
    assertThat(bigPage.size() - bigPage.kept().size()).isEqualTo(20 * 52);
  }

  @Test
  void thePresetStartsWithTheseNoiseFilters() {
    List<String> preset = Presets.newsFilters().stream().map(Filter::name).toList();
    List<String> noise = NOISE.stream().map(Filter::name).toList();
    assertThat(preset.subList(0, noise.size())).isEqualTo(noise);
  }
}
