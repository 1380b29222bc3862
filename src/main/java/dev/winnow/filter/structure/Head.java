package dev.winnow.filter.structure;

import dev.winnow.analysis.ArticleHeads;
import dev.winnow.analysis.Bylines;
import dev.winnow.analysis.LineScan;
import dev.winnow.analysis.TextFeatures;
import dev.winnow.block.Block;
import dev.winnow.block.Page;

/**
 * The head of an article found above its body on a text page: the headline, the author line and
 * the date line, as block indexes (-1 where none). Made per page by {@link MainArticleFilter}.
 */
final class Head {
  /** The fewest words of a headline standing above a longer dek (a kicker like "Watch live" has fewer). */
  static final int MIN_HEADLINE_ABOVE_DEK = 5;
  /** The fewest words of a dek. */
  static final int MIN_DEK_WORDS = 6;
  /** The least stopword density of a dek: it is worded as a sentence, unlike a date or credit line. */
  static final double MIN_DEK_STOPWORDS = 0.15;

  /** The most words of a section label over a headline ("World", "Real Estate", "Local News"). */
  static final int MAX_SECTION_WORDS = 3;

  public int section = -1;
  public int headline = -1;
  public int dek = -1;
  public int byline = -1;
  public int date = -1;
  public boolean repeated;

  /**
   * Looks above the body for its head: the headline is the nearest line the page repeats (text
   * dumps print the title twice) or else the longest title-like line; when a shorter title-like
   * line stands right above that one, it is the headline and the longer one its dek.
   *
   * @param noise the name of a filter whose removals say nothing (the classification's); a
   *     block another filter removed (share widgets, ad labels) is never the headline
   */
  Head(Page page, TextFeatures f, int bodyStart, MainArticleFilter.Settings s, String noise) {
    int lo = Math.max(0, bodyStart - s.headWindow());
    int longest = -1;
    for (int i = bodyStart - 1; i >= lo; i--) {
      if (longest >= 0 && isProse(page, f, i, s)) {
        // A paragraph of prose above a title line that can head the body is another story's, and
        // so is every title line above it. Taken across it, a longer headline would bring that
        // story's date line along, ahead of this one's byline. (With no title line below it, a
        // paragraph there is a caption or a blurb set between the head and the body.)
        lo = i + 1;
        break;
      }
      if (!isCandidate(page, f, i, s, noise)) {
        continue;
      }
      if (f.repeats(i) > 1 && f.words(i) >= MIN_HEADLINE_ABOVE_DEK) {
        headline = i; // a masthead repeats too, but in fewer words
        repeated = true;
        break;
      }
      if (longest < 0 || f.words(i) > f.words(longest)) {
        longest = i;
      }
    }
    if (headline < 0 && longest >= 0) {
      headline = longest;
      int above = longest - 1;
      while (above >= lo && f.placeholder(above)) {
        above--;
      }
      if (above >= lo && isCandidate(page, f, above, s, noise) && f.words(above) >= MIN_HEADLINE_ABOVE_DEK
          && page.block(above).text().indexOf("://") < 0 && isDek(page, f, longest, s)) {
        dek = longest;
        headline = above;
      }
    }
    if (headline < 0) {
      return;
    }
    int above = headline - 1;
    while (above >= 0 && f.placeholder(above)) {
      above--;
    }
    if (above >= 0 && isSection(page, f, above, noise)) {
      section = above;
    }
    int next = headline + 1;
    while (next < bodyStart && f.placeholder(next)) {
      next++;
    }
    for (int i = headline + 1; i < bodyStart; i++) {
      Block b = page.block(i);
      if (removedByOther(page, b, noise)) {
        continue; // a newsletter prompt or an ad label under the headline stays removed
      }
      if (byline < 0 && isByline(b, s)) {
        byline = i;
      } else if (date < 0 && isDate(b, s)) {
        date = i;
      } else if (dek < 0 && i == next && isDek(page, f, i, s)) {
        dek = i;
      }
    }
  }

