package dev.winnow.eval;

import java.util.List;
import java.util.Objects;

/**
 * One listing page's score under the {@link ListingMetric}: raw counts, so that pages add up as
 * the scorer adds them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param goldArticles how many articles the gold has
 * @param predictedArticles how many articles the extraction returned
 * @param tp body tokens of gold articles found in their aligned extracted article
 * @param fp extracted body tokens that no aligned gold article has (optional lines excepted)
 * @param fn gold body tokens missing from their aligned extracted article, or from an article
 *     none was aligned to
 * @param headlinesRight gold articles whose aligned article has the same headline
 * @param sectionsRight gold articles whose aligned article has the same section
 * @param leaks the distinct gold noise lines (whitespace normalized) that came out as a whole
 *     paragraph, a whole line of one, or a headline, sorted
 * @param lost the gold paragraphs found in no extracted paragraph, in gold order
 * @param goldParagraphs how many paragraphs the gold has
 * @since 0.1
 */
public record ListingScore(
    int goldArticles, int predictedArticles, long tp, long fp, long fn, int headlinesRight, int sectionsRight,
    List<String> leaks, List<String> lost, int goldParagraphs) {

  /** Copies the leaked and lost lines; neither list may be null. */
  public ListingScore {
    leaks = List.copyOf(Objects.requireNonNull(leaks, "leaks"));
    lost = List.copyOf(Objects.requireNonNull(lost, "lost"));
  }

  /** Whether the extraction returned as many articles as the gold has. */
  public boolean countRight() {
    return goldArticles == predictedArticles;
  }

  /** The page's own body token F1, 1 when there is nothing to find and nothing was found. */
  public double f1() {
    return ListingSummary.f1(tp, fp, fn);
  }
}
