package dev.winnow.filter.structure;

import static dev.winnow.filter.TextPages.find;
import static dev.winnow.filter.TextPages.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.InputKind;
import dev.winnow.PageKind;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.block.PageMetadata;
import dev.winnow.filter.TextPages;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentClassFilterTest {
  private final ContentClassFilter filter = new ContentClassFilter();

  @Test
  void labelsProseAndRemovesMenusWithTheNumbers() {
    Page page = read(TextPages.ARTICLE_PAGE);
    filter.apply(page);
    Block prose = find(page, "The city council");
    assertThat(page.has(prose, Label.CONTENT)).isTrue();
    Block menu = find(page, "* Home");
    assertThat(page.isRemoved(menu)).isTrue();
    assertThat(page.removal(menu).orElseThrow().reason())
        .isEqualTo("bad: 1 word, stopword density 0.00, list item, list item that ends no sentence");
    assertThat(page.isRemoved(find(page, "\u00a9 2019"))).isTrue();
    assertThat(page.isRemoved(find(page, "* Man arrested"))).isTrue();
  }

  @Test
  void shortLineBetweenGoodParagraphsIsGood() {
    Page page = read(TextPages.P1 + "\n\nA sub-heading\n\n" + TextPages.P2 + "\n\n" + TextPages.P3 + "\n");
    filter.apply(page);
    Block heading = find(page, "A sub-heading");
    assertThat(page.has(heading, Label.CONTENT)).isTrue();
    assertThat(page.decisions()).anySatisfy(d -> assertThat(d.reason()).startsWith("short, good by its neighbours"));
  }

  @Test
  void listOfShortLinesInsideTheTextIsBad() {
    Page page = read(TextPages.P1 + "\n\nRelated\n\nFirst story title\n\nSecond story title\n\nThird story title\n\n"
        + TextPages.P2 + "\n");
    filter.apply(page);
    assertThat(page.isRemoved(find(page, "Second story"))).isTrue();
    assertThat(page.has(find(page, "Officials said"), Label.CONTENT)).isTrue();
  }

  @Test
  void judgesSpanishProseByItsOwnStopwords() {
    Page page = read(TextPages.SPANISH_PAGE);
    filter.apply(page);
    assertThat(page.has(find(page, "El ayuntamiento de la"), Label.CONTENT)).isTrue();
    assertThat(page.isRemoved(find(page, "* Detenido"))).isTrue();
  }

  @Test
  void relaxesOnAPageWithLittleProse() {
    Page page = read("* Home\n* News\n\nShort story here, told in two lines of text for the reader.\n\n"
        + "It has a second paragraph that is also quite short, as such stories are.\n\n* About\n* Contact\n");
    filter.apply(page);
    Block first = find(page, "Short story");
    assertThat(page.has(first, Label.CONTENT)).isTrue();
    assertThat(page.decisions()).anySatisfy(d -> assertThat(d.reason()).contains("relaxed thresholds"));
  }

  @Test
  void onAListingRemovesOnlyPlaceholders() {
    Page page = read("[logo]\n\nInternational\n\nA headline of a story\n\n" + TextPages.P1 + "\n\nContinue Reading\n");
    page.setKind(PageKind.LISTING, "test", "given");
    filter.apply(page);
    assertThat(TextPages.keptTexts(page)).containsExactly("International", "A headline of a story", TextPages.P1,
        "Continue Reading");
  }

  @Test
  void leavesBlocksOtherFiltersDecidedAlone() {
    Page page = read("Some Label\n\n" + TextPages.P1 + "\n\n* Home\n");
    page.label(page.block(0), Label.SECTION, "test", "given");
    page.remove(page.block(2), "test", "given");
    filter.apply(page);
    assertThat(page.isKept(page.block(0))).isTrue();
    assertThat(page.removal(page.block(2)).orElseThrow().filter()).isEqualTo("test");
  }

  @Test
  void leavesHtmlPagesAlone() {
    Page page = new Page("t", InputKind.HTML, List.of(new Block(0, "* Home", 0, 1)), PageMetadata.EMPTY);
    filter.apply(page);
    assertThat(page.decisions()).isEmpty();
  }

  @Test
  void settingsAreCheckedAndCopied() {
    ContentClassFilter.Settings s = ContentClassFilter.Settings.DEFAULT.withGoodMinWords(40);
    assertThat(s.goodMinWords()).isEqualTo(40);
    assertThat(ContentClassFilter.Settings.DEFAULT.goodMinWords()).isEqualTo(30);
    assertThat(s.relaxed().goodMinWords()).isEqualTo(s.shortMaxWords() + 1);
    assertThatThrownBy(() -> s.withShortMaxWords(50)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.withStopwords(0.5, 0.2)).isInstanceOf(IllegalArgumentException.class);
  }
}
