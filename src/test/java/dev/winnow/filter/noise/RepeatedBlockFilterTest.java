package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Container;
import dev.winnow.block.Page;
import dev.winnow.filter.Pages;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepeatedBlockFilterTest {
  private final RepeatedBlockFilter filter = new RepeatedBlockFilter();

  @Test
  void removesARunOfUnknownShortLinesRepeatedOnThePage() {
    String sponsors = "Banco Norte\nTienda Sol\nPromo Verano\n\n";
    String text = sponsors + "First story body, which ends a sentence.\n\n" + sponsors
        + "Second story body, also prose.\n\n" + sponsors;
    Page page = Pages.run(filter, text);
    assertThat(Pages.removed(page)).hasSize(9).containsOnly("Banco Norte", "Tienda Sol", "Promo Verano");
    assertThat(Pages.kept(page)).containsExactly("First story body, which ends a sentence.",
        "Second story body, also prose.");
    assertThat(Pages.reason(page, "Tienda Sol"))
        .isEqualTo("run of 3 short lines that recurs on the page (3 times): 'Banco Norte / Tienda Sol / Promo Verano'");
  }

  @Test
  void quotesOnlyTheStartOfALongRun() {
    String menu = "Home\nWorld\nSports\nBusiness\nOpinion\n\n";
    Page page = Pages.run(filter, menu + "Story.\n\n" + menu);
    assertThat(Pages.reason(page, "Home"))
        .isEqualTo("run of 5 short lines that recurs on the page (2 times): 'Home / World / Sports / \u2026'");
  }

  @Test
  void comparesRunsNormalized() {
    Page page = Pages.run(filter, "Home\nNews\n\nStory.\n\n• HOME\n• news");
    assertThat(Pages.removed(page)).containsExactly("Home", "News", "• HOME", "• news");
  }

  @Test
  void removesRepeatedSubRuns() {
    String text = "Banco Norte\nTienda Sol\nCiudad Nueva\n\nBody text.\n\nFerias\nBanco Norte\nTienda Sol\nMercado";
    Page page = Pages.run(filter, text);
    assertThat(Pages.removed(page)).containsExactly("Banco Norte", "Tienda Sol", "Banco Norte", "Tienda Sol");
  }

  @Test
  void keepsSingleRepeatedLinesLikeSectionLabels() {
    String text = """
        International

        Moscow and Pyongyang sign a pact.

        International

        Deportation flight lands in Caracas.

        International

        Miyazaki's style goes viral.
        """;
    assertThat(Pages.removed(Pages.run(filter, text))).isEmpty();
  }

  @Test
  void keepsRepeatedProse() {
    String quote = "\u201cThere is no credible mechanism to fight for each other,\u201d Cronin said.";
    String text = quote + "\nHe added more.\n\nMiddle.\n\n" + quote + "\nHe added more.";
    assertThat(Pages.removed(Pages.run(filter, text))).isEmpty();
  }

  @Test
  void keepsRepeatedShortSentences() {
    assertThat(Pages.removed(Pages.run(filter, "Yes.\nNo.\n\nBody.\n\nYes.\nNo."))).isEmpty();
  }

  @Test
  void doesNotJoinLinesOfDifferentGroups() {
    assertThat(Pages.removed(Pages.run(filter, "Alpha\n\nBeta\n\nAlpha\n\nBeta"))).isEmpty();
  }

  @Test
  void countsOverlappingSightingsOnce() {
    assertThat(Pages.removed(Pages.run(filter, "Go\nGo\nGo"))).isEmpty();
    assertThat(Pages.removed(Pages.run(filter, "Go\nGo\nGo\nGo"))).hasSize(4);
  }

  @Test
  void seesThroughBlocksAnEarlierFilterRemovedAndBareBullets() {
    Page page = Pages.text("Banco Norte\nAdvertisement\nTienda Sol\n\nBody.\n\nBanco Norte\n•\nTienda Sol");
    page.remove(page.block(1), "AdLabelFilter", "ad label");
    filter.apply(page);
    assertThat(Pages.removed(page)).containsExactly("Banco Norte", "Advertisement", "Tienda Sol", "Banco Norte", "•",
        "Tienda Sol");
  }

  @Test
  void worksOnHtmlContainers() {
    Page page = Pages.html(new String[] {"Home", "World", "Sports"}, new String[] {"A long paragraph of the story."},
        new String[] {"Home", "World", "Sports"});
    filter.apply(page);
    assertThat(Pages.kept(page)).containsExactly("A long paragraph of the story.");
  }

  @Test
  void keepsRepeatedTableCells() {
    Page page = Pages.html(Set.of(Container.TABLE), new String[] {"Yes", "No"}, new String[] {"Yes", "No"});
    filter.apply(page);
    assertThat(Pages.removed(page)).isEmpty();
  }

  @Test
  void keepsRepeatedLinesTheStoryItselfHolds() {
    Page page = Pages.html(Set.of(Container.ARTICLE), new String[] {"Meal 1", "Eat every 2 hours"},
        new String[] {"Meal 1", "Eat every 2 hours"});
    filter.apply(page);
    assertThat(Pages.removed(page)).isEmpty();
  }
}
