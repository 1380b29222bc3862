package dev.winnow.block;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One thing a filter decided about one block, with the filter's name and a reason a person can
 * read. The ordered list of decisions on a {@link Page} is its explain trail.
 *
 * <p>A reason can be given as a {@link Supplier}, which is asked the first time {@link #reason()}
 * is: a page records a decision for most of its blocks, and most runs never read why, so a filter
 * need not build a sentence for each. The supplier must be pure, always giving the same text, and
 * may capture only what does not change after the decision (the block's text, numbers, immutable
 * objects); it is kept, and may be asked again from another thread.
 *
 * <p>Immutable and thread-safe, with value equality over all five fields.
 *
 * @since 0.1
 */
public final class Decision {

  /** The kinds of decision. */
  public enum Action {
    /** The block is noise. */
    REMOVE,
    /** A block an earlier filter removed is content after all. */
    RESTORE,
    /** The block carries a label. */
    LABEL,
    /** The block no longer carries a label. */
    UNLABEL
  }

  private final int block;
  private final Action action;
  private final @Nullable Label label;
  private final String filter;

  /** Gives the reason when it was not given as text; null when it was. */
  private final @Nullable Supplier<String> because;

  /**
   * The reason once known. Written at most once per thread that finds it null; every write is the
   * same immutable string, so the race between two first readers is benign.
   */
  private @Nullable String reason;

  /**
   * @param block the index of the block
   * @param action what was decided
   * @param label the label set or cleared, for {@link Action#LABEL} and {@link Action#UNLABEL}
   * @param filter the name of the filter that decided
   * @param reason why, in words
   */
  public Decision(int block, Action action, @Nullable Label label, String filter, String reason) {
    this(block, action, label, filter, null, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * A decision whose reason is put into words only when asked for (see the class comment).
   *
   * @param reason gives the reason, in words; never null, and never gives null
   */
  public Decision(int block, Action action, @Nullable Label label, String filter, Supplier<String> reason) {
    this(block, action, label, filter, Objects.requireNonNull(reason, "reason"), null);
  }

  /** With the reason in words or as a supplier of them: exactly one of the two is not null. */
  Decision(int block, Action action, @Nullable Label label, String filter, @Nullable Supplier<String> because,
      @Nullable String reason) {
    this.block = block;
    this.action = Objects.requireNonNull(action, "action");
    this.filter = Objects.requireNonNull(filter, "filter");
    if ((action == Action.LABEL || action == Action.UNLABEL) != (label != null)) {
      throw new IllegalArgumentException("a label goes with LABEL and UNLABEL, and only with them");
    }
    this.label = label;
    this.because = because;
    this.reason = reason;
  }

  /** The index of the block. */
  public int block() {
    return block;
  }

  /** What was decided. */
  public Action action() {
    return action;
  }

  /** The label set or cleared, for {@link Action#LABEL} and {@link Action#UNLABEL}; else null. */
  public @Nullable Label label() {
    return label;
  }

  /** The name of the filter that decided. */
  public String filter() {
    return filter;
  }

  /** Why, in words. */
  public String reason() {
    String r = reason;
    if (r == null) {
      // Not null here: a decision has a text reason or a supplier.
      r = Objects.requireNonNull(Objects.requireNonNull(because).get(), () -> filter + " gave a null reason");
      reason = r;
    }
    return r;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Decision d && block == d.block && action == d.action && label == d.label
        && filter.equals(d.filter) && reason().equals(d.reason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(block, action, label, filter, reason());
  }

  @Override
  public String toString() {
    return "Decision[block=" + block + ", action=" + action + ", label=" + label + ", filter=" + filter
        + ", reason=" + reason() + "]";
  }
}
