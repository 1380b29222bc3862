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
  LISTING;

  /** The lower-case name used in JSON output. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
