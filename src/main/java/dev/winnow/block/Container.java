package dev.winnow.block;

/**
 * Structural containers an HTML block can sit inside. Plain-text blocks have none.
 *
 * <p>Immutable and thread-safe, as every enum.
 *
 * @since 0.1
 */
public enum Container {
  /** An {@code <article>}, or an element whose role is article. */
  ARTICLE,
  /** A {@code <main>}, or an element whose role is main. */
  MAIN,
  /** A {@code <nav>}, or an element whose role is navigation. */
  NAV,
  /** An {@code <aside>}, or an element whose role is complementary. */
  ASIDE,
  /** A {@code <header>}, or an element whose role is banner. */
  HEADER,
  /** A {@code <footer>}, or an element whose role is contentinfo. */
  FOOTER,
  /** A {@code <figure>}, or an element whose role is figure. */
  FIGURE,
  /** A {@code <figcaption>}. */
  FIGCAPTION,
  /**
   * A list ({@code <ul>}, {@code <ol>}, {@code <dl>}, {@code <menu>}), or an element whose role is
   * list.
   */
  LIST,
  /** A {@code <table>}, or an element whose role is table. */
  TABLE,
  /** A {@code <blockquote>}. */
  BLOCKQUOTE,
  /** A {@code <pre>}. */
  PRE,
  /** A {@code <form>}, or an element whose role is form. */
  FORM
}
