package dev.winnow.filter.noise;

import dev.winnow.analysis.BlockKeys;
import dev.winnow.analysis.Keys;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.analysis.WordIndex;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.internal.IntSet;
import dev.winnow.internal.ReadsTextFeatures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes cookie walls and consent notices by the words they are made of, in any wording:
 *
 * <ul>
 *   <li>a notice: a block of at most {@value #MAX_NOTICE_WORDS} words with a word for cookies, one
 *       in which the site speaks or addresses the reader ("we", "our", "you", "nous", "Sie"), and
 *       either one asking for consent ("accept", "agree", "acepta", "zustimmen") or one naming
 *       what the cookies are for or who sets them ("partners", "personalise", "traffic",
 *       "publicité"): "We and our partners use cookies and similar technologies to personalise
 *       content and ads";
 *   <li>its heading: a block of at most {@value #MAX_HEADING_WORDS} words with a word for privacy
 *       or cookies and an address word ("We value your privacy", "Votre vie privée", "Ihre
 *       Privatsphäre"), when it stands in the same run as a notice or right next to one.
 * </ul>
 *
 * A paragraph about cookie law lacks the address ("Most users accept cookies without reading the
 * notice") or runs longer; a sub-heading about privacy has no notice beside it. The word lists are
 * the built-in vocabularies {@code cookie-nouns}, {@code privacy-nouns}, {@code site-voice},
 * {@code reader-address}, {@code cookie-consent} and {@code cookie-purposes} (en, es, pt, fr, de,
 * it). Buttons of the wall
 * ("Accept all", "Cookie settings") are whole-block phrases of {@link PageChromeFilter}.
 *
 * <pre>{@code
 * Filter consent = new ConsentNoticeFilter();
 * }</pre>
 *
 * <p>Paragraphs with no cookie or privacy word cost one pass of char tests; the rest one hash
 * lookup a word. Immutable and thread-safe.
 *
 * @since 0.1
 */
@ReadsTextFeatures
public final class ConsentNoticeFilter implements Filter {

  /** Cookie banners are a sentence or three; a longer block is an article about cookies. */
  static final int MAX_NOTICE_WORDS = 60;

  /** A notice's heading is a short line. */
  static final int MAX_HEADING_WORDS = 8;

  /**
   * The families of evidence words, each with the field of {@link Evidence} it fills: a word's
   * kinds are a bit mask of the fields (a word can be of several: "site" is a purpose in many
   * languages). The site's voice and the reader's address are one kind of evidence here.
   */
  private static final Map<String, Integer> FAMILIES = Map.of("cookie-nouns", 0, "privacy-nouns", 1,
      "site-voice", 2, "reader-address", 2, "cookie-consent", 3, "cookie-purposes", 4);

  /** The number of fields of {@link Evidence}. */
  private static final int KINDS = 5;

  private static final Map<String, Integer> WORDS = words();

  /** Words without which a block is neither notice nor heading, to skip most paragraphs cheaply. */
  private static final WordIndex ANCHORS = anchors();

  @Override
  public void apply(Page page) {
    List<Block> headings = new ArrayList<>();
    IntSet noticeGroups = new IntSet();
    for (Block b : page.kept()) {
      Evidence e = evidenceOf(page, b);
      if (e == null) {
        continue;
      }
      if (e.isNotice()) {
        noticeGroups.add(b.group());
        page.remove(b, name(), "cookie notice: " + e.describe());
      } else if (b.wordCount() <= MAX_HEADING_WORDS && e.isHeading()) {
        headings.add(b);
      }
    }
    if (headings.isEmpty()) {
      return;
    }
    // A notice another filter removed still marks its wall: look at removed blocks only now, in
    // the runs of headings, each run once.
    IntSet looked = new IntSet();
    for (Block h : headings) {
      if (looked.add(h.group())) {
        for (int i = firstOfRun(page, h.index()); i < page.size() && page.block(i).group() == h.group(); i++) {
          Block b = page.block(i);
          Evidence e = page.isRemoved(b) ? evidenceOf(page, b) : null;
          if (e != null && e.isNotice()) {
            noticeGroups.add(b.group());
            break;
          }
        }
      }
      if (noticeGroups.contains(h.group()) || isNoticeAt(page, h.index() - 1) || isNoticeAt(page, h.index() + 1)) {
        page.remove(h, name(), "heading of a cookie notice: " + Evidence.of(BlockKeys.of(page).key(h)).describe());
      }
    }
  }

  /** The evidence of a block that may be a notice or heading, or null when it has no anchor word. */
  private static @Nullable Evidence evidenceOf(Page page, Block b) {
    if (b.wordCount() > MAX_NOTICE_WORDS || !ANCHORS.anyIn(page, b)) {
      return null;
    }
    return Evidence.of(BlockKeys.of(page).key(b));
  }

  /** Whether the block at index i, removed by now or not, is a notice; false off the page. */
  private static boolean isNoticeAt(Page page, int i) {
    if (i < 0 || i >= page.size()) {
      return false;
    }
    Evidence e = evidenceOf(page, page.block(i));
    return e != null && e.isNotice();
  }

  private static int firstOfRun(Page page, int i) {
    int first = i;
    while (first > 0 && page.block(first - 1).group() == page.block(i).group()) {
      first--;
    }
    return first;
  }

  /** Whether the text is a cookie notice by its words alone (see the class comment). */
  static boolean isNotice(String text) {
    return Evidence.of(Keys.key(text)).isNotice();
  }

  /** The words of each kind a key holds, the first of each kept for the reason. */
  private record Evidence(@Nullable String cookie, @Nullable String privacy, @Nullable String address,
      @Nullable String consent, @Nullable String purpose) {

    static Evidence of(String key) {
      String[] first = new String[KINDS];
      int n = key.length();
      int i = 0;
      while (i < n) {
        if (!Character.isLetter(key.charAt(i))) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < n && Character.isLetter(key.charAt(j))) {
          j++;
        }
        Integer kinds = WORDS.get(key.substring(i, j));
        if (kinds != null) {
          for (int k = 0; k < first.length; k++) {
            if ((kinds & (1 << k)) != 0 && first[k] == null) {
              first[k] = key.substring(i, j);
            }
          }
        }
        i = j;
      }
      return new Evidence(first[0], first[1], first[2], first[3], first[4]);
    }

    boolean isNotice() {
      return cookie != null && address != null && (consent != null || purpose != null);
    }

    boolean isHeading() {
      return (cookie != null || privacy != null) && address != null;
    }

    String describe() {
      StringBuilder sb = new StringBuilder();
      for (String w : new String[] {cookie, privacy, address, consent, purpose}) {
        if (w != null) {
          sb.append(sb.length() == 0 ? "'" : ", '").append(w).append('\'');
        }
      }
      return sb.toString();
    }
  }

  private static Map<String, Integer> words() {
    Map<String, Integer> m = new HashMap<>();
    FAMILIES.forEach((family, field) -> {
      for (String w : Vocabulary.builtIn(family).keys()) {
        m.merge(w, 1 << field, (a, b) -> a | b);
      }
    });
    return Map.copyOf(m);
  }

  private static WordIndex anchors() {
    Set<String> a = new HashSet<>(Vocabulary.builtIn("cookie-nouns").keys());
    a.addAll(Vocabulary.builtIn("privacy-nouns").keys());
    return new WordIndex(a);
  }
}
