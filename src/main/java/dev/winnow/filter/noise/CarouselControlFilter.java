package dev.winnow.filter.noise;

import dev.winnow.analysis.BlockKeys;
import dev.winnow.analysis.Shape;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes the controls of carousels and slideshows: prev/next buttons and their alt texts
 * ("previous arrow", "Next slide", "Anterior", "Suivant", "Zurück", ...; the built-in
 * {@code carousel} vocabulary), blocks made only of arrow glyphs ({@code ‹ ›}, {@code « »},
 * {@code ❮ ❯}, {@code ← →}), and slide counters ("Slide 2 of 5", "1 / 6", "3 de 10", "Bild 1 von
 * 6"). Counters are matched by shape against the examples of the built-in
 * {@code carousel-counters} vocabulary, and their first number may not exceed the last.
 *
 * <pre>{@code
 * Filter carousel = new CarouselControlFilter();
 * Filter more = new CarouselControlFilter(Vocabulary.builtIn("carousel").plus("Poprzedni", "Następny"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CarouselControlFilter implements Filter {
  private static final Vocabulary BUILT_IN = Vocabulary.builtIn("carousel");
  private static final Vocabulary COUNTERS = Vocabulary.builtIn("carousel-counters");
  private static final Set<String> COUNTER_SHAPES = Shape.patternsOf(COUNTERS.phrases());

  /** Whether every counter shape has a number, so that a key without one is no counter. */
  private static final boolean COUNTERS_HAVE_NUMBERS =
      COUNTER_SHAPES.stream().allMatch(p -> List.of(p.split(" ")).contains(Shape.NUMBER));

  /** Counters and arrow rows are short; longer blocks are skipped before any work. */
  static final int MAX_COUNTER_LENGTH = 40;

  /** A row of arrows has a few glyphs: "‹ ›", "« 1 2 3 »" would not qualify anyway. */
  static final int MAX_ARROW_ROW_LENGTH = 8;

  private final Vocabulary controls;

  /** A filter with the built-in {@code carousel} vocabulary. */
  public CarouselControlFilter() {
    this(BUILT_IN);
  }

  /** A filter with the given control phrases; arrow rows and counters are always recognized. */
  public CarouselControlFilter(Vocabulary controls) {
    this.controls = Objects.requireNonNull(controls, "controls");
  }

  @Override
  public void apply(Page page) {
    int maxWords = Math.max(controls.maxWords(), COUNTERS.maxWords());
    int limit = Math.max(controls.maxKeyLength(), MAX_COUNTER_LENGTH);
    BlockKeys keys = BlockKeys.of(page);
    for (Block b : page.kept()) {
      String text = b.text();
      if (isArrowRow(text)) {
        page.remove(b, name(), () -> "carousel arrows '" + text + "'");
        continue;
      }
      if (text.length() <= MAX_PLAYER_TIME_LENGTH && text.indexOf('/') > 0 && PLAYER_TIME.matcher(text).matches()) {
        page.remove(b, name(), () -> "a media player's elapsed and total time '" + text + "'");
        continue;
      }
      String key = keys.key(b, maxWords, limit);
      if (key == null) {
        continue;
      }
      Vocabulary.Match m = controls.lookup(key);
      if (m != null) {
        page.remove(b, name(), () -> "carousel control " + m.describe());
      } else if (key.length() <= MAX_COUNTER_LENGTH && isCounter(key)) {
        page.remove(b, name(), () -> "slide counter '" + text + "'");
      }
    }
  }

  /** The longest player time: "12:02:10 / 12:45:00". */
  private static final int MAX_PLAYER_TIME_LENGTH = 21;

  /** A media player's elapsed and total time: "0:00 / 2:55", "1:02:10 / 1:45:00". */
  private static final Pattern PLAYER_TIME =
      Pattern.compile("\\d{1,2}(:\\d{2}){1,2}\\s*/\\s*\\d{1,2}(:\\d{2}){1,2}");

  /** Whether the key has the shape of a counter and its numbers read like "n of m". */
  static boolean isCounter(String key) {
    if (COUNTERS_HAVE_NUMBERS && !Shape.hasNumber(key)) {
      return false;
    }
    Shape s = Shape.of(key);
    if (s == null || !COUNTER_SHAPES.contains(s.pattern())) {
      return false;
    }
    List<Integer> nums = s.numbers();
    // "Go to slide 3" has one number; "2 of 5" has two, and a position past the total is no counter.
    return nums.size() < 2 || nums.get(0) >= 1 && nums.get(0) <= nums.get(nums.size() - 1);
  }

  /** Whether the text is only arrow glyphs and spaces, like "‹ ›" or "❮❯". */
  static boolean isArrowRow(String text) {
    int n = text.length();
    if (n == 0 || n > MAX_ARROW_ROW_LENGTH) {
      return false;
    }
    boolean any = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        continue;
      }
      if (!isArrow(c)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean isArrow(char c) {
    switch (c) {
      case '<', '>', '\u00ab', '\u00bb', '\u2039', '\u203a', '\u276e', '\u276f', '\u2770', '\u2771',
          '\u3008', '\u3009', '\u27e8', '\u27e9', '\u02c2', '\u02c3', '\u25b8', '\u25c2', '\u25b6', '\u25c0',
          '\u25ba', '\u25c4', '\u25b7', '\u25c1', '\u2794', '\u279c', '\u279d', '\u279e', '\u27a1', '\u2b05',
          '\u23f4', '\u23f5' -> {
        return true;
      }
      default -> {
        // The Arrows block (U+2190..U+21FF) and long arrows (U+27F5..U+27FF).
        return c >= '\u2190' && c <= '\u21ff' || c >= '\u27f5' && c <= '\u27ff';
      }
    }
  }
}
