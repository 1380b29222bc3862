package dev.winnow.filter;

import dev.winnow.Limits;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.source.HtmlSource;
import java.util.List;

/** Small helpers for the HTML filter tests: read literal HTML, run filters, list what is left. */
public final class HtmlPages {
  /** A paragraph of prose long enough for every filter to take it as article text. */
  public static final String PROSE = "The council voted on Tuesday to extend the program for another two years, "
      + "officials said, after a long debate about its cost, its reach and its future.";

  private HtmlPages() {}

  public static Page run(String html, Filter... filters) {
    Page page = new HtmlSource().read("t", html, Limits.DEFAULT);
    for (Filter f : filters) {
      f.apply(page);
    }
    return page;
  }

  public static List<String> kept(Page page) {
    return page.kept().stream().map(Block::text).toList();
  }

  public static List<String> labelled(Page page, Label label) {
    return page.blocks().stream().filter(b -> page.has(b, label)).map(Block::text).toList();
  }

  public static String reason(Page page, String text) {
    for (Block b : page.blocks()) {
      if (b.text().equals(text)) {
        return page.removal(b).map(d -> d.filter() + ": " + d.reason()).orElse("kept");
      }
    }
    throw new IllegalArgumentException("no block " + text);
  }

  public static String paras(String prefix, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append("<p>").append(prefix).append(' ').append(i).append(". ").append(PROSE).append("</p>");
    }
    return sb.toString();
  }
}
