package dev.winnow.filter;

import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.internal.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
      } else if (b.wordCount() <= CONTINUATION_MAX_WORDS && !b.endsSentence()) {
        String word = adWordWithContinuation(b.text());
        if (word != null) {
          page.remove(b, name(), () -> "ad label: the ad word '" + word + "' with a word that says the text goes on");
        }
      }
    }
  }

  /** The most words of a line that says "the article goes on after the ad" in its own words. */
  static final int CONTINUATION_MAX_WORDS = 7;

  private static final List<String> CONTINUATION_STEMS =
      WordLists.load(AdLabelFilter.class, "vocab/continuation-stems.txt");

  /**
   * The ad word of a short line that also says the text goes on, or null: the family of
   * "Story continues below advertisement", in wordings the vocabulary lacks ("Weiterlesen nach
   * der Anzeige"). One word of the line must be a one-word ad label of the vocabulary, another
   * open with a stem of {@code vocab/continuation-stems.txt}.
   */
  private @Nullable String adWordWithContinuation(String text) {
    String adWord = null;
    boolean goesOn = false;
    for (String w : text.split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (adWord == null && labels.matches(w)) {
        adWord = w;
        continue;
      }
      for (String stem : CONTINUATION_STEMS) {
        if (lower.startsWith(stem)) {
          goesOn = true;
          break;
        }
      }
    }
    return goesOn ? adWord : null;
  }

  /** The built-in {@code ad-labels} vocabulary, loaded once. */
  static Vocabulary builtInLabels() {
    return BUILT_IN;
  }
}
