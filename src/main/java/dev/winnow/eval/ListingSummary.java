package dev.winnow.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * {@link ListingScore}s summed over a set of pages as the listing scorer sums them: body token F1
 * micro-averaged over all articles, headline and section rates over all gold articles, the count
 * rate over pages, leaks and lost paragraphs added up.
 *
 * <pre>{@code
 * ListingSummary s = ListingSummary.of(scores);
 * System.out.println(s.line());   // textmode: f1=0.7972 headline=0.4743 ... leaks=49 lost=145
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param pages how many pages were scored
 * @param goldArticles gold articles over all pages
 * @param predictedArticles extracted articles over all pages
 * @param tp body tokens found
 * @param fp body tokens extracted in surplus
 * @param fn body tokens missed
 * @param headlinesRight gold articles with the right headline
 * @param sectionsRight gold articles with the right section
 * @param countsRight pages with the right number of articles
 * @param leaks distinct noise lines leaked, summed over pages
 * @param lost gold paragraphs lost
 * @param goldParagraphs gold paragraphs over all pages
 * @since 0.1
 */
public record ListingSummary(
    int pages, int goldArticles, int predictedArticles, long tp, long fp, long fn, int headlinesRight,
    int sectionsRight, int countsRight, int leaks, int lost, int goldParagraphs) {

  /** Adds up page scores. */
  public static ListingSummary of(Collection<ListingScore> scores) {
    int gold = 0;
    int predicted = 0;
    long tp = 0;
    long fp = 0;
    long fn = 0;
    int headlines = 0;
    int sections = 0;
    int counts = 0;
    int leaks = 0;
    int lost = 0;
    int paragraphs = 0;
    for (ListingScore s : scores) {
      gold += s.goldArticles();
      predicted += s.predictedArticles();
      tp += s.tp();
      fp += s.fp();
      fn += s.fn();
      headlines += s.headlinesRight();
      sections += s.sectionsRight();
      counts += s.countRight() ? 1 : 0;
      leaks += s.leaks().size();
      lost += s.lost().size();
      paragraphs += s.goldParagraphs();
    }
    return new ListingSummary(
        scores.size(), gold, predicted, tp, fp, fn, headlines, sections, counts, leaks, lost, paragraphs);
  }

  static double f1(long tp, long fp, long fn) {
    long d = 2 * tp + fp + fn;
    return d == 0 ? 1 : 2.0 * tp / d;
  }

  /** Body token F1 over all articles. */
  public double f1() {
    return f1(tp, fp, fn);
  }

  /** Body token precision, 1 when nothing was extracted. */
  public double precision() {
    return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
  }

  /** Body token recall, 1 when there was nothing to find. */
  public double recall() {
    return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
  }

  /** The share of gold articles whose headline came out exactly (whitespace and quotes aside). */
  public double headline() {
    return goldArticles == 0 ? 1 : (double) headlinesRight / goldArticles;
  }

  /** The share of gold articles whose section came out exactly. */
  public double section() {
    return goldArticles == 0 ? 1 : (double) sectionsRight / goldArticles;
  }

  /** The share of pages with the right number of articles. */
  public double count() {
    return pages == 0 ? 0 : (double) countsRight / pages;
  }

  /**
   * The scorer's last line, character for character:
   * {@code textmode: f1=… headline=… section=… count=… leaks=… lost=…}.
   */
  public String line() {
    return "textmode: f1=" + fixed4(f1()) + " headline=" + fixed4(headline()) + " section=" + fixed4(section())
        + " count=" + fixed4(count()) + " leaks=" + leaks + " lost=" + lost;
  }

  /**
   * Python's {@code '%.4f'}: the double's exact value rounded half to even. Java's {@code %.4f}
   * rounds half up, from a shortened decimal, and can print a different last digit.
   */
  static String fixed4(double x) {
    return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }
}
