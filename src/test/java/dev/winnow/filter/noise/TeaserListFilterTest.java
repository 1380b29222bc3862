package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.analysis.Vocabulary;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.filter.Pages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeaserListFilterTest {
  /** The filters whose labels and removals this one reads, in the preset's order. */
  private static final List<Filter> CHAIN = List.of(new ReadMoreStubFilter(), new AdLabelFilter(),
      new PageChromeFilter(), new TeaserListFilter());

  private static Page run(String text) {
    Page page = Pages.text(text);
    CHAIN.forEach(f -> f.apply(page));
    return page;
  }

  private static final String BEFORE = "The story starts with a sentence of prose, as stories do.\n\n";
  private static final String AFTER = "\n\nThe story goes on with another sentence.";

  @ParameterizedTest
  @ValueSource(strings = {"Sponsored content", "Paid post", "PROMOTED STORIES", "Conteúdo patrocinado",
      "Contenido patrocinado", "Contenu sponsorisé", "Gesponserte Inhalte", "Contenuti sponsorizzati"})
  void removesTeasersUnderASponsoredLabel(String label) {
    Page page = run(BEFORE + label + "\nFive mistakes even smart savers make\nThis simple trick cuts your bill"
        + AFTER);
    assertThat(Pages.kept(page)).containsExactly("The story starts with a sentence of prose, as stories do.",
        "The story goes on with another sentence.");
    assertThat(Pages.reason(page, "Five mistakes even smart savers make"))
        .startsWith("teaser under the sponsored label '");
  }

  @Test
  void everySponsoredLabelIsAnAdLabel() {
    // The label itself is AdLabelFilter's to remove; this filter takes what stands under it.
    Vocabulary ads = Vocabulary.builtIn("ad-labels");
    assertThat(Vocabulary.builtIn("sponsored-labels").phrases()).allMatch(ads::matches);
  }

  @Test
  void stopsTheSponsoredListAtProse() {
    String prose = "The council met on Tuesday and voted to approve the budget.";
    Page page = run(BEFORE + "Paid post\nRefinance now: rates from a leading lender\n" + prose);
    assertThat(Pages.kept(page)).contains(prose).doesNotContain("Refinance now: rates from a leading lender");
  }

  @Test
  void aLineThatIntroducesAListIsNoTeaser() {
    String intro = "The show opens on Friday. Here are some of the highlights:";
    Page page = run(BEFORE + "Patrocinado\n" + intro + "\nPatrocinado\nFive mistakes even smart savers make" + AFTER);
    assertThat(Pages.kept(page)).contains(intro).doesNotContain("Five mistakes even smart savers make");
  }

  @ParameterizedTest
  @ValueSource(strings = {"by Taboola", "por Taboola", "Recommended by Outbrain", "Sponsored Links by Taboola",
      "Empfohlen von Outbrain", "Taboola", "- by Revcontent -"})
  void removesWidgetCreditsAndTheTeasersAboveThem(String credit) {
    Page page = run(BEFORE + "Doctors stunned by this one habit\nThe car everyone is talking about\n" + credit + AFTER);
    assertThat(Pages.removed(page)).containsExactly("Doctors stunned by this one habit",
        "The car everyone is talking about", credit);
    assertThat(Pages.reason(page, credit)).isEqualTo("recommendation widget credit '" + credit + "'");
    assertThat(Pages.reason(page, "Doctors stunned by this one habit")).startsWith("teaser above the widget credit '");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Taboola shares fell 5 percent on Monday", "by the river", "Outbrain and Taboola merge",
      "Stories by Jane Roe"})
  void keepsWhatIsNoCredit(String line) {
    assertThat(Pages.removed(run(BEFORE + line + AFTER))).isEmpty();
  }

  @Test
  void takesTheItemsOfAListUnderAListHeading() {
    Page page = run(BEFORE + "Most Read\nHarbour festival returns with fireworks\nFerry timetable changes from Monday"
        + AFTER);
    assertThat(Pages.removed(page)).containsExactly("Most Read", "Harbour festival returns with fireworks",
        "Ferry timetable changes from Monday");
    assertThat(Pages.reason(page, "Ferry timetable changes from Monday"))
        .isEqualTo("item of the list under 'Most Read'");
  }

  @Test
  void leavesAListHeadingsRunAloneWhenProseFollowsInIt() {
    String prose = "The mayor said on Monday that the festival would return in June, with fireworks.";
    Page page = run(BEFORE + "Latest News\nHarbour festival returns\nFerry timetable changes\n" + prose + AFTER);
    assertThat(Pages.kept(page)).contains("Harbour festival returns", "Ferry timetable changes", prose);
  }

  @Test
  void turnsAReadMoreOverLinksIntoAReadAlsoBox() {
    Page page = run(BEFORE + "Leia mais\nGoverno anuncia linha de crédito\nExportações batem recorde em fevereiro"
        + AFTER);
    assertThat(Pages.removed(page)).containsExactly("Leia mais", "Governo anuncia linha de crédito",
        "Exportações batem recorde em fevereiro");
    assertThat(Pages.labelled(page, Label.STUB)).isEmpty();
    assertThat(Pages.reason(page, "Governo anuncia linha de crédito"))
        .isEqualTo("link under the read-more heading 'Leia mais'");
  }

  @Test
  void leavesAStubThatEndsATeaserAStub() {
    // Alone in its run, or over a single line: the stub closes the teaser above it.
    assertThat(Pages.labelled(run(BEFORE + "Read more" + AFTER), Label.STUB)).containsExactly("Read more");
    Page page = run(BEFORE + "Read more\nInternational" + AFTER);
    assertThat(Pages.labelled(page, Label.STUB)).containsExactly("Read more");
    assertThat(Pages.kept(page)).contains("International");
  }
}
