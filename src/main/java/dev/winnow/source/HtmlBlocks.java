package dev.winnow.source;

import dev.winnow.block.Container;
import java.util.Map;
import java.util.Set;

/**
 * The HTML tag vocabulary of {@link HtmlBlockBuilder}: which elements break text into blocks,
 * which own their text as a leaf block, and which open a {@link dev.winnow.block.Container}.
 */
final class HtmlBlocks {
  private HtmlBlocks() {}

  /** Elements that start and end a block: text on either side of them never joins. */
  static final Set<String> BREAKING = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
      "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "br",
      "noscript", "template", "iframe", "frame", "object", "embed", "svg", "canvas", "video", "audio", "map",
      "button", "select", "option", "datalist", "textarea", "input", "search");

  /**
   * Elements that hold one paragraph-like unit of text: their blocks group with their siblings',
   * under the parent. Text directly inside any other breaking element (a {@code div} with its own
   * text) groups under that element.
   */
  static final Set<String> LEAVES = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "figcaption", "caption",
      "summary", "legend", "address", "pre", "blockquote");

  /** The container each structural tag opens. */
  static final Map<String, Container> CONTAINER_TAGS = Map.ofEntries(
      Map.entry("article", Container.ARTICLE), Map.entry("main", Container.MAIN), Map.entry("nav", Container.NAV),
      Map.entry("aside", Container.ASIDE), Map.entry("header", Container.HEADER), Map.entry("footer", Container.FOOTER),
      Map.entry("figure", Container.FIGURE), Map.entry("figcaption", Container.FIGCAPTION),
      Map.entry("ul", Container.LIST), Map.entry("ol", Container.LIST), Map.entry("dl", Container.LIST),
      Map.entry("menu", Container.LIST), Map.entry("table", Container.TABLE),
      Map.entry("blockquote", Container.BLOCKQUOTE), Map.entry("pre", Container.PRE), Map.entry("form", Container.FORM));

  /** The container each ARIA landmark role opens, as its tag would. */
  static final Map<String, Container> CONTAINER_ROLES = Map.of(
      "article", Container.ARTICLE, "main", Container.MAIN, "navigation", Container.NAV,
      "complementary", Container.ASIDE, "banner", Container.HEADER, "contentinfo", Container.FOOTER,
      "list", Container.LIST, "table", Container.TABLE, "form", Container.FORM, "figure", Container.FIGURE);

  /** Whether the tag breaks text into blocks. */
  static boolean breaks(String tag) {
    return BREAKING.contains(tag);
  }

  /** 1 to 6 for {@code h1}..{@code h6}, 0 otherwise. */
  static int headingLevel(String tag) {
    if (tag.length() == 2 && tag.charAt(0) == 'h') {
      char c = tag.charAt(1);
      if (c >= '1' && c <= '6') {
        return c - '0';
      }
    }
    return 0;
  }
}
