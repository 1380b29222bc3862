package dev.winnow.filter;

import dev.winnow.block.Page;

/**
 * One step of a {@link dev.winnow.Pipeline}: looks at a page and records decisions on its blocks
 * through {@link Page#remove}, {@link Page#label} and their kin, always with its {@link #name()}
 * and a reason. A filter never drops a block silently and never keeps state between pages, so one
 * instance serves any number of pages on any number of threads.
 *
 * <pre>{@code
 * Filter shouting = new Filter() {
 *   public void apply(Page page) {
 *     for (Block b : page.kept()) {
 *       if (b.text().equals("BREAKING")) page.remove(b, name(), "a kicker, not content");
 *     }
 *   }
 * };
 * Pipeline mine = Pipeline.news().with(shouting);
 * }</pre>
 *
 * <p>A reason built from parts can be handed over as a supplier, {@code page.remove(b, name(), ()
 * -> "kicker '" + b.text() + "'")}, and is then put into words only when someone reads it: a
 * filter that decides on most blocks of most pages then builds no sentence a run never shows.
 *
 * @since 0.1
 */
public interface Filter {

  /**
   * The name this filter records its decisions under; by default the class's simple name. Names
   * identify filters in {@link dev.winnow.Pipeline#without(String)} and friends, so two filters of
   * one pipeline should not share one.
   */
  default String name() {
    String simple = getClass().getSimpleName();
    return simple.isEmpty() ? getClass().getName() : simple;
  }

  /** Records this filter's decisions on the page. */
  void apply(Page page);
}
