package dev.winnow.block;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a filter decided about one block, with the filter's name and a reason a person can
 * read. The ordered list of decisions on a {@link Page} is its explain trail.
 *
 * <p>Immutable and thread-safe.
 *
 * @param block the index of the block
 * @param action what was decided
 * @param label the label set or cleared, for {@link Action#LABEL} and {@link Action#UNLABEL}
 * @param filter the name of the filter that decided
 * @param reason why, in words
 * @since 0.1
 */
public record Decision(int block, Action action, @Nullable Label label, String filter, String reason) {

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

  public Decision {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(reason, "reason");
    if ((action == Action.LABEL || action == Action.UNLABEL) != (label != null)) {
      throw new IllegalArgumentException("a label goes with LABEL and UNLABEL, and only with them");
    }
  }
}
