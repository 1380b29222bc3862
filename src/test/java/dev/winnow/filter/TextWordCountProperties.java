package dev.winnow.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Limits;
import dev.winnow.analysis.LineScan;
import dev.winnow.analysis.TextFeatures;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.source.TextSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A text page's blocks take their word counts from the text features' pass ({@link LineScan});
 * those are the words the text has, and a block asked before that pass counts the same.
 */
class TextWordCountProperties {

  @Property(tries = 500)
  void theFeaturesPassCountsTheWordsOfTheText(@ForAll("dumps") String text) {
    Page page = new TextSource().read("p.txt", text, Limits.DEFAULT);
    TextFeatures.of(page);
    for (Block b : page.blocks()) {
      assertThat(b.wordCount()).as("words of '%s'", b.text()).isEqualTo(new Block(0, b.text(), 0, 0).wordCount());
    }
  }

  @Property(tries = 200)
  void aBlockAskedBeforeThePassCountsTheSame(@ForAll("dumps") String text) {
    Page early = new TextSource().read("p.txt", text, Limits.DEFAULT);
    int[] before = early.blocks().stream().mapToInt(Block::wordCount).toArray();
    Page late = new TextSource().read("p.txt", text, Limits.DEFAULT);
    TextFeatures.of(late);
    assertThat(late.blocks().stream().mapToInt(Block::wordCount).toArray()).isEqualTo(before);
  }

  /** Lines of words, symbols, rules, bullets and spaces of every kind, in several scripts. */
  @Provide
  Arbitrary<String> dumps() {
    Arbitrary<String> piece = Arbitraries.of(
        "W", "hile", "word", "The", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u2003", "-", " - ", "|",
        "\u2014", "\u00bb", "42", "x1", "don\u2019t", "\u00e9t\u00e9", "\u65e5\u672c", "\u30ab\u30ca", "\ud55c\uad6d",
        "\u0301", "* ", "----------", "\u2500\u2500", "!!", ".", "[logo]", "a_b.jpg", "\u0430\u0431");
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }
}
