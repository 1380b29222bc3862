package dev.winnow;

/**
 * Bounds on the work one page may cause, so that hostile or broken input (a 100 MB dump, a
 * million lines, HTML nested a hundred thousand deep) costs bounded time and memory. Past a bound
 * the page is cut short, the part read is processed as usual, and the result is flagged
 * {@linkplain Result#truncated() truncated}: nothing throws, nothing hangs, and memory stays in
 * proportion to what was read. Exactly at a bound nothing is cut or flagged.
 *
 * <p>What happens past each bound:
 *
 * <ul>
 *   <li><b>{@code maxInputChars}</b>: only the first {@code maxInputChars} chars of a string input
 *       are read (one fewer when the cut would split a surrogate pair). Of a byte input only the
 *       first {@code maxInputChars} bytes are decoded, cut back to the start of a UTF-8 character
 *       so valid UTF-8 stays valid; as a char never takes less than a byte, the text is then at
 *       most {@code maxInputChars} chars too. The rest is ignored, so the last paragraph read may
 *       end mid-sentence, and unclosed HTML elements are closed as an HTML parser closes them at
 *       the end of a document.
 *   <li><b>{@code maxBlocks}</b>: reading stops at the block that would be one too many; the
 *       page has exactly {@code maxBlocks} blocks, in reading order, and nothing after them is
 *       read.
 *   <li><b>{@code maxDomDepth}</b>: elements nested deeper than this are not walked as blocks of
 *       their own; their text is flattened into their ancestor at that depth, so no text is lost.
 *   <li><b>{@code maxDomNodes}</b>: the HTML walk stops after this many nodes; the rest of the
 *       document is ignored.
 * </ul>
 *
 * The last two concern HTML only; the first two both kinds of input.
 *
 * <pre>{@code
 * Pipeline small = Pipeline.news().withLimits(new Limits(1 << 20, 5_000, 128, 200_000));
 * Result r = small.process(Input.bytes(untrusted, null));
 * if (r.truncated()) log.warn("page cut short: " + r.source());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxInputChars the most characters of input read (bytes, for byte input); at least 1
 * @param maxBlocks the most blocks made from one page; at least 1
 * @param maxDomDepth the deepest HTML nesting walked; deeper content is flattened into its
 *     ancestor at that depth; at least 1
 * @param maxDomNodes the most HTML nodes walked; at least 1
 * @since 0.1
 */
public record Limits(int maxInputChars, int maxBlocks, int maxDomDepth, int maxDomNodes) {

  /**
   * 8 M characters, 200,000 blocks, depth 256, 4 M nodes: far beyond any real news page (the
   * largest of the benchmark's is 1.4 MB), and small enough that any page fits a 512 MB heap. The
   * characters are the bound that matters for memory: an HTML parser builds the whole document
   * tree first, and at worst ({@code <p>x</p>} over and over) that tree takes some 28 bytes per
   * character of input. The limits of {@link Pipeline#news()} and the other presets.
   */
  public static final Limits DEFAULT = new Limits(8 << 20, 200_000, 256, 4_000_000);

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException when a bound is below 1
   */
  public Limits {
    if (maxInputChars < 1 || maxBlocks < 1 || maxDomDepth < 1 || maxDomNodes < 1) {
      throw new IllegalArgumentException("every limit must be at least 1: " + maxInputChars + ", "
          + maxBlocks + ", " + maxDomDepth + ", " + maxDomNodes);
    }
  }
}
