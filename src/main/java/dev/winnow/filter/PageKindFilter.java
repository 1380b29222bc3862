package dev.winnow.filter;

import dev.winnow.InputKind;
import dev.winnow.PageKind;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.internal.ReadsTextFeatures;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a plain-text page carries one article or lists several, and
 * {@linkplain Page#setKind states it on the page} so that later filters and the segmenter act on
 * it. A listing shows several <em>units</em> of one shape: a delimiter (a section label that
 * recurs on the page, like "International", a read-more stub, a boundary), then a title-like
 * line, then two paragraphs of prose or more. A recurring label right after a paragraph is a card
 * set into an article, not a delimiter. Several read-more stubs that each close two paragraphs of
 * prose or more mean a listing too; a stub after one paragraph closes a teaser, which article pages
 * carry many of. Anything else is one article, possibly among teasers of others. A kind an earlier filter stated
 * is left as it is; HTML pages are left alone.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(new PageKindFilter(), new ContentClassFilter(), new MainArticleFilter());
 * Result r = p.processText(dump);   // r.page() is ARTICLE or LISTING as judged here
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@ReadsTextFeatures
public final class PageKindFilter implements Filter {

  /** The name decisions are recorded under. */
  public static final String NAME = "PageKindFilter";

  /**
   * The thresholds of the decision. Immutable; {@link #DEFAULT} is safe to keep anywhere.
   *
   * @param minUnits the fewest delimiter + title + prose units (or prose runs closed by a stub)
   *     that make a listing
   * @param proseMinWords the fewest words of a line that ends a sentence and counts as prose
   * @param titleMinWords the fewest words of a title-like line
   * @param titleMaxWords the most words of a title-like line
   * @param delimiterMaxWords the most words of a recurring line that delimits units
   * @param unitMinParagraphs the fewest paragraphs of prose in a row under a unit's title: one
   *     paragraph under a title is a teaser, which article pages carry many of
   */
  public record Settings(int minUnits, int proseMinWords, int titleMinWords, int titleMaxWords,
      int delimiterMaxWords, int unitMinParagraphs) {

    /** Two units of two paragraphs, prose of 20 words, titles of 3 to 25 words, delimiters of up to 4. */
    public static final Settings DEFAULT = new Settings(2, 20, 3, 25, 4, 2);

    public Settings {
      if (minUnits < 2 || proseMinWords < 1 || titleMinWords < 1 || titleMaxWords < titleMinWords
          || delimiterMaxWords < 1 || unitMinParagraphs < 1) {
        throw new IllegalArgumentException("bad page kind settings: " + minUnits + ", " + proseMinWords + ", "
            + titleMinWords + ", " + titleMaxWords + ", " + delimiterMaxWords + ", " + unitMinParagraphs);
      }
    }

    public Settings withMinUnits(int v) {
      return new Settings(v, proseMinWords, titleMinWords, titleMaxWords, delimiterMaxWords,
          unitMinParagraphs);
    }

    public Settings withProseMinWords(int v) {
      return new Settings(minUnits, v, titleMinWords, titleMaxWords, delimiterMaxWords, unitMinParagraphs);
    }

    public Settings withTitleWords(int min, int max) {
      return new Settings(minUnits, proseMinWords, min, max, delimiterMaxWords, unitMinParagraphs);
    }

    public Settings withDelimiterMaxWords(int v) {
      return new Settings(minUnits, proseMinWords, titleMinWords, titleMaxWords, v, unitMinParagraphs);
    }

    public Settings withUnitMinParagraphs(int v) {
      return new Settings(minUnits, proseMinWords, titleMinWords, titleMaxWords, delimiterMaxWords, v);
    }
  }

  private final Settings settings;

  /** A filter with the {@linkplain Settings#DEFAULT default} thresholds. */
  public PageKindFilter() {
    this(Settings.DEFAULT);
  }

  public PageKindFilter(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** {@value #NAME}, computed once: decisions are recorded under it block by block. */
  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(Page page) {
    if (page.input() != InputKind.TEXT || page.kind() != null) {
      return;
    }
    // Shared with the filters after this one, so the repeat counts cost nothing extra.
    TextFeatures f = TextFeatures.of(page);
    List<Block> kept = page.kept();
    int units = 0;
    String example = null;
    for (int k = 0; k < kept.size(); k++) {
      Block title = kept.get(k);
      if (!isTitle(page, title) || f.repeats(title.index()) > 1 || !proseFollows(kept, k)) {
        continue; // a headline printed twice belongs to a card or a carousel
      }
      String delimiter = delimiterBefore(page, title, f);
      if (delimiter != null) {
        units++;
        if (example == null) {
          example = delimiter;
        }
      }
    }
    int stubs = closedByStubs(page);
    if (units >= settings.minUnits()) {
      page.setKind(PageKind.LISTING, name(), units + " units of a delimiter (like \"" + example
          + "\"), a title and prose");
    } else if (stubs >= settings.minUnits()) {
      page.setKind(PageKind.LISTING, name(), stubs + " runs of prose closed by read-more stubs");
    } else {
      page.setKind(PageKind.ARTICLE, name(), "one article: " + units + " delimited title + prose units and "
          + stubs + " stub-closed runs, fewer than " + settings.minUnits());
    }
  }

  private boolean isTitle(Page page, Block b) {
    if (page.has(b, Label.HEADLINE)) {
      return true;
    }
    int w = b.wordCount();
    if (w < settings.titleMinWords() || w > settings.titleMaxWords() || LineScan.startsWithBullet(b.text())) {
      return false;
    }
    String t = b.text();
    char last = t.charAt(t.length() - 1);
    if (last == '.') {
      // "... at 8:45 a.m." ends an abbreviation, not a sentence.
      int space = t.lastIndexOf(' ');
      return t.indexOf('.', space + 1) < t.length() - 1;
    }
    return last != ':' && last != ',' && last != ';';
  }

  /**
   * Whether a story follows the title: after at most one more short line (a dek or a related
   * link), {@code unitMinParagraphs} paragraphs of prose in a row. A teaser has one at most.
   */
  private boolean proseFollows(List<Block> kept, int k) {
    for (int j = k + 1; j <= k + 2 && j < kept.size(); j++) {
      if (isProse(kept.get(j))) {
        int run = 0;
        while (j + run < kept.size() && isProse(kept.get(j + run)) && run < settings.unitMinParagraphs()) {
          run++;
        }
        return run >= settings.unitMinParagraphs();
      }
    }
    return false;
  }

  private boolean isProse(Block b) {
    return b.wordCount() >= settings.proseMinWords() && b.endsSentence();
  }

  /** The delimiter right before the title, or null: a labelled section, stub or boundary, or a recurring short line. */
  private @Nullable String delimiterBefore(Page page, Block title, TextFeatures f) {
    for (int i = title.index() - 1; i >= 0; i--) {
      Block b = page.block(i);
      if (page.has(b, Label.SECTION) || page.has(b, Label.STUB) || page.has(b, Label.BOUNDARY)) {
        return b.text();
      }
      if (page.isRemoved(b)) {
        continue;
      }
      if (b.wordCount() == 0 || b.wordCount() > settings.delimiterMaxWords() || f.repeats(i) < 2) {
        return null;
      }
      // A card set into running prose ("Business / Other headline / blurb") is no unit of a
      // listing: there a delimiter follows a stub, an ad or chrome, never a paragraph. The line
      // right before counts whoever removed it: carousel controls between stories are chrome.
      return i > 0 && isProse(page.block(i - 1)) ? null : b.text();
    }
    return null;
  }

  /**
   * Read-more stubs that close a story: {@code unitMinParagraphs} paragraphs of prose in a row
   * right before them (a teaser has one). One sweep.
   */
  private int closedByStubs(Page page) {
    int stubs = 0;
    int prose = 0;
    for (Block b : page.blocks()) {
      if (page.has(b, Label.STUB)) {
        if (prose >= settings.unitMinParagraphs()) {
          stubs++;
        }
        prose = 0;
      } else if (page.isKept(b)) {
        prose = isProse(b) ? prose + 1 : 0;
      }
    }
    return stubs;
  }
}
