package dev.winnow;

import dev.winnow.filter.AdLabelFilter;
import dev.winnow.filter.BannerTokenFilter;
import dev.winnow.filter.CarouselControlFilter;
import dev.winnow.filter.Filter;
import dev.winnow.filter.PageChromeFilter;
import dev.winnow.filter.ReadMoreStubFilter;
import dev.winnow.filter.RepeatedBlockFilter;
import java.util.List;

/** The preset chains. Order matters: removals first, then structure on what is left. */
final class Presets {
  private Presets() {}

  /** Built once: every filter is immutable, so one chain serves every pipeline and thread. */
  private static final List<Filter> NOISE = List.of(
      // Stubs first, so their STUB labels are in place whatever later filters remove.
      new ReadMoreStubFilter(),
      new AdLabelFilter(),
      new BannerTokenFilter(),
      new CarouselControlFilter(),
      // Before the repeat finder, so list headings get their BOUNDARY label even when repeated.
      new PageChromeFilter(),
      // Last of the noise filters: it judges what the known-noise filters left.
      new RepeatedBlockFilter());

  static List<Filter> newsFilters() {
    return NOISE;
  }
}
