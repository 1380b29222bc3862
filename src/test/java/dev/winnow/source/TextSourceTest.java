package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.InputKind;
import dev.winnow.Limits;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSourceTest {
  private static Page read(String text) {
    return new TextSource().read("t", text, Limits.DEFAULT);
  }

  private static List<String> texts(Page page) {
    return page.blocks().stream().map(Block::text).toList();
  }

  @Test
  void blankLinesSeparateParagraphs() {
    Page page = read("First paragraph.\n\nSecond paragraph.\n");
    assertThat(texts(page)).containsExactly("First paragraph.", "Second paragraph.");
    assertThat(page.input()).isEqualTo(InputKind.TEXT);
    assertThat(page.block(0).group()).isNotEqualTo(page.block(1).group());
  }

  @Test
  void runOfShortLinesIsOneBlockPerLineInOneGroup() {
    Page page = read("Advertisement\nbanner_728x90\nCEL\n\nBody.");
    assertThat(texts(page)).containsExactly("Advertisement", "banner_728x90", "CEL", "Body.");
    assertThat(page.block(0).group()).isEqualTo(page.block(2).group());
    assertThat(page.block(2).line()).isEqualTo(3);
  }

  @Test
  void hardWrappedProseIsJoined() {
    String wrapped = "The minister said on Monday that the government would review\n"
        + "the program before the end of the year, and that a decision on\nfunding would follow.";
    assertThat(texts(read(wrapped))).containsExactly(
        "The minister said on Monday that the government would review the program before the end of the year,"
            + " and that a decision on funding would follow.");
  }

  @Test
  void aLastLineWiderThanTheLineAboveWasNotWrapped() {
    String lines = "Te puede interesar: The Resurrection of the Greatest Writer You Never Read\n"
        + "Israeli Prime Minister Benjamin Netanyahu, however, said he was very moved by the announcement.";
    assertThat(read(lines).size()).isEqualTo(2);
  }

  @Test
  void aNumberedItemOpensItsOwnLine() {
    String lines = "LEA: New SUVs and electric vehicles highlight the Los Angeles Auto Show\n1. Define early retirement";
    assertThat(read(lines).size()).isEqualTo(2);
    assertThat(TextSource.opensNumberedItem("12) Twelve")).isTrue();
    assertThat(TextSource.opensNumberedItem("2019. A year")).isFalse();
    assertThat(TextSource.opensNumberedItem("1.5 million")).isFalse();
  }

  @Test
  void oneParagraphPerLineStaysSplit() {
    String lines = "The minister said on Monday that the government would review it.\n"
        + "Critics said the review came far too late for the farmers affected by it.";
    assertThat(read(lines).size()).isEqualTo(2);
  }

  @Test
  void lineEndingsBomTabsNbspAndTrailingSpaces() {
    String text = "\uFEFFTitle here  \r\n\u00A0\r\n\t \r\nOne\tparagraph.\u00A0\rTwo.\r\r";
    Page page = read(text);
    assertThat(texts(page)).containsExactly("Title here", "One paragraph.", "Two.");
    assertThat(page.block(0).group()).isNotEqualTo(page.block(1).group());
  }

  @Test
  void mixedLineEndingsAndLinesLongerThanTheBuffer() {
    String longLine = "word ".repeat(400).trim();
    Page page = read("One\r\n\r\n" + longLine + "\n\rTwo\rThree\nFour");
    assertThat(texts(page)).containsExactly("One", longLine, "Two", "Three", "Four");
    assertThat(page.block(1).line()).isEqualTo(3);
    assertThat(page.block(2).line()).isEqualTo(5);
    assertThat(page.block(4).line()).isEqualTo(7);
  }

  @Test
  void emptyAndBlankInputGiveNoBlocks() {
    assertThat(read("").size()).isZero();
    assertThat(read(" \n\r\n\u00A0\t").size()).isZero();
  }

  @Test
  void limitsTruncateAndFlag() {
    Page page = new TextSource().read("t", "a\n\nb\n\nc\n\nd", new Limits(100, 2, 10, 10));
    assertThat(page.size()).isEqualTo(2);
    assertThat(page.truncated()).isTrue();
    Page cut = new TextSource().read("t", "abcdef\n\nghij", new Limits(3, 100, 10, 10));
    assertThat(texts(cut)).containsExactly("abc");
    assertThat(cut.truncated()).isTrue();
  }

  @Test
  void charsReadAsTheStringOfThemReads() {
    String text = "\uFEFFSection\r\nHeadline over a run\r\n\r\nA paragraph that ends.\rAnother line\n\n\u00a0\n"
        + "Wrapped prose that runs on past the width of the line and so on and on,\nand ends here.";
    Page fromString = new TextSource().read("p.txt", text, Limits.DEFAULT);
    char[] chars = (text + "trailing chars the length leaves out").toCharArray();
    Page fromChars = new TextSource().read("p.txt", chars, text.length(), Limits.DEFAULT);
    assertThat(fromChars.blocks()).extracting(Block::text, Block::group, Block::line)
        .containsExactlyElementsOf(fromString.blocks().stream().map(b -> org.assertj.core.groups.Tuple.tuple(b.text(), b.group(), b.line())).toList());
  }
}
