package dev.winnow.source;

import dev.winnow.InputKind;
import dev.winnow.Limits;
import dev.winnow.block.Block;
import dev.winnow.block.Markup;
import dev.winnow.block.Page;
import dev.winnow.block.PageMetadata;
import dev.winnow.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML document into blocks, one per block-level element with text of its own.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class HtmlSource implements Source {
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt", "figcaption");

  @Override
  public Page read(String name, String content, Limits limits) {
    Document doc = Jsoup.parse(content);
    doc.select("script, style, noscript, template").remove();
    List<Block> blocks = new ArrayList<>();
    for (Element e : doc.body().select(String.join(",", BLOCK_TAGS))) {
      String text = Texts.fold(e.text());
      if (text.isEmpty() || blocks.size() >= limits.maxBlocks()) {
        continue;
      }
      String tag = e.normalName();
      int level = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? tag.charAt(1) - '0' : 0;
      Markup m = new Markup(tag, level, tag, 0, 0, "", Set.of());
      blocks.add(new Block(blocks.size(), text, blocks.size(), 0, m));
    }
    return new Page(name, InputKind.HTML, blocks, PageMetadata.EMPTY.withTitle(doc.title().isEmpty() ? null : doc.title()));
  }
}
