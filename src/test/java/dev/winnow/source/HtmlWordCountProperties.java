package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Limits;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The words the HTML walk counts as it builds a block's text are the words the text has. */
class HtmlWordCountProperties {

  @Property(tries = 500)
  void walkCountsTheWordsOfTheText(@ForAll("inlineSoup") String html) {
    Page page = new HtmlSource().read("p.html", html, Limits.DEFAULT);
    for (Block b : page.blocks()) {
      assertThat(b.wordCount()).as("words of '%s'", b.text()).isEqualTo(new Block(0, b.text(), 0, 0).wordCount());
    }
  }

  /** Text split by inline elements mid-word, around spaces and punctuation, in several scripts. */
  @Provide
  Arbitrary<String> inlineSoup() {
    Arbitrary<String> piece = Arbitraries.of(
        "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<span>", "</span>", "<a href='#'>", "</a>", "<br>", "<li>",
        "W", "hile", "word", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "-", " - ", "|", "\u2014", "\u00bb", "42",
        "x1", "\u00e9t\u00e9", "\u65e5\u672c", "\u30ab\u30ca", "\ud55c\uad6d", "\u0301", "&amp;", "&nbsp;", "!!", ".");
    return piece.list().ofMaxSize(40).map(l -> "<body>" + String.join("", l));
  }
}
