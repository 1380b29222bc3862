package dev.winnow.filter.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Limits;
import dev.winnow.analysis.ArticleHeads;
import dev.winnow.analysis.DateLines;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.source.TextSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineFilterTest {
  private static final String BODY =
      "The council voted on Tuesday to extend the program for another two years, officials said.";

  private static Page run(String text) {
    Page page = new TextSource().read("t", text, Limits.DEFAULT);
    new HeadlineFilter().apply(page);
    return page;
  }

  private static List<String> labelled(Page page, Label label) {
    return page.blocks().stream().filter(b -> page.has(b, label)).map(Block::text).toList();
  }

  @Test
  void sectionHeadlineAndDekAtTheTopOfThePage() {
    Page page = run("World\n\nCourt delays ruling on border deal\n\nJudges will decide next week\n\n" + BODY);
    assertThat(labelled(page, Label.SECTION)).containsExactly("World");
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("Court delays ruling on border deal");
    assertThat(labelled(page, Label.DEK)).containsExactly("Judges will decide next week");
  }

  @Test
  void aLineThatIntroducesWhatFollowsOpensNoArticle() {
    // A colon line opens a list or a sub-heading of its own text; no section stands under it.
    Page page = run("World\n\nCourt delays ruling on border deal\n\n" + BODY + "\n\n" + BODY
        + " Here are the steps:\n\nHow to apply\n\nFill in the form online\n\n" + BODY);
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("Court delays ruling on border deal");
    assertThat(labelled(page, Label.SECTION)).containsExactly("World");
  }

  @Test
  void noTitleOpensMidSentenceOrEndsInAColonOrListsTags() {
    assertThat(ArticleHeads.isTitleLike(new Block(0, "dalam Shahih Al-Jami no. 178]", 0, 1))).isFalse();
    assertThat(ArticleHeads.isTitleLike(new Block(0, "iPhone sales fall again", 0, 1))).isTrue();
    assertThat(ArticleHeads.isTitleLike(new Block(0, "Three things the mayor said:", 0, 1))).isFalse();
    assertThat(ArticleHeads.isTitleLike(new Block(0, "Retiring early,Early retirement,Personal Finance", 0, 1)))
        .isFalse();
    assertThat(ArticleHeads.isTitleLike(new Block(0, "Paris, Berlin and Rome agree on rules", 0, 1))).isTrue();
  }

  @Test
  void aStoryLastLineOverAStubIsNoHeadEvenWithADekAndByline() {
    Page page = new TextSource().read("t", "World\n\nCourt delays ruling on border deal\n\n" + BODY + "\n\n"
        + BODY + "\n\nBut it is important to remember we are here to watch!\n\nRead more\n\n"
        + "The Guardian view on Hong Kong: a city on the brink\n\nBy Emily Carter\n\n" + BODY, Limits.DEFAULT);
    page.label(page.block(5), Label.STUB, "test", "a read-more stub");
    page.remove(page.block(5), "test", "a read-more stub");
    new HeadlineFilter().apply(page);
    assertThat(labelled(page, Label.HEADLINE))
        .containsExactly("Court delays ruling on border deal", "The Guardian view on Hong Kong: a city on the brink");
  }

  @Test
  void anEmbeddedPostOverItsAuthorIsNoHeadline() {
    Page page = run("World\n\nCourt delays ruling on border deal\n\n" + BODY + "\n\n"
        + "I love that they trademarked it. https://t.co/XPxUJuyIAC\n\n\u2014 Robert Maguire November 18, 2019\n\n"
        + BODY);
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("Court delays ruling on border deal");
  }

  @Test
  void aLeadInUnderTheBylineOpensTheBodyNotAnotherStory() {
    Page page = run("Espect\u00e1culos\n\nJames Van Der Beek leaves the dance show after bad news\n\n"
        + "Por Ana Torres\n\nFox News Flash top entertainment headlines for Nov. 19\n\n" + BODY);
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("James Van Der Beek leaves the dance show after bad news");
    assertThat(labelled(page, Label.BYLINE)).containsExactly("Por Ana Torres");
  }

  @Test
  void aReadingTimeUnderTheHeadlineGoesThoughItEndsInAFullStop() {
    Page page = run("Lokales\n\nWhat do you buy for the person who has everything?\n\nLesezeit: 7 Min.\n\n" + BODY);
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("What do you buy for the person who has everything?");
    assertThat(page.isRemoved(page.block(2))).isTrue();
  }

  @Test
  void aLineInCapitalsOrAFactBoxUnderTheHeadlineIsTheBodysFirstLineNotItsDek() {
    Page page = run("Sports\n\nSalina South diver wins the state title\n\nCLICK FOR FULL STATE SWIM RESULTS\n\n" + BODY
        + "\n\nBooks\n\nA book for every biker\n\nTested by: John Milbank RRP: 49.95 Euro More info: www.earbooks.net\n\n"
        + BODY);
    assertThat(labelled(page, Label.HEADLINE))
        .containsExactly("Salina South diver wins the state title", "A book for every biker");
    assertThat(labelled(page, Label.DEK)).isEmpty();
  }

  @Test
  void questionHeadlineWithoutSection() {
    Page page = run("Is the housing boom over?\n\n" + BODY);
    assertThat(labelled(page, Label.SECTION)).isEmpty();
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("Is the housing boom over?");
  }

  @Test
  void bylineAndDateUnderTheHeadline() {
    Page page = run("Storm closes schools across the region\n\nBy Jane Roe\n\nMarch 3, 2025\n\n" + BODY);
    assertThat(labelled(page, Label.BYLINE)).containsExactly("By Jane Roe");
    assertThat(labelled(page, Label.DATE)).containsExactly("March 3, 2025");
    assertThat(labelled(page, Label.DEK)).isEmpty();
  }

  @Test
  void recurringSectionOpensEveryArticle() {
    Page page = run("Economía\n\nSube el precio del café en los mercados\n\n" + BODY + "\n\n"
        + "Economía\n\nLa inflación baja por tercer mes consecutivo\n\n" + BODY);
    assertThat(labelled(page, Label.SECTION)).containsExactly("Economía", "Economía");
    assertThat(labelled(page, Label.HEADLINE)).hasSize(2);
  }

  @Test
  void subHeadingInsideABodyIsNotAHeadline() {
    Page page = run("Car makers show new models\n\n" + BODY + "\n\nNISSAN SENTRA\n\n" + BODY + "\n\nA hybrid for city drivers\n\n" + BODY);
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("Car makers show new models");
    assertThat(labelled(page, Label.SECTION)).isEmpty();
  }

  @Test
  void sentenceIsNeverAHeadline() {
    Page page = run("This is a sentence that ends.\n\n" + BODY);
    assertThat(labelled(page, Label.HEADLINE)).isEmpty();
  }

  @Test
  void leavesPagesAlone_whenAnEarlierFilterFoundTheHeadline() {
    Page page = new TextSource().read("t", "Menu\n\nReal headline here\n\n" + BODY, Limits.DEFAULT);
    page.label(page.block(1), Label.HEADLINE, "Earlier", "test");
    new HeadlineFilter().apply(page);
    assertThat(page.decisions()).hasSize(1);
  }

  @Test
  void headlineAfterAStubOpensTheNextArticle() {
    Page page = new TextSource().read("t", "First story title\n\n" + BODY + "\n\nRead more\n\nSecond story title\n\n" + BODY,
        Limits.DEFAULT);
    Block stub = page.block(2);
    page.remove(stub, "Stub", "test");
    page.label(stub, Label.STUB, "Stub", "test");
    new HeadlineFilter().apply(page);
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("First story title", "Second story title");
  }

  @Test
  void dateLines() {
    assertThat(DateLines.looksLikeDate("March 3, 2025")).isTrue();
    assertThat(DateLines.looksLikeDate("3 de marzo de 2025")).isTrue();
    assertThat(DateLines.looksLikeDate("2025-03-03 14:20")).isTrue();
    assertThat(DateLines.looksLikeDate("03/03/2025")).isTrue();
    assertThat(DateLines.looksLikeDate("Updated 12.05.2024, 10:31")).isTrue();
    assertThat(DateLines.looksLikeDate("May the force be with you")).isFalse();
    assertThat(DateLines.looksLikeDate("In 2025 the plan")).isFalse();
  }

  @Test
  void mastheadInARunWithRemovedMenuIsNotASection() {
    Page page = new TextSource().read("t", "The Daily Courier\nMenu\nSearch\n\nCity adopts a new budget\n\n" + BODY,
        Limits.DEFAULT);
    page.remove(page.block(1), "Chrome", "test");
    page.remove(page.block(2), "Chrome", "test");
    new HeadlineFilter().apply(page);
    assertThat(labelled(page, Label.SECTION)).isEmpty();
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("City adopts a new budget");
  }

  @Test
  void longDekWithoutFullStopAndAbbreviatedHeadline() {
    Page page = run("Schools\n\nBoard moves classes to 8:45 a.m.\n\n"
        + "The change, debated for two years over sleep research and bus costs, takes effect next fall for all "
        + "four high schools in the district and their students\n\n" + BODY);
    assertThat(labelled(page, Label.HEADLINE)).containsExactly("Board moves classes to 8:45 a.m.");
    assertThat(labelled(page, Label.DEK)).hasSize(1);
  }
}
