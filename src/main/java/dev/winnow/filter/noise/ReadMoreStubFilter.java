package dev.winnow.filter.noise;

import dev.winnow.analysis.BlockKeys;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import java.util.Objects;

/**
 * Removes read-more stubs, the links that end a teaser on a listing page ("Continue Reading",
 * "Read More »", "Leer más", "Lire la suite", "Weiterlesen", ...), and labels each one
 * {@link Label#STUB} so the segmenter closes the teaser's article there. Markers that only say the
 * same article goes on below an ad or a video ("Continue reading below", "Story continues") are
 * removed too, but not labelled: closing the article there would cut it in two.
 *
 * <p>Both lists are vocabularies, {@code read-more} and {@code continuation} built in (en, es, pt,
 * fr, de, it). Only whole blocks match, so "read more about it in the report" stays.
 *
 * <pre>{@code
 * Filter stubs = new ReadMoreStubFilter();
 * Filter polish = new ReadMoreStubFilter(Vocabulary.builtIn("read-more").plus("Czytaj dalej"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReadMoreStubFilter implements Filter {
  private static final Vocabulary BUILT_IN_STUBS = Vocabulary.builtIn("read-more");
  private static final Vocabulary BUILT_IN_CONTINUATIONS = Vocabulary.builtIn("continuation");

  private final Vocabulary stubs;
  private final Vocabulary continuations;

  /** A filter with the built-in {@code read-more} and {@code continuation} vocabularies. */
  public ReadMoreStubFilter() {
    this(BUILT_IN_STUBS, BUILT_IN_CONTINUATIONS);
  }

  /** A filter with the given stubs and the built-in continuation markers. */
  public ReadMoreStubFilter(Vocabulary stubs) {
    this(stubs, BUILT_IN_CONTINUATIONS);
  }

  /**
   * A filter with the given stubs (removed and labelled {@link Label#STUB}) and continuation
   * markers (removed only).
   */
  public ReadMoreStubFilter(Vocabulary stubs, Vocabulary continuations) {
    this.stubs = Objects.requireNonNull(stubs, "stubs");
    this.continuations = Objects.requireNonNull(continuations, "continuations");
  }

  @Override
  public void apply(Page page) {
    int maxWords = Math.max(stubs.maxWords(), continuations.maxWords());
    int limit = Math.max(stubs.maxKeyLength(), continuations.maxKeyLength());
    BlockKeys keys = BlockKeys.of(page);
    for (Block b : page.kept()) {
      String key = keys.key(b, maxWords, limit);
      if (key == null) {
        continue;
      }
      Vocabulary.Match stub = stubs.lookup(key);
      if (stub != null) {
        page.remove(b, name(), () -> "read-more stub " + stub.describe());
        page.label(b, Label.STUB, name(), "a read-more link ends the teaser before it");
        continue;
      }
      Vocabulary.Match more = continuations.lookup(key);
      if (more != null) {
        page.remove(b, name(), () -> "continuation marker " + more.describe() + "; the article goes on below it");
      }
    }
  }
}
