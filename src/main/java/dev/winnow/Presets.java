package dev.winnow;

import dev.winnow.filter.Filter;
import dev.winnow.filter.html.ArticleHeaderFilter;
import dev.winnow.filter.html.CaptionFilter;
import dev.winnow.filter.html.HtmlBoilerplateFilter;
import dev.winnow.filter.html.ListingFilter;
import dev.winnow.filter.html.MainContentFilter;
import dev.winnow.filter.html.NoiseContainerFilter;
import dev.winnow.filter.noise.AdLabelFilter;
import dev.winnow.filter.noise.BannerTokenFilter;
import dev.winnow.filter.noise.CarouselControlFilter;
import dev.winnow.filter.noise.ConsentNoticeFilter;
import dev.winnow.filter.noise.IdentifierLineFilter;
import dev.winnow.filter.noise.InlineTeaserFilter;
import dev.winnow.filter.noise.NewsletterPromptFilter;
import dev.winnow.filter.noise.PageChromeFilter;
import dev.winnow.filter.noise.PhotoCreditFilter;
import dev.winnow.filter.noise.PlaceholderFilter;
import dev.winnow.filter.noise.ReadMoreStubFilter;
import dev.winnow.filter.noise.RepeatedBlockFilter;
import dev.winnow.filter.noise.SiteNameFilter;
import dev.winnow.filter.noise.SocialLinksFilter;
import dev.winnow.filter.noise.TeaserListFilter;
import dev.winnow.filter.noise.WidgetRemainderFilter;
import dev.winnow.filter.structure.ContentClassFilter;
import dev.winnow.filter.structure.HeadlineFilter;
import dev.winnow.filter.structure.MainArticleFilter;
import dev.winnow.filter.structure.OrphanBlockFilter;
import dev.winnow.filter.structure.PageKindFilter;
import java.util.List;

/**
 * The preset chains. Order matters: noise removal first, then main-content selection, then the
 * structure of what is left (sections, headlines, deks), then clean-up of lines no article owns.
 */
final class Presets {
  private Presets() {}

  /** Built once: every filter is immutable, so one chain serves every pipeline and thread. */
  private static final List<Filter> NEWS = List.of(
      // Stubs first, so their STUB labels are in place whatever later filters remove.
      new ReadMoreStubFilter(),
      new AdLabelFilter(),
      new BannerTokenFilter(),
      new IdentifierLineFilter(),
      new PlaceholderFilter(),
      new PhotoCreditFilter(),
      new CarouselControlFilter(),
      // Before the repeat finder, so list headings get their BOUNDARY label even when repeated.
      new PageChromeFilter(),
      // The site's name, which the copyright line or the page's two ends state.
      new SiteNameFilter(),
      new SocialLinksFilter(),
      new ConsentNoticeFilter(),
      new NewsletterPromptFilter(),
      // After the stub and chrome filters: it reads their STUB and BOUNDARY labels.
      new TeaserListFilter(),
      // It judges what the known-noise filters left.
      new RepeatedBlockFilter(),
      // Last of the noise filters: it judges what all the others removed.
      new WidgetRemainderFilter(),
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
      // --- Text block: whole page dumps (TEXT input only; HTML pages pass through untouched):
      // judge the page one article or a listing, classify every paragraph from its shallow
      // text features, then keep the main article of a one-article page.
      new PageKindFilter(),
      new ContentClassFilter(),
      new MainArticleFilter(),
      // --- end of the text block.
      // Structure: labels the segmenter splits articles by, then lines no article owns.
      new HeadlineFilter(),
      // After the heads are labelled: it looks only at lines inside an article's body.
      new InlineTeaserFilter(),
      new OrphanBlockFilter());

  static List<Filter> newsFilters() {
    return NEWS;
  }
}
