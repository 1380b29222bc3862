package dev.winnow.filter;

import dev.winnow.block.Block;
import dev.winnow.block.Page;
import java.util.Objects;

/**
 * Removes ad labels: blocks whose whole text is "Advertisement", "Sponsored content",
 * "Publicidad", "Anzeige", "Story continues below advertisement" and their kin in the
 * {@linkplain Vocabulary#builtIn(String) built-in} {@code ad-labels} vocabulary (en, es, pt, fr,
 * de, it), whatever the case or decoration ("- ADVERTISEMENT -", "[Publicité]"). Prose that uses
 * the words ("an advertisement campaign") stays: only whole blocks match.
 *
 * <pre>{@code
 * Filter ads = new AdLabelFilter();                                          // built-in labels
 * Filter more = new AdLabelFilter(Vocabulary.builtIn("ad-labels").plus("Reklama"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AdLabelFilter implements Filter {
  private static final Vocabulary BUILT_IN = Vocabulary.builtIn("ad-labels");

  private final Vocabulary labels;

  /** A filter with the built-in {@code ad-labels} vocabulary. */
  public AdLabelFilter() {
    this(BUILT_IN);
  }

  /** A filter with the given labels, for example the built-in ones plus a site's own. */
  public AdLabelFilter(Vocabulary labels) {
    this.labels = Objects.requireNonNull(labels, "labels");
  }

  @Override
  public void apply(Page page) {
    BlockKeys keys = BlockKeys.of(page);
    for (Block b : page.kept()) {
      String key = keys.key(b, labels.maxWords(), labels.maxKeyLength());
      Vocabulary.Match m = key == null ? null : labels.lookup(key);
      if (m != null) {
        page.remove(b, name(), () -> "ad label " + m.describe());
      }
    }
  }

  /** The built-in {@code ad-labels} vocabulary, loaded once. */
  static Vocabulary builtInLabels() {
    return BUILT_IN;
  }
}
