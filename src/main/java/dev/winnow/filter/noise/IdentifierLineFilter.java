package dev.winnow.filter.noise;

import dev.winnow.analysis.Keys;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.block.Block;
import dev.winnow.block.Container;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Removes blocks that are one code identifier or media file name, the ids of ad slots and the
 * file names of slides that text dumps leave where the element was: {@code gam_div_inline_1},
 * {@code mtr-articolo-box-2}, {@code ferrovia_viadotto_01.jpg}. A block qualifies when it is a
 * single token of letters, digits and {@code _ - .} with evidence that it is code, not a word:
 *
 * <ul>
 *   <li>an underscore between two letters or digits ({@code lp_article_pave_3}): no language
 *       joins words with one;
 *   <li>an image, video or audio file extension of the built-in {@code media-extensions}
 *       vocabulary after a dot ({@code IMG2041.JPG});
 *   <li>kebab case of three or more segments with a digit and no capital letter
 *       ({@code div-gpt-ad-1234-0}): "COVID-19" has two segments, "Covid-19-Pandemie" a capital,
 *       "mother-in-law" no digit, "2025-03-12" no letter, so all of them stay.
 * </ul>
 *
 * Words, numbers, abbreviations and names stay whatever their shape: "X", "2024", "9/11",
 * "e-mail", "Jean-Pierre", "U.S.", "Node.js". Tables and preformatted text are left alone: a
 * lone identifier there is code or data.
 *
 * <pre>{@code
 * Filter ids = new IdentifierLineFilter();
 * IdentifierLineFilter.evidence("hb_native_card_realty_01");   // "an underscore"
 * IdentifierLineFilter.evidence("COVID-19");                   // null
 * }</pre>
 *
 * <p>One linear scan of each short block, one hash lookup for an extension. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class IdentifierLineFilter implements Filter {
  private static final Vocabulary BUILT_IN_EXTENSIONS = Vocabulary.builtIn("media-extensions");

  /** Identifiers and file names are short; a longer unbroken token is something else (a hash, a URL). */
  static final int MAX_LENGTH = 100;

  /** The shortest identifier with evidence: "a_1". */
  static final int MIN_LENGTH = 3;

  /** Kebab-case code has at least this many segments: "box-2" could be a word and a number. */
  static final int MIN_KEBAB_SEGMENTS = 3;

  /** The longest file extension worth looking up. */
  private static final int MAX_EXTENSION = 5;

  private final Vocabulary extensions;

  /** A filter with the built-in {@code media-extensions} vocabulary. */
  public IdentifierLineFilter() {
    this(BUILT_IN_EXTENSIONS);
  }

  /** A filter that takes these file extensions (without the dot) as media file names. */
  public IdentifierLineFilter(Vocabulary mediaExtensions) {
    this.extensions = Objects.requireNonNull(mediaExtensions, "mediaExtensions");
  }

  @Override
  public void apply(Page page) {
    for (Block b : page.kept()) {
      if (b.hasMoreWordsThan(1) || !b.hasMoreWordsThan(0) || b.markup().in(Container.TABLE) || b.markup().in(Container.PRE)
          || page.isLabelled(b)) {
        continue;
      }
      String why = evidence(b.text(), extensions);
      if (why != null) {
        page.remove(b, name(), "a single code identifier or file name (" + why + "), not prose");
      }
    }
  }

  /** What makes the text an identifier with the built-in extensions, or null when nothing does. */
  public static @Nullable String evidence(String text) {
    return evidence(text, BUILT_IN_EXTENSIONS);
  }

  /**
   * What makes the text a single identifier or media file name, in words for a reason, or null
   * when it is not one.
   */
  static @Nullable String evidence(String text, Vocabulary extensions) {
    int n = text.length();
    if (n < MIN_LENGTH || n > MAX_LENGTH) {
      return null;
    }
    boolean underscore = false;
    boolean digit = false;
    boolean letter = false;
    boolean upper = false;
    int hyphens = 0;
    int lastDot = -1;
    char prev = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        upper |= Character.isUpperCase(c);
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '_') {
        underscore |= joins(text, i, prev);
      } else if (c == '-') {
        // Only dashes between two letters or digits join segments: "--x-1" has empty ones.
        if (!joins(text, i, prev)) {
          return null;
        }
        hyphens++;
      } else if (c == '.') {
        lastDot = i;
      } else {
        return null;
      }
      prev = c;
    }
    if (!letter && !digit) {
      return null;
    }
    if (lastDot > 0 && n - lastDot - 1 <= MAX_EXTENSION && Character.isLetterOrDigit(text.charAt(lastDot - 1))) {
      String ext = Keys.key(text.substring(lastDot + 1));
      if (!ext.isEmpty() && extensions.lookup(ext) != null) {
        return "a ." + ext + " file";
      }
    }
    if (underscore && letter) {
      return "an underscore";
    }
    if (hyphens + 1 >= MIN_KEBAB_SEGMENTS && digit && letter && !upper) {
      return (hyphens + 1) + " hyphen-joined segments with a digit";
    }
    return null;
  }

  /** Whether the char at i (whose predecessor is prev) stands between two letters or digits. */
  private static boolean joins(String text, int i, char prev) {
    return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(prev)
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }
}
