package dev.winnow;

/**
 * Whether a page carries one article or lists several.
 *
 * <p>Immutable and thread-safe, as every enum.
 *
 * @since 0.1
 */
public enum PageKind {
  /** One article, possibly surrounded by chrome and teasers of others. */
  ARTICLE,
  /** Several articles or teasers one after another, like a section front. */
  LISTING,
  /**
   * No article at all: the page holds only chrome, menus, lists and notices (an error page, a
   * site map, a cookie wall), and the result has no article rather than one made of menu lines.
   */
  NONE;

  /** The lower-case name used in JSON output. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
