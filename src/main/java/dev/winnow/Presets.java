package dev.winnow;

import dev.winnow.filter.ContentClassFilter;
import dev.winnow.filter.Filter;
import dev.winnow.filter.MainArticleFilter;
import dev.winnow.filter.PageKindFilter;
import java.util.List;

/** The preset chains. Order matters: removals first, then structure on what is left. */
final class Presets {
  private Presets() {}

  static List<Filter> newsFilters() {
    return List.of(
        // Text mode on whole page dumps (TEXT input only; HTML pages pass through untouched):
        // judge the page one article or a listing, classify every paragraph from its shallow
        // text features, then keep the main article of a one-article page.
        new PageKindFilter(),
        new ContentClassFilter(),
        new MainArticleFilter());
  }
}
