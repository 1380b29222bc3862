package dev.winnow.filter;

import dev.winnow.InputKind;
import dev.winnow.Limits;
import dev.winnow.block.Block;
import dev.winnow.block.Container;
import dev.winnow.block.Decision;
import dev.winnow.block.Label;
import dev.winnow.block.Markup;
import dev.winnow.block.Page;
import dev.winnow.block.PageMetadata;
import dev.winnow.source.TextSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small pages for filter tests, and what filters did to them. */
public final class Pages {
  private Pages() {}

  /** A text page, read the way the pipeline reads text dumps. */
  public static Page text(String text) {
    return new TextSource().read("t", text, Limits.DEFAULT);
  }

  /** A text page after the filter ran. */
  public static Page run(Filter filter, String text) {
    Page page = text(text);
    filter.apply(page);
    return page;
  }

  /**
   * An HTML page, built directly so tests do not depend on how HtmlSource groups elements: each
   * array is one container (one group) of {@code <li>} blocks.
   */
  public static Page html(String[]... containers) {
    return html(Set.of(), containers);
  }

  /** An HTML page whose blocks all sit inside the given containers. */
  public static Page html(Set<Container> inside, String[]... containers) {
    List<Block> blocks = new ArrayList<>();
    Markup li = new Markup("li", 0, "body/div/ul/li", 0.0, 0.0, "", inside);
    for (int g = 0; g < containers.length; g++) {
      for (String t : containers[g]) {
        blocks.add(new Block(blocks.size(), t, g, 0, li));
      }
    }
    return new Page("h", InputKind.HTML, blocks, PageMetadata.EMPTY);
  }

  public static List<String> removed(Page page) {
    List<String> out = new ArrayList<>();
    for (Block b : page.blocks()) {
      if (page.isRemoved(b)) {
        out.add(b.text());
      }
    }
    return out;
  }

  public static List<String> kept(Page page) {
    return page.kept().stream().map(Block::text).toList();
  }

  public static List<String> labelled(Page page, Label label) {
    return page.blocks().stream().filter(b -> page.has(b, label)).map(Block::text).toList();
  }

  /** The reason of the removal of the first block with this text. */
  public static String reason(Page page, String text) {
    for (Block b : page.blocks()) {
      if (b.text().equals(text)) {
        return page.removal(b).map(Decision::reason).orElse("(kept)");
      }
    }
    throw new AssertionError("no block '" + text + "'");
  }
}
