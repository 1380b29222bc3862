package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Block;
import dev.winnow.block.Page;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the news pipeline on HTML, over random tag soup. */
class HtmlPipelineProperties {
  private static final Pipeline PIPELINE = Pipeline.news();

  @Provide
  Arbitrary<String> tagSoup() {
    Arbitrary<String> piece = Arbitraries.of(
        "<p>", "</p>", "<div class='ad'>", "<div class='article-body'>", "</div>", "<h1>", "</h1>", "<h2>", "</h2>",
        "<a href='/x'>", "</a>", "<ul><li>", "</li></ul>", "<br>", "<script>var a = '<p>';</script>",
        "<span hidden>", "</span>", "<article>", "</article>", "<nav>", "</nav>", "<figure><figcaption>", "</figcaption>",
        "<table><tr><td>", "</td></tr></table>", "<!-- comment -->", "&amp;", "&nbsp;", "<", ">", "\"", "\u00a0",
        "The council voted on Tuesday to extend the program, officials said. ", "Short line", "\u65e5\u672c\u8a9e\u3002",
        "<script type='application/ld+json'>{\"headline\": [", "<meta property='og:title' content='T | S'>");
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void neverThrowsAndExplainsEveryBlock(@ForAll("tagSoup") String html) {
    Result r = PIPELINE.process(Input.html(html));
    Page page = PIPELINE.clean(Input.html(html));
    Set<String> keptTexts = new HashSet<>();
    for (Block b : page.blocks()) {
      if (page.isKept(b)) {
        keptTexts.add(b.text());
      } else {
        assertThat(page.removal(b)).as("removed without a reason: %s", b).isPresent();
      }
    }
    for (Article a : r.articles()) {
      assertThat(a.paragraphs()).isNotEmpty();
      assertThat(keptTexts).containsAll(a.paragraphs());
    }
    assertThat(r.removed().size() + keptCount(page)).isEqualTo(page.size());
  }

  @Property(tries = 100)
  void bytesInAnyDeclaredCharsetNeverThrow(@ForAll("tagSoup") String html) {
    for (String cs : List.of("windows-1252", "Shift_JIS", "gb2312", "utf-16", "no-such-charset")) {
      byte[] bytes = ("<meta charset='" + cs + "'>" + html).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      PIPELINE.process(Input.bytes(bytes, InputKind.HTML));
    }
  }

  private static int keptCount(Page page) {
    return page.kept().size();
  }
}
