package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Limits;
import dev.winnow.PageKind;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.source.TextSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTeaserFilterTest {
  private static final String BODY =
      "The council voted on Tuesday to extend the program for another two years, officials said.";

  private static List<String> removed(String text) {
    Page page = new TextSource().read("t", text, Limits.DEFAULT);
    page.setKind(PageKind.LISTING, "test", "a listing");
    new InlineTeaserFilter().apply(page);
    return page.blocks().stream().filter(page::isRemoved).map(Block::text).toList();
  }

  @Test
  void labelColonTitleInsideABodyGoesInAnyLanguage() {
    assertThat(removed(BODY + "\n\nSEE ALSO: Council approves the budget after a long night\n\n" + BODY))
        .containsExactly("SEE ALSO: Council approves the budget after a long night");
    assertThat(removed(BODY + "\n\nTe puede interesar: Nadal keeps Spain alive in the final\n\n" + BODY))
        .hasSize(1);
    assertThat(removed(BODY + "\n\nAuch interessant: Wie die Stadt ihre Busse umstellt\n\n" + BODY)).hasSize(1);
  }

  @Test
  void onHtmlPagesOnlyALinkedSeeAlsoLineGoes() {
    String html = "<article><p>" + BODY + "</p><p>Read more: <a href='/s'>Council approves the budget after a long night</a></p>"
        + "<p>Mira: <a href='/v'>Nadal keeps Spain alive in the final</a></p>"
        + "<p>Read more: the council will meet again in the spring, after the elections.</p><p>" + BODY + "</p></article>";
    Page page = dev.winnow.filter.HtmlPages.run(html, new InlineTeaserFilter());
    assertThat(page.blocks().stream().filter(page::isRemoved).map(Block::text).toList()).containsExactly(
        "Read more: Council approves the budget after a long night", "Mira: Nadal keeps Spain alive in the final");
  }

  @Test
  void proseSubHeadingsAndScoresStay() {
    assertThat(removed(BODY + "\n\nNote: the game was called off after the storm hit the city.\n\n" + BODY)).isEmpty();
    assertThat(removed(BODY + "\n\nOur partner: eZ Systems\n\n" + BODY)).isEmpty();
    assertThat(removed(BODY + "\n\nBlue bin: paper, cardboard and cartons\n\n" + BODY)).isEmpty();
    assertThat(removed(BODY + "\n\nWild 4, Sabres 1: Zach Parise scored twice in the win\n\n" + BODY)).isEmpty();
  }

  @Test
  void aSpeakerWhoTalksTwiceIsNoTeaser() {
    assertThat(removed(BODY + "\n\nProf. Carlos: E agora estamos aqui aprontando o qu\u00ea?\n\n"
        + "Eug\u00eanio: Estamos fazendo uma s\u00e9rie de brincadeiras\n\n"
        + "Prof. Carlos: Eles v\u00e3o dar a voc\u00eas uma pequena amostra\n\n"
        + "Eug\u00eanio: Pessoal do blog, um abra\u00e7o e um beijo!\n\n" + BODY)).isEmpty();
  }

  @Test
  void theFirstLineUnderTheNextArticlesHeadlineIsNotInTheBodyAbove() {
    Page page = new TextSource().read("t", BODY + "\n\nBike and Style book review\n\n"
        + "Tested by: John Milbank RRP 49.95 Euro\n\n" + BODY, Limits.DEFAULT);
    page.setKind(PageKind.LISTING, "test", "a listing");
    page.label(page.block(1), dev.winnow.block.Label.HEADLINE, "test", "the next article's headline");
    new InlineTeaserFilter().apply(page);
    assertThat(page.blocks().stream().filter(page::isRemoved)).isEmpty();
  }

  @Test
  void aHeadlineAboveAnyProseIsLeftAlone() {
    assertThat(removed("Column: The merger sends a dismal signal for local news\n\n" + BODY)).isEmpty();
  }

  @Test
  void aStoryPageIsLeftToTheMainArticleSelection() {
    Page page = new TextSource().read("t", BODY + "\n\nQ: What are your hobbies and your plans?\n\n" + BODY,
        Limits.DEFAULT);
    page.setKind(PageKind.ARTICLE, "test", "one story");
    new InlineTeaserFilter().apply(page);
    assertThat(page.kept()).hasSize(3);
  }

  @Test
  void aSeeAlsoLabelGoesOnAStoryPageTooAndADashSetsItOff() {
    Page page = new TextSource().read("t", BODY + "\n\nLIRE AUSSI - Investors weigh the trade war\n\n" + BODY
        + "\n\nLeia também: Governo anuncia novo plano\n\n" + BODY, Limits.DEFAULT);
    page.setKind(PageKind.ARTICLE, "test", "one story");
    new InlineTeaserFilter().apply(page);
    assertThat(page.blocks().stream().filter(page::isRemoved).map(Block::text))
        .containsExactly("LIRE AUSSI - Investors weigh the trade war", "Leia também: Governo anuncia novo plano");
  }

  @Test
  void shape() {
    assertThat(InlineTeaserFilter.isTeaser(new Block(0, "Read more: Five things to know about the vote", 0, 1)))
        .isTrue();
    assertThat(InlineTeaserFilter.isTeaser(new Block(0, "read more: five things to know about it", 0, 1))).isFalse();
    assertThat(InlineTeaserFilter.isTeaser(new Block(0, "Related:", 0, 1))).isFalse();
    assertThat(InlineTeaserFilter.isTeaser(new Block(0, "Summary: Salina South won the event with 409.30.", 0, 1)))
        .isFalse(); // a sentence that ends in a number's full stop
  }
}
