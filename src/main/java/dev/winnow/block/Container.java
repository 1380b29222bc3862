package dev.winnow.block;

/**
 * Structural containers an HTML block can sit inside. Plain-text blocks have none.
 *
 * <p>Immutable and thread-safe, as every enum.
 *
 * @since 0.1
 */
public enum Container {
  ARTICLE,
  MAIN,
  NAV,
  ASIDE,
  HEADER,
  FOOTER,
  FIGURE,
  FIGCAPTION,
  LIST,
  TABLE,
  BLOCKQUOTE,
  PRE,
  FORM
}
