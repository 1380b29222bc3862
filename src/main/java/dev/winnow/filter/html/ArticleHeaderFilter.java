package dev.winnow.filter.html;

import dev.winnow.InputKind;
import dev.winnow.analysis.Bylines;
import dev.winnow.analysis.DateLines;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.source.HintPatterns;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds the head of the article on an HTML page, so that the body is only the body: labels the
 * headline {@link Label#HEADLINE}, the author and date lines under it {@link Label#BYLINE} and
 * {@link Label#DATE}, and a short kicker line right above it {@link Label#SECTION}; the other
 * lines above the headline (share bars, breadcrumbs, disclaimers) are removed, unless prose stands
 * above it too.
 *
 * <p>The headline is the first kept heading whose text matches the page's stated headline
 * ({@link dev.winnow.block.PageMetadata#headline()}, from JSON-LD, Open Graph or the title), or,
 * when the page states none that matches, the first kept {@code <h1>} above the first paragraph
 * of prose. Under it, up to {@link #MAX_HEAD_BLOCKS} blocks that are not prose are read as the
 * article's byline ("By ...", or a container called byline or author) and date (a date line, or a
 * container called date, time or published). Runs after {@link MainContentFilter} and leaves
 * pages that already have a headline label alone, so a listing's headlines are not touched.
 *
 * <pre>{@code
 * Result r = Pipeline.news().process(Input.html(html));
 * r.articles().get(0).headline();     // the labelled headline, not a body paragraph
 * r.articles().get(0).byline();       // "By Jane Roe"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ArticleHeaderFilter implements Filter {
  /** How many blocks under the headline may still belong to its head (dek, byline, date, share bar). */
  static final int MAX_HEAD_BLOCKS = 6;

  /** A byline or date line is short: at most this many chars. */
  static final int MAX_LINE_CHARS = 120;

  /** A kicker above the headline has at most this many words ("World", "Tech Reviews"). */
  static final int MAX_SECTION_WORDS = 4;

  private static final HintPatterns BYLINE_HINTS =
      HintPatterns.of("*byline*", "author*", "*writer*", "contributor*", "by", "reporter");
  private static final HintPatterns DATE_HINTS =
      HintPatterns.of("date*", "*date", "time", "timestamp", "published*", "updated", "pubdate", "dateline*");

  @Override
  public void apply(Page page) {
    if (page.input() != InputKind.HTML) {
      return;
    }
    if (page.anyKept(Label.HEADLINE)) {
      return;
    }
    List<Block> kept = page.kept();
    int h = findHeadline(kept, page.metadata().headline());
    if (h < 0) {
      return;
    }
    Block headline = kept.get(h);
    page.label(headline, Label.HEADLINE, name(), "the article's headline (" + headline.markup().tag() + ")");
    boolean proseAbove = false;
    for (int i = 0; i < h && !proseAbove; i++) {
      proseAbove = ContentTree.isProse(kept.get(i));
    }
    for (int i = 0; i < h; i++) {
      Block b = kept.get(i);
      if (i == h - 1 && isSectionLike(b)) {
        page.label(b, Label.SECTION, name(), "short line right above the headline");
      } else if (!proseAbove) {
        // Above a headline that opens the content sit share bars, breadcrumbs and kickers; when
        // prose stands above it, the page is laid out some other way and nothing is removed.
        page.remove(b, name(), "above the headline, not prose");
      }
    }
    for (int i = h + 1; i < kept.size() && i <= h + MAX_HEAD_BLOCKS; i++) {
      Block b = kept.get(i);
      if (ContentTree.isProse(b) || b.markup().headingLevel() > 0) {
        break;
      }
      if (isByline(b, page.metadata().byline())) {
        page.label(b, Label.BYLINE, name(), "author line under the headline");
      } else if (isDate(b)) {
        page.label(b, Label.DATE, name(), "date line under the headline");
      }
    }
  }

  /** The index in kept of the headline block, or -1. */
  static int findHeadline(List<Block> kept, @Nullable String stated) {
    if (stated != null) {
      String want = key(stated);
      for (int i = 0; i < kept.size(); i++) {
        Block b = kept.get(i);
        if (b.markup().headingLevel() > 0 && matches(key(b.text()), want)) {
          return i;
        }
      }
    }
    for (int i = 0; i < kept.size(); i++) {
      Block b = kept.get(i);
      if (ContentTree.isProse(b)) {
        return -1;
      }
      if (b.markup().headingLevel() == 1) {
        return i;
      }
    }
    return -1;
  }

  static boolean matches(String block, String stated) {
    if (block.isEmpty() || stated.isEmpty()) {
      return false;
    }
    return block.equals(stated) || (block.length() * 2 >= stated.length() && stated.contains(block))
        || (stated.length() * 2 >= block.length() && block.contains(stated));
  }

  /** Text reduced to lower-case letters and digits, for comparing headlines written two ways. */
  static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isSectionLike(Block b) {
    return b.wordCount() >= 1 && b.wordCount() <= MAX_SECTION_WORDS && !b.endsSentence();
  }

  static boolean isByline(Block b, @Nullable String stated) {
    if (b.length() > MAX_LINE_CHARS) {
      return false;
    }
    if (Bylines.opensWithByline(b.text())) {
      return true;
    }
    if (stated != null && b.text().toLowerCase(Locale.ROOT).contains(stated.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return BYLINE_HINTS.matches(ownHints(b));
  }

  static boolean isDate(Block b) {
    return b.length() <= MAX_LINE_CHARS && (DateLines.looksLikeDate(b.text()) || DATE_HINTS.matches(ownHints(b)));
  }

  private static String ownHints(Block b) {
    return b.markup().node() == null ? "" : b.markup().node().hints();
  }
}
