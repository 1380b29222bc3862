package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.InputKind;
import dev.winnow.block.Block;
import dev.winnow.block.Container;
import dev.winnow.block.Label;
import dev.winnow.block.Markup;
import dev.winnow.block.Page;
import dev.winnow.block.PageMetadata;
import dev.winnow.filter.Filter;
import dev.winnow.filter.Pages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WidgetRemainderFilterTest {
  private static final Filter CHROME = new PageChromeFilter();
  private static final WidgetRemainderFilter FILTER = new WidgetRemainderFilter();

  /** The page after the chrome filter and the remainder filter. */
  private static Page run(String text) {
    Page page = Pages.text(text);
    CHROME.apply(page);
    FILTER.apply(page);
    return page;
  }

  @Test
  void removesTheUnknownLineOfANewsletterBox() {
    Page page = run("The story starts here, with a sentence of prose.\n\n"
        + "Sign up for our newsletter\nGet the morning headlines delivered to your inbox.\nSubscribe\n\n"
        + "The story goes on.");
    assertThat(Pages.kept(page))
        .containsExactly("The story starts here, with a sentence of prose.", "The story goes on.");
    assertThat(Pages.reason(page, "Get the morning headlines delivered to your inbox."))
        .isEqualTo("short line in a run that is mostly noise (2 of 3 removed)");
  }

  @Test
  void keepsAShortParagraphBetweenProseInAPagePrintedAsOneRun() {
    String p1 = "Rebranded to resemble a neutral account, it posted a series of tweets supporting the party.";
    String p2 = "\u201cIt was an attempt to mislead voters,\u201d the chief executive of the fact-checking charity said.";
    Page page = run("Home\nSubscribe\nSign in\nNewsletter\n" + p1 + "\nOrganizations that seek to combat it cried foul.\n"
        + p2 + "\nContact\nPrivacy\nTerms");
    assertThat(Pages.kept(page)).contains(p1, "Organizations that seek to combat it cried foul.", p2);
  }

  @Test
  void removesWhatIsLeftOfAShareRow() {
    Page page = run("Follow us\nFacebook\nInstagram\nOur other pages\nYouTube");
    assertThat(Pages.kept(page)).isEmpty();
    assertThat(Pages.reason(page, "Our other pages")).endsWith("(4 of 5 removed)");
  }

  @Test
  void keepsRunsThatAreMostlyKept() {
    // One in two removed: an ad label beside a short line is not enough.
    assertThat(Pages.kept(run("Share\nHe declined to comment."))).containsExactly("He declined to comment.");
    // One in three.
    assertThat(Pages.kept(run("Share\nLocal\nWeather"))).containsExactly("Local", "Weather");
    // Three of five: below two in three, and the rest are sentences, no menu items.
    assertThat(Pages.kept(run("Share\nTweet\nEmail\nThe mayor resigned.\nShe gave no reason.")))
        .containsExactly("The mayor resigned.", "She gave no reason.");
  }

  @Test
  void removesTheRestOfAMenu() {
    Page page = run("Coastline Daily\nHome\nNews\nBusiness\nSport\nLifestyle\nSearch\nSign in\n\nThe story.");
    assertThat(Pages.kept(page)).containsExactly("The story.");
    assertThat(Pages.reason(page, "Lifestyle"))
        .isEqualTo("item of a menu whose other items are chrome (3 of 8 removed)");
  }

  @Test
  void keepsMenusWithTooLittleChromeOrWithSentences() {
    // One known item is not enough.
    assertThat(Pages.kept(run("Home\nNews\nBusiness\nSport"))).containsExactly("News", "Business", "Sport");
    // Two of seven is below one in three.
    assertThat(Pages.kept(run("Home\nSearch\nNews\nBusiness\nSport\nWeather\nTraffic"))).hasSize(5);
    // A line of four words is no menu item.
    assertThat(Pages.kept(run("Home\nSearch\nNews\nFire closes the bridge"))).containsExactly("News",
        "Fire closes the bridge");
  }

  @Test
  void keepsProseInANoisyRun() {
    String prose = "The council voted seven to two on Tuesday to approve the budget, which raises spending on roads.";
    Page page = run("Share\nTweet\nEmail\n" + prose);
    assertThat(Pages.kept(page)).containsExactly(prose);
  }

  @Test
  void looksOnlyAtTheRunItself() {
    // The removed lines stand in other runs (blank lines between): nothing here is a remainder.
    Page page = run("Share\n\nTweet\n\nThe mayor resigned.\n\nEmail");
    assertThat(Pages.kept(page)).containsExactly("The mayor resigned.");
  }

  @Test
  void keepsLabelledBlocks() {
    Page page = Pages.text("Share\nTweet\nInternational");
    CHROME.apply(page);
    Block section = page.blocks().get(2);
    page.label(section, Label.SECTION, "test", "a section label");
    FILTER.apply(page);
    assertThat(Pages.kept(page)).containsExactly("International");
  }

  @Test
  void leavesTableCellsAlone() {
    Page page = Pages.html(Set.of(Container.TABLE), new String[] {"Share", "Tweet", "12.5"});
    CHROME.apply(page);
    FILTER.apply(page);
    assertThat(Pages.kept(page)).containsExactly("12.5");
  }

  @Test
  void keepsAOneSentenceParagraphOfABodyWithAnAdSlotInIt() {
    // The run holds a paragraph of prose: a body with noise set into it, not a widget. Its short
    // sentence is a paragraph; a short line that is no sentence still goes.
    String prose = "The council voted seven to two on Tuesday to approve the budget, which raises spending on roads.";
    Page page = run("The mayor declined to comment on the vote.\nShare\nTweet\nEmail\nPrint\nCopy link\nMenu\n"
        + "See the vote\n"
        + prose);
    assertThat(Pages.kept(page)).containsExactly("The mayor declined to comment on the vote.", prose);
    assertThat(Pages.reason(page, "See the vote"))
        .isEqualTo("short line in a run that is mostly noise (6 of 9 removed)");
  }

  @Test
  void keepsAOneSentenceParagraphOfAnHtmlBodyThatAnAdSlotSplit() {
    // The children of one element (group 0), split by an ad box (group 1): the run of the
    // sentence and the promo paragraphs holds no prose, but the element it belongs to does.
    String prose = "The council voted seven to two on Tuesday to approve the budget, which raises spending on roads.";
    String[] texts = {prose, "sky_300x250_1.jpg", "The mayor declined to comment on the vote.", "Share", "Tweet",
        "Email", "Print", "Copy link", "Menu"};
    int[] groups = {0, 1, 0, 0, 0, 0, 0, 0, 0};
    Markup p = new Markup("p", 0, "body/article/p", 0.0, 0.0, "", Set.of(Container.ARTICLE));
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      blocks.add(new Block(i, texts[i], groups[i], 0, p));
    }
    Page page = new Page("h", InputKind.HTML, blocks, PageMetadata.EMPTY);
    CHROME.apply(page);
    FILTER.apply(page);
    assertThat(Pages.kept(page)).containsExactly(prose, "sky_300x250_1.jpg",
        "The mayor declined to comment on the vote.");
  }
}
