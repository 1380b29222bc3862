package dev.winnow;

import dev.winnow.block.Decision;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One block a filter removed, for the explain trail: the decision that removed it and the block's
 * text. Its reason is put into words only when first asked for, like a {@link Decision}'s.
 *
 * <p>Immutable and thread-safe, with value equality over all four fields.
 *
 * @since 0.1
 */
public final class Removal {
  private final Decision decision;
  private final String text;

  /**
   * @param block the block's index on the page
   * @param text the block's text
   * @param filter the name of the filter that removed it
   * @param reason why, in words
   */
  public Removal(int block, String text, String filter, String reason) {
    this(new Decision(block, Decision.Action.REMOVE, null, filter, reason), text);
  }

  /** The removal a decision records, for a block of this text. */
  Removal(Decision removed, String text) {
    this.decision = Objects.requireNonNull(removed, "removed");
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The block's index on the page. */
  public int block() {
    return decision.block();
  }

  /** The block's text. */
  public String text() {
    return text;
  }

  /** The name of the filter that removed it. */
  public String filter() {
    return decision.filter();
  }

  /** Why, in words. */
  public String reason() {
    return decision.reason();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Removal r && block() == r.block() && text.equals(r.text) && filter().equals(r.filter())
        && reason().equals(r.reason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(block(), text, filter(), reason());
  }

  @Override
  public String toString() {
    return "Removal[block=" + block() + ", text=" + text + ", filter=" + filter() + ", reason=" + reason() + "]";
  }
}
