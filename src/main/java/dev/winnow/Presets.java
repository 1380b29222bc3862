package dev.winnow;

import dev.winnow.filter.ArticleHeaderFilter;
import dev.winnow.filter.CaptionFilter;
import dev.winnow.filter.Filter;
import dev.winnow.filter.HeadlineFilter;
import dev.winnow.filter.HtmlBoilerplateFilter;
import dev.winnow.filter.ListingFilter;
import dev.winnow.filter.MainContentFilter;
import dev.winnow.filter.NoiseContainerFilter;
import dev.winnow.filter.OrphanBlockFilter;
import java.util.List;

/**
 * The preset chains. Order matters: noise removal first, then main-content selection, then the
 * structure of what is left (sections, headlines, deks), then clean-up of lines no article owns.
 */
final class Presets {
  private Presets() {}

  static List<Filter> newsFilters() {
    return List.of(
        // HTML: containers named as ads and widgets, then the main content (HTML pages only).
        new NoiseContainerFilter(),
        new ListingFilter(),
        new MainContentFilter(),
        new HtmlBoilerplateFilter(),
        new CaptionFilter(),
        new ArticleHeaderFilter(),
        // Structure: labels the segmenter splits articles by.
        new HeadlineFilter(),
        new OrphanBlockFilter());
  }
}
