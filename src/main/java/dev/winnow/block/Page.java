package dev.winnow.block;

import dev.winnow.InputKind;
import dev.winnow.PageKind;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A page as filters see it: its blocks in reading order, what the page says about itself, and the
 * ledger of what each filter decided. Blocks are never dropped; a filter {@linkplain #remove
 * removes} one by recording why, and later filters and the segmenter see only what is
 * {@linkplain #isKept kept}.
 *
 * <p>Not thread-safe: a page is made for one run of a pipeline over one input and belongs to that
 * run. Pipelines themselves are shared freely.
 *
 * @since 0.1
 */
public final class Page {
  private final String source;
  private final InputKind input;
  private final List<Block> blocks;
  /** The blocks again, for the hot paths: an array read needs no interface call. */
  private final Block[] blockArray;
  private PageMetadata metadata;
  private final BitSet removed = new BitSet();

  /**
   * The last snapshot {@link #kept()} made, handed out again until a block is removed or restored:
   * most filters of a chain remove nothing, and the next one asks for the same list.
   */
  private @Nullable Kept kept;
  /** Per block its labels, bit {@code ordinal()} each: asked for block after block by most filters. */
  private final int[] labels;

  /** The labels by ordinal; there are fewer than an int has bits (PageKindAndAnalysisTest checks). */
  private static final Label[] LABELS = Label.values();
  private final List<Decision> decisions = new ArrayList<>();
  /** Per block, the index in decisions of the decision that removed it; meaningful while removed. */
  private final int[] removedBy;
  private boolean truncated;
  /**
   * The analyses made so far and their types, side by side: a page has a handful, asked for
   * block after block, and a scan of a few references beats hashing.
   */
  private Class<?>[] analysisTypes = new Class<?>[4];

  private Object[] analyses = new Object[4];
  private int analysisCount;
  private @Nullable PageKind kind;
  private @Nullable String kindReason;

  /**
   * Makes a page of the given blocks, whose indexes must be 0, 1, 2, ... in order.
   *
   * @param source a name for the input (a file name, a URL, "-"), used in results and messages
   * @param input the kind of input the blocks came from
   * @param blocks the blocks in reading order
   * @param metadata what the page says about itself
   */
  public Page(String source, InputKind input, List<Block> blocks, PageMetadata metadata) {
    this.source = Objects.requireNonNull(source, "source");
    this.input = Objects.requireNonNull(input, "input");
    this.blocks = List.copyOf(blocks);
    this.blockArray = this.blocks.toArray(new Block[0]);
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    for (int i = 0; i < this.blocks.size(); i++) {
      if (this.blocks.get(i).index() != i) {
        throw new IllegalArgumentException("block " + i + " has index " + this.blocks.get(i).index());
      }
    }
    this.labels = new int[this.blocks.size()];
    this.removedBy = new int[this.blocks.size()];
  }

  /** A name for the input (a file name, a URL, "-"), used in results and messages. */
  public String source() {
    return source;
  }

  /** The kind of input the blocks came from. */
  public InputKind input() {
    return input;
  }

  /** All blocks, removed or not, in reading order. */
  public List<Block> blocks() {
    return blocks;
  }

  /** The number of blocks, removed or not. */
  public int size() {
    return blockArray.length;
  }

  /** The block at that index, removed or not. */
  public Block block(int index) {
    return blockArray[index];
  }

  /**
   * The blocks no filter has removed, in reading order: an unmodifiable snapshot, which later
   * removals and restorations do not change.
   */
  public List<Block> kept() {
    Kept k = kept;
    if (k == null) {
      int n = blockArray.length;
      int[] at = new int[n - removed.cardinality()];
      int j = 0;
      for (int i = removed.nextClearBit(0); i < n; i = removed.nextClearBit(i + 1)) {
        at[j++] = i;
      }
      k = new Kept(blockArray, at);
      kept = k;
    }
    return k;
  }

  /**
   * The kept blocks as their indexes: a list each filter of a chain asks for, so it holds ints,
   * which take no garbage collector's bookkeeping to write, rather than references.
   */
  private static final class Kept extends AbstractList<Block> implements RandomAccess {
    private final Block[] blocks;
    private final int[] at;

    Kept(Block[] blocks, int[] at) {
      this.blocks = blocks;
      this.at = at;
    }

    @Override
    public Block get(int index) {
      return blocks[at[index]];
    }

    @Override
    public int size() {
      return at.length;
    }

    /**
     * An iterator of this class's own: every filter walks the kept blocks, and AbstractList's
     * iterator, shared by every list of its kind in the JVM, reaches {@link #get} through a call
     * the JIT cannot inline once it has seen a few kinds of list.
     */
    @Override
    public Iterator<Block> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < at.length;
        }

        @Override
        public Block next() {
          if (next >= at.length) {
            throw new NoSuchElementException();
          }
          return blocks[at[next++]];
        }
      };
    }
  }

  /** Whether no filter has removed the block (or a filter restored it since). */
  public boolean isKept(Block block) {
    return !removed.get(check(block));
  }

  /** Whether a filter has removed the block and none has restored it. */
  public boolean isRemoved(Block block) {
    return removed.get(check(block));
  }

  /** Records that the block is noise. Removing a removed block again records nothing. */
  public void remove(Block block, String filter, String reason) {
    remove(block, filter, null, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * The same, with a reason put into words only when someone reads it: for a reason built from
   * parts, which most runs never read. See {@link Decision} for what the supplier may capture.
   */
  public void remove(Block block, String filter, Supplier<String> reason) {
    remove(block, filter, Objects.requireNonNull(reason, "reason"), null);
  }

  private void remove(Block block, String filter, @Nullable Supplier<String> because, @Nullable String reason) {
    int i = check(block);
    if (!removed.get(i)) {
      removed.set(i);
      kept = null;
      removedBy[i] = decisions.size();
      decisions.add(new Decision(i, Decision.Action.REMOVE, null, filter, because, reason));
    }
  }

  /** Records that a removed block is content after all. Restoring a kept block records nothing. */
  public void restore(Block block, String filter, String reason) {
    restore(block, filter, null, Objects.requireNonNull(reason, "reason"));
  }

  /** The same, with a reason put into words only when someone reads it (see {@link #remove(Block, String, Supplier)}). */
  public void restore(Block block, String filter, Supplier<String> reason) {
    restore(block, filter, Objects.requireNonNull(reason, "reason"), null);
  }

  private void restore(Block block, String filter, @Nullable Supplier<String> because, @Nullable String reason) {
    int i = check(block);
    if (removed.get(i)) {
      removed.clear(i);
      kept = null;
      decisions.add(new Decision(i, Decision.Action.RESTORE, null, filter, because, reason));
    }
  }

  /** Records a label on the block. Setting a label the block has records nothing. */
  public void label(Block block, Label label, String filter, String reason) {
    label(block, label, filter, null, Objects.requireNonNull(reason, "reason"));
  }

  /** The same, with a reason put into words only when someone reads it (see {@link #remove(Block, String, Supplier)}). */
  public void label(Block block, Label label, String filter, Supplier<String> reason) {
    label(block, label, filter, Objects.requireNonNull(reason, "reason"), null);
  }

  private void label(Block block, Label label, String filter, @Nullable Supplier<String> because,
      @Nullable String reason) {
    int i = check(block);
    int bit = bit(Objects.requireNonNull(label, "label"));
    if ((labels[i] & bit) == 0) {
      labels[i] |= bit;
      decisions.add(new Decision(i, Decision.Action.LABEL, label, filter, because, reason));
    }
  }

  /** Clears a label from the block. Clearing a label the block lacks records nothing. */
  public void unlabel(Block block, Label label, String filter, String reason) {
    int i = check(block);
    int bit = bit(Objects.requireNonNull(label, "label"));
    if ((labels[i] & bit) != 0) {
      labels[i] &= ~bit;
      decisions.add(new Decision(i, Decision.Action.UNLABEL, label, filter, reason));
    }
  }

  /** Whether the block carries the label now. */
  public boolean has(Block block, Label label) {
    return (labels[check(block)] & bit(label)) != 0;
  }

  /** Whether the block carries any label at all. */
  public boolean isLabelled(Block block) {
    return labels[check(block)] != 0;
  }

  /** Whether the block carries a label other than the given one ({@code CONTENT}, say). */
  public boolean hasLabelOtherThan(Block block, Label label) {
    return (labels[check(block)] & ~bit(Objects.requireNonNull(label, "label"))) != 0;
  }

  /** Whether any kept block carries the label: an earlier filter already found, say, a headline. */
  public boolean anyKept(Label label) {
    for (int i = removed.nextClearBit(0); i < blockArray.length; i = removed.nextClearBit(i + 1)) {
      if ((labels[i] & bit(label)) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The label's bit in {@link #labels}. */
  private static int bit(Label label) {
    return 1 << label.ordinal();
  }

  /** The block's labels at this point: an unmodifiable snapshot, empty for most blocks. */
  public Set<Label> labels(Block block) {
    int bits = labels[check(block)];
    if (bits == 0) {
      return Set.of();
    }
    Set<Label> set = EnumSet.noneOf(Label.class);
    for (int b = bits; b != 0; b &= b - 1) {
      set.add(LABELS[Integer.numberOfTrailingZeros(b)]);
    }
    return Collections.unmodifiableSet(set);
  }

  /** The decision that removed the block, if it is removed. */
  public Optional<Decision> removal(Block block) {
    int i = check(block);
    // Kept per block, so that listing every removal of a page is linear, not quadratic.
    return removed.get(i) ? Optional.of(decisions.get(removedBy[i])) : Optional.empty();
  }


  /** Every decision so far, in the order it was made; a read-only view. */
  public List<Decision> decisions() {
    return Collections.unmodifiableList(decisions);
  }

  /** What the page says about itself: structured data, metas, the markup around the headline. */
  public PageMetadata metadata() {
    return metadata;
  }

  /** Replaces what the page says about itself, for a filter that learnt more of it. */
  public void setMetadata(PageMetadata metadata) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  /** Whether a limit cut the input short (see {@link dev.winnow.Limits}). */
  public boolean truncated() {
    return truncated;
  }

  /** Records that a limit cut the input short; see {@link #truncated()}. */
  public void markTruncated() {
    this.truncated = true;
  }

  /**
   * The kind a filter judged the page to be, or {@code null} when no filter said; the segmenter
   * then judges by the number of articles it finds.
   */
  public @Nullable PageKind kind() {
    return kind;
  }

  /** Who judged the page's {@linkplain #kind() kind} and why ("PageKindFilter: ..."), or null. */
  public @Nullable String kindReason() {
    return kindReason;
  }

  /**
   * Records that the page is one article or a listing. A later call overrides an earlier one, so
   * the last filter to judge wins; the reason says who judged and why.
   */
  public void setKind(PageKind kind, String filter, String reason) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.kindReason = Objects.requireNonNull(filter, "filter") + ": " + Objects.requireNonNull(reason, "reason");
  }

  /**
   * A per-page analysis of the blocks' text, computed by the first filter that asks and reused by
   * the later ones, so that a chain pays for it once (as {@code TextFeatures.of(page)} does).
   * Only for analyses that depend on the blocks alone, never on what filters decided.
   *
   * @param type the analysis's class, its key on this page
   * @param compute makes the analysis when this page has none yet
   */
  public <T> T analysis(Class<T> type, Function<? super Page, ? extends T> compute) {
    T found = analysisIfMade(type);
    if (found != null) {
      return found;
    }
    T made = type.cast(Objects.requireNonNull(compute.apply(this), "analysis"));
    if (analysisCount == analyses.length) {
      analysisTypes = Arrays.copyOf(analysisTypes, analysisCount * 2);
      analyses = Arrays.copyOf(analyses, analysisCount * 2);
    }
    analysisTypes[analysisCount] = type;
    analyses[analysisCount++] = made;
    return made;
  }

  /**
   * The page's analysis of that type if a filter has made it, or null: for a filter that reads
   * one when the chain has made it anyway and works without it otherwise.
   */
  public <T> @Nullable T analysisIfMade(Class<T> type) {
    Objects.requireNonNull(type, "type");
    for (int i = 0; i < analysisCount; i++) {
      if (analysisTypes[i] == type) {
        return type.cast(analyses[i]);
      }
    }
    return null;
  }

  /** The kept block before this one, or null. */
  public @Nullable Block previousKept(Block block) {
    for (int i = check(block) - 1; i >= 0; i--) {
      if (!removed.get(i)) {
        return blockArray[i];
      }
    }
    return null;
  }

  /** The kept block after this one, or null. */
  public @Nullable Block nextKept(Block block) {
    int i = removed.nextClearBit(check(block) + 1);
    return i < blockArray.length ? blockArray[i] : null;
  }

  private static IllegalArgumentException notOnPage(Block block) {
    return new IllegalArgumentException("block " + block + " is not on this page");
  }

  private int check(Block block) {
    int i = block.index();
    if (i >= blockArray.length || blockArray[i] != block) {
      throw notOnPage(block);
    }
    return i;
  }
}
