package dev.winnow.filter.noise;

import dev.winnow.analysis.BlockKeys;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.analysis.WordIndex;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.internal.WordLists;
import java.util.ArrayList;
import java.util.List;
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

  /** The labels that are one word, for finding a line that holds one among others. */
  private final WordIndex adWords;

  /** A filter with the built-in {@code ad-labels} vocabulary. */
  public AdLabelFilter() {
    this(BUILT_IN);
  }

  /** A filter with the given labels, for example the built-in ones plus a site's own. */
  public AdLabelFilter(Vocabulary labels) {
    this.labels = Objects.requireNonNull(labels, "labels");
    List<String> single = new ArrayList<>();
    for (String key : labels.keys()) {
      if (!key.isEmpty() && key.indexOf(' ') < 0) {
        single.add(key);
      }
    }
    this.adWords = new WordIndex(single);
  }

  @Override
  public void apply(Page page) {
    BlockKeys keys = BlockKeys.of(page);
    for (Block b : page.kept()) {
      String key = keys.key(b, labels.maxWords(), labels.maxKeyLength());
      Vocabulary.Match m = key == null ? null : labels.lookup(key);
      if (m != null) {
        page.remove(b, name(), () -> "ad label " + m.describe());
      } else if (b.hasMoreWordsThan(CONTINUATION_MIN_WORDS - 1) && !b.hasMoreWordsThan(CONTINUATION_MAX_WORDS)
          && !b.endsSentence() && adWords.anyIn(b.text()) && saysItGoesOn(b.text())) {
        page.remove(b, name(), () -> "ad label: the ad word '" + adWordIn(b.text())
            + "' with a word that says the text goes on");
      }
    }
  }

  /** The fewest words of such a line: the ad word, a word that says "goes on", and one more. */
  static final int CONTINUATION_MIN_WORDS = 3;

  /** The most words of a line that says "the article goes on after the ad" in its own words. */
  static final int CONTINUATION_MAX_WORDS = 7;

  private static final List<String> CONTINUATION_STEMS =
      WordLists.load(AdLabelFilter.class, Vocabulary.RESOURCE_ROOT + "continuation-stems.txt");

  /**
   * Whether a word of the text opens with a stem of {@code vocab/continuation-stems.txt}: with a
   * one-word ad label beside it, the family of "Story continues below advertisement" in wordings
   * the vocabulary lacks ("Weiterlesen nach der Anzeige").
   */
  private static boolean saysItGoesOn(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        for (String stem : CONTINUATION_STEMS) {
          if (text.regionMatches(true, i, stem, 0, stem.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The first word of the text that is a one-word ad label, for a reason someone reads. */
  private @Nullable String adWordIn(String text) {
    int start = -1;
    for (int i = 0, n = text.length(); i <= n; i++) {
      boolean letter = i < n && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        String w = text.substring(start, i);
        start = -1;
        if (labels.matches(w)) {
          return w;
        }
      }
    }
    return null;
  }

  /** The built-in {@code ad-labels} vocabulary, loaded once. */
  static Vocabulary builtInLabels() {
    return BUILT_IN;
  }
}
