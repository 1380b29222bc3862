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
        // --- HTML block: these filters act on HTML pages only (page.input() == HTML) and leave
        // plain text alone. Order: drop containers named as ads and widgets; split listing pages
        // into their units; else find the story's main content; clean chrome out of it; drop
        // captions; label the story's headline, byline and date.
        new NoiseContainerFilter(),
        new ListingFilter(),
        new MainContentFilter(),
        new HtmlBoilerplateFilter(),
        new CaptionFilter(),
        new ArticleHeaderFilter(),
        // --- end of the HTML block.
        // Structure: labels the segmenter splits articles by.
        new HeadlineFilter(),
        new OrphanBlockFilter());
  }
}
