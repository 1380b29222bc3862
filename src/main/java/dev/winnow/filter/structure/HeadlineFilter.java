package dev.winnow.filter.structure;

import dev.winnow.InputKind;
import dev.winnow.analysis.ArticleHeads;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.filter.noise.ReadMoreStubFilter;
import java.util.List;

/**
 * Finds the structure of articles on a plain-text page: section labels, headlines, deks, bylines
 * and dates, as labels the segmenter splits articles by. Runs after the noise filters, on what
 * they kept.
 *
 * <p>An article opens at a head that {@link ArticleHeads} finds:
 *
 * <pre>
 *   [section]   a short line: 1 to 4 words, no sentence end ("International")
 *   headline    a title-like line: up to 30 words, not ending in a full stop
 *   [dek]       another title-like line, not ending a sentence
 *   [byline]    "By ...", "Por ...", "Par ...", "Von ...", "Di ..." (also above the headline)
 *   [date]      a short line with a year and a month, or a numeric date (also above it)
 *   body        a prose paragraph
 * </pre>
 *
 * with evidence that an article, not a sub-heading, opens there: a section label, a byline or
 * date, a read-more stub before it, or the top of the page. A page whose blocks an earlier
 * filter already labelled {@link Label#HEADLINE} (the main-article selection) is left alone.
 * Only plain-text pages are read: HTML pages have their markup to say what a headline is.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(new ReadMoreStubFilter(), new HeadlineFilter());
 * p.processText("World\n\nA headline here\n\nBy Jane Doe\n\nA paragraph of prose that ends.")
 *  .articles();                   // one article: section "World", headline, byline, one paragraph
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HeadlineFilter implements Filter {

  @Override
  public void apply(Page page) {
    if (page.input() != InputKind.TEXT || page.anyKept(Label.HEADLINE)) {
      return;
    }
    List<Block> kept = page.kept();
    for (ArticleHeads.Head h : ArticleHeads.find(page, kept)) {
      String why = h.evidence();
      if (h.section() >= 0) {
        page.label(kept.get(h.section()), Label.SECTION, name(), () -> "short line right above a headline");
      }
      page.label(kept.get(h.headline()), Label.HEADLINE, name(),
          () -> "title-like line over prose, opening an article: " + why);
      if (h.dek() >= 0) {
        page.label(kept.get(h.dek()), Label.DEK, name(), "title-like line between headline and body");
      }
      for (int m : h.meta()) {
        Block b = kept.get(m);
        if (ArticleHeads.isByline(b)) {
          page.label(b, Label.BYLINE, name(), "author line in an article's head");
        } else if (!ArticleHeads.isDate(b)) {
          page.remove(b, name(), "time-ago or reading-time line in an article's head");
        } else {
          page.label(b, Label.DATE, name(), "date line in an article's head");
        }
      }
    }
  }
}
