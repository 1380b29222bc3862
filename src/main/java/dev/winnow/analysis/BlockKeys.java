package dev.winnow.analysis;

import dev.winnow.block.Block;
import dev.winnow.block.Page;
import org.jspecify.annotations.Nullable;

/**
 * The {@linkplain Keys key} of every block of a page that a filter asks about, normalized on
 * first use and kept with the page ({@link Page#analysis}), so the filters of a chain (ad labels,
 * read-more stubs, carousel controls, chrome, repeated blocks, cookie notices, ...) normalize a
 * block once between them rather than once each.
 *
 * Confined to the page it describes: one thread at a time, like the page.
 *
 * @since 0.1
 */
public final class BlockKeys {

  private final String[] keys;
  private final Keys.Scratch scratch = new Keys.Scratch();

  private BlockKeys(int size) {
    keys = new String[size];
  }

  /** The keys of the page, shared by every filter that asks. */
  public static BlockKeys of(Page page) {
    return page.analysis(BlockKeys.class, p -> new BlockKeys(p.size()));
  }

  /** The key of a block of this page: {@link Keys#key(CharSequence)} of its text. */
  public String key(Block block) {
    int i = block.index();
    String key = keys[i];
    if (key == null) {
      key = Keys.key(block.text(), Integer.MAX_VALUE, scratch);
      keys[i] = key;
    }
    return key;
  }

  /**
   * The key of a block of this page, or {@code null} when the block has more than {@code maxWords}
   * words or a key longer than {@code limit}: the cheap way to skip paragraphs no phrase can match.
   * The same answer as {@link Keys#key(CharSequence, int)} on the block's text.
   */
  public @Nullable String key(Block block, int maxWords, int limit) {
    if (block.hasMoreWordsThan(maxWords)) {
      return null;
    }
    String key = key(block);
    return key.length() > limit ? null : key;
  }
}
