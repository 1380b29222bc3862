package dev.winnow;

/**
 * Bounds on the work one page may cause. Past a bound the page is cut short and the result is
 * flagged {@linkplain Result#truncated() truncated}; nothing throws and nothing hangs. Immutable.
 *
 * @param maxInputChars the most characters of input read; the rest is ignored
 * @param maxBlocks the most blocks made from one page
 * @param maxDomDepth the deepest HTML nesting walked; deeper content is flattened into its
 *     ancestor at that depth
 * @param maxDomNodes the most HTML nodes walked
 * @since 0.1
 */
public record Limits(int maxInputChars, int maxBlocks, int maxDomDepth, int maxDomNodes) {

  /** 32 M characters, 200,000 blocks, depth 256, 4 M nodes: far beyond any real news page. */
  public static final Limits DEFAULT = new Limits(32 << 20, 200_000, 256, 4_000_000);

  public Limits {
    if (maxInputChars < 1 || maxBlocks < 1 || maxDomDepth < 1 || maxDomNodes < 1) {
      throw new IllegalArgumentException("every limit must be at least 1: " + maxInputChars + ", "
          + maxBlocks + ", " + maxDomDepth + ", " + maxDomNodes);
    }
  }
}
