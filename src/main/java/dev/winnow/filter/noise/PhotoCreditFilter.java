package dev.winnow.filter.noise;

import dev.winnow.analysis.Keys;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.analysis.WordIndex;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.internal.ReadsTextFeatures;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes the credit lines of pictures, which text dumps leave between paragraphs: a block of at
 * most {@value #MAX_WORDS} words that
 *
 * <ul>
 *   <li>opens with a credit label and a colon ("Photo: Damian Dovarganes, AP", "Foto: dpa",
 *       "Crédit photo : AFP"; the built-in {@code credit-labels}),
 *   <li>or opens with a credit phrase ("Photo by Jason Kempin/Getty Images", "Foto de Efe",
 *       "Image copyright Getty Images"; {@code credit-openers}),
 *   <li>or is a few names split by {@code | / ,} of which one is a picture agency ("Alex Wong |
 *       Getty Images", "Getty Images"; {@code photo-agencies}).
 * </ul>
 *
 * A caption that tells what the picture shows runs longer, and stays; so does a credit in
 * brackets ("(Image credit: NASA)"), which some sites count as part of the text.
 *
 * <pre>{@code
 * Filter credits = new PhotoCreditFilter();
 * }</pre>
 *
 * <p>Blocks longer than a credit are skipped after a word count; the rest cost a few hash
 * lookups. Immutable and thread-safe.
 *
 * @since 0.1
 */
@ReadsTextFeatures
public final class PhotoCreditFilter implements Filter {
  private static final Vocabulary LABELS = Vocabulary.builtIn("credit-labels");
  private static final Vocabulary OPENERS = Vocabulary.builtIn("credit-openers");
  private static final Vocabulary AGENCIES = Vocabulary.builtIn("photo-agencies");

  /** The first words of the labels and openers: a block that opens with none is no labelled credit. */
  private static final WordIndex FIRST_WORDS = firstWords(LABELS, OPENERS);

  /** A word of each agency's name: a block with none names no agency. */
  private static final WordIndex AGENCY_WORDS = firstWords(AGENCIES);

  /** A credit names a photographer and an agency or two. */
  static final int MAX_WORDS = 12;

  /** The names of an agency credit line are short: "Natalie Naccache | Bloomberg | Getty Images". */
  static final int MAX_NAME_WORDS = 4;

  @Override
  public void apply(Page page) {
    for (Block b : page.kept()) {
      if (b.wordCount() > MAX_WORDS || b.wordCount() == 0 || page.isLabelled(b) || isBracketed(b.text())) {
        continue;
      }
      // The word indexes evidence() asks first, here from the words the page found once.
      if (!FIRST_WORDS.firstIn(page, b) && !AGENCY_WORDS.anyIn(page, b)) {
        continue;
      }
      String why = evidence(b.text());
      if (why != null) {
        page.remove(b, name(), "photo credit: " + why);
      }
    }
  }

  /** Why the short text is a photo credit, in words for a reason, or null when it is not one. */
  static @Nullable String evidence(String text) {
    if (FIRST_WORDS.firstIn(text)) {
      String why = labelled(text);
      if (why != null) {
        return why;
      }
    }
    return AGENCY_WORDS.anyIn(text) ? agencyIn(text, Keys.key(text)) : null;
  }

  /** The label or opener the text starts with, described, or null. */
  private static @Nullable String labelled(String text) {
    int colon = text.indexOf(':');
    if (colon > 0 && colon + 1 < text.length()) {
      Vocabulary.Match label = LABELS.lookup(Keys.key(text.substring(0, colon)));
      if (label != null) {
        return "opens with " + label.describe();
      }
    }
    String key = Keys.key(text);
    for (int i = key.indexOf(' '); i > 0 && i <= OPENERS.maxKeyLength(); i = key.indexOf(' ', i + 1)) {
      Vocabulary.Match opener = OPENERS.lookup(key.substring(0, i));
      if (opener != null) {
        return "opens with " + opener.describe();
      }
    }
    return null;
  }

  /** The agency a line of a few names names ("Alex Wong | Getty Images"), described, or null. */
  private static @Nullable String agencyIn(String text, String key) {
    Vocabulary.Match alone = AGENCIES.lookup(key);
    if (alone != null) {
      return "names the picture agency " + alone.describe();
    }
    if (!hasNameSeparator(text)) {
      return null;
    }
    String agency = null;
    int start = 0;
    for (int i = 0, n = text.length(); i <= n; i++) {
      if (i < n && !isNameSeparator(text.charAt(i))) {
        continue;
      }
      String name = Keys.key(text.subSequence(start, i));
      start = i + 1;
      if (Keys.words(name) > MAX_NAME_WORDS) {
        return null;
      }
      Vocabulary.Match m = name.isEmpty() ? null : AGENCIES.lookup(name);
      if (m != null && agency == null) {
        agency = "names the picture agency " + m.describe();
      }
    }
    return agency;
  }

  /** The first word (letters only) of every key of the vocabularies. */
  private static WordIndex firstWords(Vocabulary... vocabularies) {
    Set<String> out = new HashSet<>();
    for (Vocabulary v : vocabularies) {
      for (String key : v.keys()) {
        int end = 0;
        while (end < key.length() && Character.isLetter(key.charAt(end))) {
          end++;
        }
        if (end > 0) {
          out.add(key.substring(0, end));
        }
      }
    }
    return new WordIndex(out);
  }

  private static boolean isBracketed(String text) {
    char c = text.charAt(0);
    return c == '(' || c == '[';
  }

  private static boolean hasNameSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isNameSeparator(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameSeparator(char c) {
    return c == '|' || c == '/' || c == ',' || c == ';';
  }
}
