package dev.winnow.source;

import dev.winnow.block.Container;
import dev.winnow.block.Markup;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

  /** What the walk does on meeting an element, before anything else: see {@link Kind#action()}. */
  static final int PLAIN = 0;
  /** {@code head}: metadata only until it closes. */
  static final int HEAD = 1;
  /** {@code title}, {@code script}, {@code style}: read for metadata, never walked into. */
  static final int SKIP = 2;
  /** {@code br}, {@code hr}: ends the pending text and opens nothing. */
  static final int LINE = 3;
  /** {@code link}, {@code meta}, {@code base}: code or head data ({@link DomCleaner#codeTags}), skipped outside the head. */
  static final int CODE = 4;

  /**
   * What the walk needs to know of a tag, looked up once per element rather than in one set after
   * another.
   *
   * @param action {@link #PLAIN}, {@link #HEAD}, {@link #SKIP}, {@link #LINE} or {@link #CODE}
   * @param breaks whether it breaks text into blocks ({@link #BREAKING})
   * @param leaf whether its blocks group under its parent ({@link #LEAVES})
   * @param containerBits the container it opens by its tag, as a bit of {@link Container} ordinals
   * @param headingLevel 1 to 6 for {@code h1}..{@code h6}, 0 otherwise
   * @param neverShown why its text is never shown ({@link DomCleaner#neverShown}), or {@code null}
   */
  record Kind(int action, boolean breaks, boolean leaf, int containerBits, int headingLevel,
      @Nullable String neverShown) {}

  /** The kind of every tag not in {@link #KINDS}: inline, shown, no container. */
  private static final Kind INLINE = new Kind(PLAIN, false, false, 0, 0, null);

  private static final Map<String, Kind> KINDS = kinds();

  private static Map<String, Kind> kinds() {
    Map<String, Integer> actions = new HashMap<>();
    DomCleaner.codeTags().forEach(t -> actions.put(t, CODE));
    // Checked first, so script and style are skipped even inside the head.
    actions.putAll(Map.of("head", HEAD, "title", SKIP, "script", SKIP, "style", SKIP, "br", LINE, "hr", LINE));
    // Ruby annotations: the reading set in small type over a word of Japanese or Chinese text
    // (<ruby>漢字<rt>かんじ</rt></ruby>) and the brackets shown around it where ruby is not
    // supported. Kept, they would cut every annotated word of the text in two with its own sounds.
    actions.putAll(Map.of("rt", SKIP, "rp", SKIP));
    Set<String> tags = new java.util.HashSet<>(actions.keySet());
    tags.addAll(BREAKING);
    tags.addAll(LEAVES);
    tags.addAll(CONTAINER_TAGS.keySet());
    tags.addAll(DomCleaner.neverShownTags());
    Map<String, Kind> m = new HashMap<>();
    for (String tag : tags) {
      Container c = CONTAINER_TAGS.get(tag);
      m.put(tag, new Kind(actions.getOrDefault(tag, PLAIN), BREAKING.contains(tag), LEAVES.contains(tag),
          c == null ? 0 : 1 << c.ordinal(), Markup.headingLevel(tag), DomCleaner.neverShown(tag)));
    }
    return Map.copyOf(m);
  }

  /** The kind of a tag (its normal name). */
  static Kind kind(String tag) {
    Kind k = KINDS.get(tag);
    return k != null ? k : INLINE;
  }

  /** Whether the tag breaks text into blocks. */
  static boolean breaks(String tag) {
    return BREAKING.contains(tag);
  }
}
