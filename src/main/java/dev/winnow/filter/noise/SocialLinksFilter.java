package dev.winnow.filter.noise;

import dev.winnow.analysis.Keys;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.analysis.WordIndex;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.internal.ReadsTextFeatures;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Removes follow and share rows that no whole-block phrase matches, by the names of social
 * networks in them (the built-in {@code social-networks}): a block of at most
 * {@value #MAX_WORDS} words that
 *
 * <ul>
 *   <li>is mostly network names, two or more of them making at least half its words ("Twitter
 *       Facebook Dribbble Behance Xing LinkedIn", "Facebook-f Linkedin-in Twitter", "Follow
 *       Newsbeat on Instagram, Facebook, Twitter and YouTube.");
 *   <li>or opens with a follow or share phrase of {@code social-openers} and names a network
 *       ("Find us on Facebook", "Click to share on Twitter (Opens in new window)", "Siga-nos no
 *       Instagram");
 *   <li>or is a row of buttons, each a network or a page chrome phrase, printed on one line
 *       ("Twitter Copier le lien Partager E-mail").
 * </ul>
 *
 * A sentence that names networks among other words stays ("Be sure to visit Arrowhead on
 * Facebook, Twitter, and Instagram."; "He said on Facebook that he would run again.").
 *
 * <pre>{@code
 * Filter social = new SocialLinksFilter();
 * }</pre>
 *
 * <p>Blocks with no network name cost one pass of char tests. Immutable and thread-safe.
 *
 * @since 0.1
 */
@ReadsTextFeatures
public final class SocialLinksFilter implements Filter {
  private static final Vocabulary NETWORKS = Vocabulary.builtIn("social-networks");
  private static final Vocabulary OPENERS = Vocabulary.builtIn("social-openers");
  private static final WordIndex NETWORK_INDEX = new WordIndex(NETWORKS.keys());

  /** Rows of links are short; a longer block is a sentence about social media. */
  static final int MAX_WORDS = 12;

  /** A row names at least this many networks when no opener says what it is. */
  static final int MIN_NETWORKS = 2;

  @Override
  public void apply(Page page) {
    for (Block b : page.kept()) {
      if (b.wordCount() > MAX_WORDS || page.isLabelled(b) || !NETWORK_INDEX.anyIn(page, b)) {
        continue;
      }
      String why = evidence(b.text());
      if (why != null) {
        page.remove(b, name(), "social links: " + why);
      }
    }
  }

  /** Why the short text is a follow or share row, in words for a reason, or null. */
  static @Nullable String evidence(String text) {
    String key = Keys.key(text);
    List<String> words = letterRuns(key);
    List<String> networks = new ArrayList<>();
    for (String w : words) {
      if (NETWORKS.lookup(w) != null) {
        networks.add(w);
      }
    }
    if (networks.isEmpty()) {
      return null;
    }
    if (networks.size() >= MIN_NETWORKS && networks.size() * 2 >= words.size()) {
      return networks.size() + " of " + words.size() + " words are networks " + networks;
    }
    for (int i = key.indexOf(' '); i > 0 && i <= OPENERS.maxKeyLength(); i = key.indexOf(' ', i + 1)) {
      Vocabulary.Match opener = OPENERS.lookup(key.substring(0, i));
      if (opener != null) {
        return "opens with " + opener.describe() + ", names " + networks;
      }
    }
    return buttonRow(text);
  }

  /**
   * Why a row of buttons printed on one line ("Twitter Copier le lien Partager E-mail", "E-Mail
   * Twitter Link kopieren Teilen") is one, or null: the line splits, word by word, into networks'
   * names and page chrome phrases, and nothing else. One pass over the words for each phrase
   * length up to {@link #ITEM_MAX_WORDS}.
   */
  private static @Nullable String buttonRow(String text) {
    String[] words = text.strip().split(" +");
    // covered[i]: words[0..i) split into items; items[i] counts them.
    boolean[] covered = new boolean[words.length + 1];
    int[] items = new int[words.length + 1];
    covered[0] = true;
    for (int i = 0; i < words.length; i++) {
      if (!covered[i]) {
        continue;
      }
      StringBuilder item = new StringBuilder();
      for (int j = i; j < words.length && j < i + ITEM_MAX_WORDS; j++) {
        item.append(j > i ? " " : "").append(words[j]);
        String t = item.toString();
        if (!covered[j + 1] && (NETWORKS.matches(t) || CHROME.matches(t))) {
          covered[j + 1] = true;
          items[j + 1] = items[i] + 1;
        }
      }
    }
    int n = items[words.length];
    return covered[words.length] && n >= MIN_NETWORKS ? "a row of " + n + " share buttons" : null;
  }

  /** The most words of one button's label: "Partager par e-mail". */
  private static final int ITEM_MAX_WORDS = 4;

  private static final Vocabulary CHROME = Vocabulary.builtIn("chrome");

  /** The runs of letters of a key: its words without their punctuation, "f" of "facebook-f" apart. */
  private static List<String> letterRuns(String key) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = key.length();
    while (i < n) {
      if (!Character.isLetter(key.charAt(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && Character.isLetter(key.charAt(j))) {
        j++;
      }
      out.add(key.substring(i, j));
      i = j;
    }
    return out;
  }
}
