package dev.winnow;

import dev.winnow.filter.Filter;
import java.util.List;

/** The preset chains. Order matters: removals first, then structure on what is left. */
final class Presets {
  private Presets() {}

  static List<Filter> newsFilters() {
    return List.of();
  }
}