  /** A kept paragraph of prose: a sentence of paragraph length. */
  private static boolean isProse(Page page, TextFeatures f, int i, MainArticleFilter.Settings s) {
    return page.isKept(page.block(i)) && f.endsSentence(i) && f.words(i) >= s.paragraphMinWords();
  }

  private static boolean isCandidate(Page page, TextFeatures f, int i, MainArticleFilter.Settings s, String noise) {
    Block b = page.block(i);
    return isTitle(b, s) && !removedByOther(page, b, noise);
  }

  /** Whether a filter other than {@code noise} (the classification) removed the block: that verdict stands. */
  private static boolean removedByOther(Page page, Block b, String noise) {
    return page.removal(b).map(d -> !d.filter().equals(noise)).orElse(false);
  }

  /** A short label right over the headline: no sentence, no list item, no date, no chrome. */
  private static boolean isSection(Page page, TextFeatures f, int i, String noise) {
    Block b = page.block(i);
    return f.words(i) >= 1 && f.words(i) <= MAX_SECTION_WORDS && !f.endsSentence(i) && !f.bullet(i)
        && f.digitShare(i) == 0 && (f.groupSize(i) <= 2 || f.groupSize(i) == page.size()) // one group: no grouping
        && b.text().indexOf(':') < 0
        && !removedByOther(page, b, noise);
  }

  /** A subtitle: longer than a label, worded as prose, no caption credit, no list item. */
  private static boolean isDek(Page page, TextFeatures f, int i, MainArticleFilter.Settings s) {
    String t = page.block(i).text();
    char last = t.charAt(t.length() - 1);
    return f.words(i) >= MIN_DEK_WORDS && f.words(i) <= 2 * s.headlineMaxWords() && !f.bullet(i)
        && (!f.hasStopwords() || f.stopwordDensity(i) >= MIN_DEK_STOPWORDS)
        && last != ')' && last != ']' && t.indexOf('\u00a9') < 0;
  }

  private static boolean isTitle(Block b, MainArticleFilter.Settings s) {
    int w = b.wordCount();
    String t = b.text();
    if (w < 2 || w > s.headlineMaxWords() || LineScan.startsWithBullet(t) || isByline(b, s) || isDate(b, s)
        || t.charAt(0) == '(' || t.indexOf('\u00a9') >= 0) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '.') {
      return !ArticleHeads.endsWithFullStop(t); // "Take C.A.R.E.", "Made in the U.S."
    }
    return last != ',' && last != ';' && last != ':' && last != ']' && last != '|' && last != ')';
  }

  /** A short line that opens with a byline word ("By", "Von", ...) and a capitalized name. */
  static boolean isByline(Block b, MainArticleFilter.Settings s) {
    return b.wordCount() <= s.bylineMaxWords() && b.wordCount() >= 1
        && (b.wordCount() >= 2 && Bylines.opensWithByline(b.text()) || Bylines.isStaffByline(b.text()));
  }

  /** A short line with a year (19xx, 20xx) or a clock time, another number, and a fair share of digits. */
  static boolean isDate(Block b, MainArticleFilter.Settings s) {
    String t = b.text();
    if (b.wordCount() > s.headlineMaxWords() / 2 || b.endsSentence() && t.charAt(t.length() - 1) != '.') {
      return false;
    }
    int digits = 0;
    int groups = 0;
    int run = 0;
    boolean year = false;
    boolean clock = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        if (run++ == 0) {
          groups++;
        }
        if (run == 4 && (i + 1 == t.length() || !Character.isDigit(t.charAt(i + 1)))
            && (t.charAt(i - 3) == '1' && t.charAt(i - 2) == '9' || t.charAt(i - 3) == '2' && t.charAt(i - 2) == '0')) {
          year = true;
        }
      } else {
        if (c == ':' && run >= 1 && run <= 2 && i + 2 < t.length() && Character.isDigit(t.charAt(i + 1))
            && Character.isDigit(t.charAt(i + 2))) {
          clock = true;
        }
        run = 0;
      }
    }
    return (year || clock) && groups >= 2 && digits * 8 >= t.length();
  }

}
