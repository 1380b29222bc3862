package dev.winnow.source;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Which table rows {@link HtmlBlockBuilder} reads as one block: a row of two or more cells that
 * hold inline text only becomes one line, its non-empty cells joined by {@link #CELL_SEPARATOR}
 * ({@code "Blue | Every Monday"}), so a data table keeps its rows rather than falling apart into
 * one-word blocks. A row whose cells hold paragraphs, lists, line breaks, nested tables or hidden
 * parts is a layout row: its cells stay blocks of their own, as before.
 *
 * <p>Stateless; safe to call from any thread.
 */
final class TableRows {
  private TableRows() {}

  /** What stands between two cells of a row read as one block. */
  static final String CELL_SEPARATOR = " | ";

  /**
   * Whether the row's cells join into one block. Looks no further than the first element that
   * rules the row out, and never into a nested table (a nested table rules it out), so every
   * element of a page is looked at by one row at most: linear however tables nest.
   */
  static boolean joinsCells(Element tr) {
    int cells = 0;
    for (Node n = tr.firstChild(); n != null; n = n.nextSibling()) {
      if (!(n instanceof Element cell)) {
        continue; // white space between cells; text here is foster-parented by the parser anyway
      }
      String tag = cell.normalName();
      if (!"td".equals(tag) && !"th".equals(tag)
          || DomCleaner.hiddenByAttributes(cell, tag, cell.attributesSize()) != null || !inlineOnly(cell)) {
        return false;
      }
      cells++;
    }
    return cells >= 2;
  }

  /** Whether everything inside the cell is shown inline text: no element that breaks text or hides it. */
  private static boolean inlineOnly(Element cell) {
    Node n = cell.firstChild();
    while (n != null) {
      if (n instanceof Element e) {
        String tag = e.normalName();
        HtmlBlocks.Kind kind = HtmlBlocks.kind(tag);
        if (kind.breaks() || kind.action() != HtmlBlocks.PLAIN || kind.neverShown() != null
            || DomCleaner.hiddenByAttributes(e, tag, e.attributesSize()) != null) {
          return false;
        }
      }
      // Pre-order, iteratively: into the first child, else the next sibling of the nearest ancestor.
      Node next = n.firstChild();
      while (next == null && n != cell) {
        next = n.nextSibling();
        if (next == null) {
          n = n.parent();
        }
      }
      if (next == null) {
        break;
      }
      n = next;
    }
    return true;
  }
}
