package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.InputKind;
import dev.winnow.Limits;
import dev.winnow.block.Block;
import dev.winnow.block.Container;
import dev.winnow.block.Markup;
import dev.winnow.block.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlSourceTest {

  private static Page read(String html) {
    return new HtmlSource().read("t", html, Limits.DEFAULT);
  }

  private static List<String> texts(Page page) {
    return page.blocks().stream().map(Block::text).toList();
  }

  private static List<String> kept(Page page) {
    return page.kept().stream().map(Block::text).toList();
  }

  @Test
  void oneBlockPerBlockElementWithItsOwnText() {
    Page page = read("<body><h1>Title</h1><div class='body'><p>First <b>bold</b> para.</p>"
        + "<p>Second   para.</p><ul><li>One</li><li>Two</li></ul></div></body>");
    assertThat(page.input()).isEqualTo(InputKind.HTML);
    assertThat(texts(page)).containsExactly("Title", "First bold para.", "Second para.", "One", "Two");
    Markup h1 = page.block(0).markup();
    assertThat(h1.tag()).isEqualTo("h1");
    assertThat(h1.headingLevel()).isEqualTo(1);
    assertThat(page.block(3).markup().in(Container.LIST)).isTrue();
  }

  @Test
  void rubyReadingsAreNoPartOfTheText() {
    Page page = read("<body><p><ruby>\u6f22\u5b57<rp>(</rp><rt>\u304b\u3093\u3058</rt><rp>)</rp></ruby>"
        + "\u3092<ruby>\u8aad<rt>\u3088</rt></ruby>\u3080\u3002</p></body>");
    assertThat(texts(page)).containsExactly("\u6f22\u5b57\u3092\u8aad\u3080\u3002");
  }

  @Test
  void siblingsShareAGroupAndContainersTheirOwn() {
    Page page = read("<div><p>A para.</p><p>B para.</p></div><div><p>C para.</p></div>");
    assertThat(page.block(0).group()).isEqualTo(page.block(1).group());
    assertThat(page.block(2).group()).isNotEqualTo(page.block(0).group());
  }

  @Test
  void directTextOfADivAndBrRunsAreBlocks() {
    Page page = read("<div>Loose text<br>second line<br><br>third line<p>inner para</p>tail</div>");
    assertThat(texts(page)).containsExactly("Loose text", "second line", "third line", "inner para", "tail");
    assertThat(page.block(0).markup().tag()).isEqualTo("div");
    assertThat(page.block(0).group()).isEqualTo(page.block(1).group());
  }

  @Test
  void aDataTableRowIsOneBlockWithItsCellsJoined() {
    Page page = read("<table><tr><th>Bin</th><th>Collected</th></tr>"
        + "<tr><td>Blue</td><td>Every <b>Monday</b></td></tr><tr><td>Green</td><td></td><td>2 pm</td></tr></table>");
    assertThat(texts(page)).containsExactly("Bin | Collected", "Blue | Every Monday", "Green | 2 pm");
    assertThat(page.block(1).wordCount()).isEqualTo(3);
    assertThat(page.block(0).group()).isEqualTo(page.block(2).group());
    assertThat(page.block(0).markup().in(Container.TABLE)).isTrue();
  }

  @Test
  void aLayoutRowKeepsItsCellsApart() {
    // Cells holding paragraphs, line breaks, nested tables or hidden parts are page layout, not data.
    Page page = read("<table><tr><td><p>Story para.</p></td><td>Side</td></tr>"
        + "<tr><td>One<br>Two</td><td>Three</td></tr>"
        + "<tr><td><table><tr><td>x</td><td>y</td></tr></table></td><td>z</td></tr>"
        + "<tr><td>Shown</td><td><span hidden>Gone</span></td></tr></table>");
    assertThat(texts(page)).containsExactly("Story para.", "Side", "One", "Two", "Three", "x | y", "z", "Shown", "Gone");
  }

  @Test
  void linkDensityCountsTheCharsInsideLinks() {
    Page page = read("<p><a href='/x'>abcd</a>efgh</p><p><a href='/y'>all link</a></p>");
    assertThat(page.block(0).markup().linkDensity()).isEqualTo(0.5);
    assertThat(page.block(1).markup().linkDensity()).isEqualTo(1.0);
  }

  @Test
  void hintsAreLowerCasedCamelCaseSplitAndInnermostFirst() {
    Page page = read("<div id='mainContent' role='main'><section class='storyBody Lead'><p>Text here.</p></section></div>");
    Markup m = page.block(0).markup();
    assertThat(m.hints()).isEqualTo("story-body lead main-content main");
    assertThat(m.path()).endsWith("div.main-content/section.story-body/p");
    assertThat(m.in(Container.MAIN)).isTrue();
    assertThat(m.node()).isNotNull();
    assertThat(m.node().parent().hints()).isEqualTo("story-body lead");
  }

  @Test
  void containersComeFromTagsAndRoles() {
    Page page = read("<article><figure><figcaption>Cap</figcaption></figure><aside>Side</aside>"
        + "<div role='navigation'>Nav</div><table><tr><td>Cell</td></tr></table><blockquote>Q</blockquote></article>");
    assertThat(page.block(0).markup().containers()).contains(Container.ARTICLE, Container.FIGURE, Container.FIGCAPTION);
    assertThat(page.block(1).markup().in(Container.ASIDE)).isTrue();
    assertThat(page.block(2).markup().in(Container.NAV)).isTrue();
    assertThat(page.block(3).markup().in(Container.TABLE)).isTrue();
    assertThat(page.block(4).markup().in(Container.BLOCKQUOTE)).isTrue();
  }

  @Test
  void scriptsAndStylesMakeNoBlocks() {
    Page page = read("<head><style>p{}</style><script>var x='hidden words';</script></head>"
        + "<body><p>Visible.</p><script>document.write('x')</script><template><p>Inert</p></template></body>");
    assertThat(texts(page)).containsExactly("Visible.", "Inert");
    assertThat(kept(page)).containsExactly("Visible.");
  }

  @Test
  void textReadersNeverSeeIsRemovedWithAReason() {
    Page page = read("<p>Shown.</p><div hidden>Hidden attr</div><div aria-hidden='true'>Aria</div>"
        + "<div style='display: none'>None</div><div style='visibility:hidden'>Invisible</div>"
        + "<noscript>Enable JavaScript</noscript><button>Share</button><select><option>May</option></select>");
    assertThat(kept(page)).containsExactly("Shown.");
    assertThat(page.blocks()).hasSize(8);
    assertThat(page.removal(page.block(3)).orElseThrow().reason()).isEqualTo("hidden (display:none)");
    assertThat(page.removal(page.block(3)).orElseThrow().filter()).isEqualTo("DomCleaner");
  }

  @Test
  void hiddenTextInsideAParagraphIsSplitOffNotLost() {
    Page page = read("<p>Before <span style='display:none'>secret</span> after.</p>");
    assertThat(texts(page)).containsExactly("Before", "secret", "after.");
    assertThat(kept(page)).containsExactly("Before", "after.");
  }

  @Test
  void smallFormsGoButAPageWrapperFormStays() {
    Page small = read("<form><label>Email</label><p>Sign up for our newsletter</p></form><p>Story.</p>");
    assertThat(kept(small)).containsExactly("Story.");
    String para = "<p>" + "A long paragraph of the story that goes on and on. ".repeat(25) + "</p>";
    Page wrapper = read("<form id='aspnetForm'>" + para + "</form>");
    assertThat(wrapper.kept()).hasSize(1);
  }

  @Test
  void noBreakInsideWordsAtInlineEdgesButAtCjkLatinEdges() {
    Page page = read("<p><span class='dropcap'>W</span>hile it rained.</p><p>アプリ<b>Kindle</b>の設定</p>");
    assertThat(texts(page)).containsExactly("While it rained.", "アプリ Kindle の設定");
  }

  @Test
  void deepNestingNeitherOverflowsNorHangs() {
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div>".repeat(100_000)).append("deep text");
    Page page = read(sb.toString());
    assertThat(page.truncated()).isTrue();
    assertThat(texts(page)).containsExactly("deep text");
  }

  @Test
  void limitsCutThePageShort() {
    String html = "<p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p>";
    Page blocks = new HtmlSource().read("t", html, new Limits(1 << 20, 2, 256, 1_000_000));
    assertThat(texts(blocks)).containsExactly("One.", "Two.");
    assertThat(blocks.truncated()).isTrue();
    Page nodes = new HtmlSource().read("t", html, new Limits(1 << 20, 100, 256, 6));
    assertThat(nodes.truncated()).isTrue();
    assertThat(nodes.size()).isLessThan(4);
    Page chars = new HtmlSource().read("t", html, new Limits(13, 100, 256, 1_000));
    assertThat(chars.truncated()).isTrue();
    assertThat(texts(chars)).containsExactly("One.");
  }

  @Test
  void nothingAtAllIsAnEmptyPage() {
    assertThat(read("").size()).isZero();
    assertThat(read("<html><head><title>T</title></head></html>").size()).isZero();
  }

  @Test
  void fastWhiteSpaceCheckAgreesWithTheSharedOne() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(HtmlBlockBuilder.isSpace(c)).as("U+%04X", (int) c).isEqualTo(dev.winnow.internal.Texts.isSpace(c));
    }
  }
}
