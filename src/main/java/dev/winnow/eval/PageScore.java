package dev.winnow.eval;

/**
 * One page's score under the {@link ShingleMetric}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param precision the share of extracted shingles that are expected
 * @param recall the share of expected shingles that were extracted
 * @param extractedSomething whether the extraction has at least one shingle (counts toward the
 *     mean precision)
 * @param expectedSomething whether the ground truth has at least one shingle (counts toward the
 *     mean recall)
 * @param exact whether the extracted token list equals the expected one
 * @since 0.1
 */
public record PageScore(
    double precision, double recall, boolean extractedSomething, boolean expectedSomething, boolean exact) {

  /** The page's own F1, for ranking pages worst first. */
  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
