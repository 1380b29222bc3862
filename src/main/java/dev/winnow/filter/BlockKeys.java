package dev.winnow.filter;

import dev.winnow.block.Block;
import dev.winnow.block.Page;
import org.jspecify.annotations.Nullable;

/**
 * The {@linkplain Keys key} of every short block of a page, normalized on first use and kept
 * with the page ({@link Page#analysis}), so the vocabulary filters of a chain (ad labels,
 * read-more stubs, carousel controls, chrome, ...) normalize a block once between them rather than
 * once each. Keys longer than {@link #KEPT_LENGTH} are not kept: a vocabulary whose phrases are
 * that long (none of the built-in ones is) has its keys computed afresh.
 */
final class BlockKeys {

  /** The longest key kept; the longest built-in phrase has under 50 chars. */
  static final int KEPT_LENGTH = 64;

  private final String[] keys;

  /** Whether {@code keys[i]} has been computed; a computed null means a key over {@link #KEPT_LENGTH}. */
  private final boolean[] computed;

  private BlockKeys(int size) {
    keys = new String[size];
    computed = new boolean[size];
  }

  /** The keys of the page, shared by every filter that asks. */
  static BlockKeys of(Page page) {
    return page.analysis(BlockKeys.class, p -> new BlockKeys(p.size()));
  }

  /**
   * The key of a block of this page, or {@code null} when the block has more than {@code maxWords}
   * words or a key longer than {@code limit}: the cheap way to skip paragraphs no phrase can match.
   * The same answer as {@link Keys#key(CharSequence, int)} on the block's text.
   */
  @Nullable String key(Block block, int maxWords, int limit) {
    if (block.wordCount() > maxWords) {
      return null;
    }
    if (limit > KEPT_LENGTH) {
      return Keys.key(block.text(), limit);
    }
    int i = block.index();
    if (!computed[i]) {
      keys[i] = Keys.key(block.text(), KEPT_LENGTH);
      computed[i] = true;
    }
    String key = keys[i];
    return key == null || key.length() > limit ? null : key;
  }
}
