package dev.winnow.eval;

import java.util.Collection;

/**
 * Scores over a set of pages, aggregated as the benchmark does: precision averaged over pages
 * whose extraction has a shingle, recall over pages whose ground truth has one, F1 of the two
 * means, accuracy the share of exact pages.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pages how many pages were scored
 * @param precision mean precision
 * @param recall mean recall
 * @param f1 the F1 of the two means
 * @param accuracy the share of pages extracted exactly
 * @since 0.1
 */
public record Summary(int pages, double precision, double recall, double f1, double accuracy) {

  /** Aggregates page scores. */
  public static Summary of(Collection<PageScore> scores) {
    double p = 0;
    int pn = 0;
    double r = 0;
    int rn = 0;
    int exact = 0;
    for (PageScore s : scores) {
      if (s.extractedSomething()) {
        p += s.precision();
        pn++;
      }
      if (s.expectedSomething()) {
        r += s.recall();
        rn++;
      }
      if (s.exact()) {
        exact++;
      }
    }
    double mp = pn == 0 ? 0 : p / pn;
    double mr = rn == 0 ? 0 : r / rn;
    double f1 = mp + mr == 0 ? 0 : 2 * mp * mr / (mp + mr);
    return new Summary(scores.size(), mp, mr, f1, scores.isEmpty() ? 0 : (double) exact / scores.size());
  }
}
