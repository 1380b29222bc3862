package dev.winnow;

/**
 * The kinds of input a pipeline reads.
 *
 * <p>Immutable and thread-safe, as every enum.
 *
 * @since 0.1
 */
public enum InputKind {
  /** A plain-text page dump: copied text, {@code innerText}, a text browser's rendering. */
  TEXT,
  /** An HTML document. */
  HTML;

  /** The lower-case name used in JSON output and on the command line. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
