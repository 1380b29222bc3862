package dev.winnow.filter.structure;

import dev.winnow.InputKind;
import dev.winnow.analysis.ArticleHeads;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;

/**
 * Removes the short lines no article owns on a plain-text page whose articles were found: the
 * items of a list after a "Trending" or "Most read" heading, the lines between a read-more stub
 * and the next article, and the page header above the first article. Prose is never removed
 * here: a paragraph with no headline above it still reaches the output rather than being lost.
 * Pages with no headline label are left alone, as are HTML pages (whose markup says more).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OrphanBlockFilter implements Filter {

  @Override
  public void apply(Page page) {
    if (page.input() != InputKind.TEXT) {
      return;
    }
    if (!page.anyKept(Label.HEADLINE) && !page.anyKept(Label.SECTION)) {
      return;
    }
    String orphanedBy = "above the first article";
    for (Block b : page.blocks()) {
      if (page.has(b, Label.SECTION) || page.has(b, Label.HEADLINE)) {
        orphanedBy = null;
      } else if (page.has(b, Label.BOUNDARY)) {
        orphanedBy = "after the list heading '" + b.text() + "'";
      } else if (page.has(b, Label.STUB)) {
        orphanedBy = "after a read-more stub";
      }
      if (orphanedBy != null && page.isKept(b) && !ArticleHeads.isProse(b)) {
        String by = orphanedBy;
        page.remove(b, name(), () -> "short line " + by + ", before any article");
      }
    }
  }
}
