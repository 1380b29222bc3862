package dev.winnow.filter.noise;

import dev.winnow.analysis.Keys;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.analysis.WordIndex;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.internal.ReadsTextFeatures;
import dev.winnow.internal.WordLists;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Removes newsletter prompts by the words they are made of, where no phrase list reaches: a
 * block of at most {@value #MAX_WORDS} words that offers to send something (a word of the
 * built-in {@code newsletter-nouns}: newsletter, inbox, headlines, stories, boletín, notícias,
 * Nachrichten) and either
 *
 * <ul>
 *   <li>opens with a sign-up verb of {@code newsletter-verbs}, the imperative of a prompt: "Sign
 *       up to get the top stories every morning", "Get the morning headlines delivered to your
 *       inbox.", "Receba as principais notícias no seu e-mail";
 *   <li>or has such a verb anywhere and speaks for the site (a word of {@code site-voice}): "Never
 *       miss a story: sign up for our newsletter". Speaking to the reader is not enough: "You can
 *       also subscribe to this newsletter here" is how some articles end, and is their text.
 * </ul>
 *
 * A report that mentions a newsletter neither opens with the imperative nor addresses the
 * reader ("The newsletter reached 2 million readers"; "Subscribers get the news by email"), and a
 * paragraph runs longer. A sign-up form's field, a line of at most {@value #FIELD_MAX_WORDS}
 * words that names an e-mail address ({@code vocab/email-nouns.txt}: "Your email", "La tua
 * email"), goes too. Bare prompts ("Subscribe", "Sign up for our newsletter") are whole-block
 * phrases of {@link PageChromeFilter}.
 *
 * <pre>{@code
 * Filter prompts = new NewsletterPromptFilter();
 * }</pre>
 *
 * <p>Blocks with no newsletter noun cost one pass of char tests; the rest a few hash lookups a
 * word. Immutable and thread-safe.
 *
 * @since 0.1
 */
@ReadsTextFeatures
public final class NewsletterPromptFilter implements Filter {
  private static final Vocabulary VERBS = Vocabulary.builtIn("newsletter-verbs");
  private static final Vocabulary NOUNS = Vocabulary.builtIn("newsletter-nouns");
  private static final Vocabulary SITE_VOICE = Vocabulary.builtIn("site-voice");
  private static final WordIndex NOUN_INDEX = new WordIndex(NOUNS.keys());

  /** Prompts are a line or two; a longer block is a paragraph. */
  static final int MAX_WORDS = 20;

  /** The most words of a sign-up form's field: "Ingresa tu correo electrónico". */
  static final int FIELD_MAX_WORDS = 4;

  /** An array, not a set: it is walked for every word of every short line. */
  private static final String[] EMAIL_NOUNS = WordLists.load(NewsletterPromptFilter.class,
      Vocabulary.RESOURCE_ROOT + "email-nouns.txt").stream().distinct().toArray(String[]::new);

  @Override
  public void apply(Page page) {
    for (Block b : page.kept()) {
      if (b.wordCount() <= FIELD_MAX_WORDS && !b.endsSentence() && namesAnEmail(b.text())) {
        page.remove(b, name(), "a sign-up form's e-mail field");
        continue;
      }
      if (b.wordCount() > MAX_WORDS || !NOUN_INDEX.anyIn(page, b)) {
        continue;
      }
      String why = evidence(b.text());
      if (why != null) {
        page.remove(b, name(), "newsletter prompt: " + why);
      }
    }
  }

  /** Whether a word of the text is a word for an e-mail address. */
  static boolean namesAnEmail(String text) {
    int start = -1;
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      boolean word = Character.isLetter(c) || c == '-' && start >= 0;
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        // Words for an address are short: "email", "correo", "courriel".
        if (i - start <= 8 && isEmailNoun(text, start, i)) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  /** Whether text[start, end) is one of the e-mail nouns in any casing; no copy of the word is made. */
  private static boolean isEmailNoun(String text, int start, int end) {
    int len = end - start;
    for (String noun : EMAIL_NOUNS) {
      if (noun.length() == len && text.regionMatches(true, start, noun, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /** Why the text is a newsletter prompt, in words for a reason, or null when it is not one. */
  static @Nullable String evidence(String text) {
    List<String> words = words(Keys.key(text));
    String noun = null;
    String address = null;
    for (String w : words) {
      if (noun == null && NOUNS.lookup(w) != null) {
        noun = w;
      }
      if (address == null && SITE_VOICE.lookup(w) != null) {
        address = w;
      }
    }
    if (noun == null) {
      return null;
    }
    String opener = verbAt(words, 0);
    if (opener != null) {
      return "opens with '" + opener + "', offers '" + noun + "'";
    }
    if (address == null) {
      return null;
    }
    for (int i = 1; i < words.size(); i++) {
      String verb = verbAt(words, i);
      if (verb != null) {
        return "'" + verb + "' and '" + address + "', offers '" + noun + "'";
      }
    }
    return null;
  }

  /** The sign-up verb phrase that starts at word i, or null. */
  private static @Nullable String verbAt(List<String> words, int i) {
    StringBuilder phrase = new StringBuilder();
    for (int k = i; k < words.size() && k - i < VERBS.maxWords(); k++) {
      if (k > i) {
        phrase.append(' ');
      }
      phrase.append(words.get(k));
      if (VERBS.lookup(phrase.toString()) != null) {
        return phrase.toString();
      }
    }
    return null;
  }

  /** The space-separated words of a key, each stripped of the punctuation around it. */
  private static List<String> words(String key) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= key.length(); i++) {
      if (i == key.length() || key.charAt(i) == ' ') {
        if (i > start) {
          String w = Keys.key(key.substring(start, i));
          if (!w.isEmpty()) {
            out.add(w);
          }
        }
        start = i + 1;
      }
    }
    return out;
  }
}
