package dev.winnow.filter.noise;

import dev.winnow.analysis.BlockKeys;
import dev.winnow.analysis.Keys;
import dev.winnow.analysis.LineScan;
import dev.winnow.analysis.Shape;
import dev.winnow.analysis.TextFeatures;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.analysis.WordIndex;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.internal.ReadsTextFeatures;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Removes the page's own furniture around articles:
 *
 * <ul>
 *   <li>follow/share widgets, newsletter prompts, comment widgets, site controls and list
 *       controls whose whole text is a phrase of the built-in {@code chrome} vocabulary ("Connect
 *       with us", "Share on Facebook", "WhatsApp", "Subscribe", "Suscríbete", "Leave a comment",
 *       "Back to top", "Load more", "Voir plus", ...);
 *   <li>list headings ("Trending", "Most Read", "Related articles", "Más leídas", "Les plus lus",
 *       and "More from Reuters"-style headings built on the openers of {@code list-heading-prefixes}),
 *       which are also labelled {@link Label#BOUNDARY}: the list under them is not the article
 *       above them;
 *   <li>comment counts ("12 comments", "Comments (3)", "0 Comentarios"), matched by shape against
 *       the examples of {@code comment-counts};
 *   <li>rows of site links ("About | Careers | Contact | Terms | Privacy"): items separated by
 *       {@code | · •}, at least half of them chrome phrases or list headings;
 *   <li>copyright lines: a short block with ©, a rights-reserved phrase, or "Copyright" followed by
 *       a year.
 * </ul>
 *
 * <p>Phrases match whole blocks only, so prose that mentions "Facebook", "newsletter" or
 * "trending" stays. All word lists are resource files per language (en, es, pt, fr, de, it).
 * Cookie notices, which no phrase list can cover, are {@link ConsentNoticeFilter}'s.
 *
 * <pre>{@code
 * Filter chrome = new PageChromeFilter();
 * Filter mine = new PageChromeFilter(
 *     Vocabulary.builtIn("chrome").plus("Udostępnij"),          // removed
 *     Vocabulary.builtIn("list-headings").plus("Najczęściej czytane"));  // removed, BOUNDARY
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@ReadsTextFeatures
public final class PageChromeFilter implements Filter {
  private static final Vocabulary BUILT_IN_CHROME = Vocabulary.builtIn("chrome");
  private static final Vocabulary BUILT_IN_HEADINGS = Vocabulary.builtIn("list-headings");
  private static final Vocabulary HEADING_OPENERS = Vocabulary.builtIn("list-heading-prefixes");

  /** The first word of each heading opener's key: a key that opens with none of them opens no heading. */
  private static final Set<String> OPENER_FIRST_WORDS = HEADING_OPENERS.keys().stream()
      .map(k -> k.indexOf(' ') < 0 ? k : k.substring(0, k.indexOf(' '))).collect(Collectors.toUnmodifiableSet());
  private static final Vocabulary COMMENT_COUNTS = Vocabulary.builtIn("comment-counts");
  private static final Set<String> COMMENT_COUNT_SHAPES = Shape.patternsOf(COMMENT_COUNTS.phrases());
  /** Matched anywhere in a short block, not as a whole block: "© 2024 Foo. All rights reserved." */
  private static final Set<String> RIGHTS_RESERVED_KEYS = Vocabulary.builtIn("rights-reserved").keys();
  private static final Vocabulary COPYRIGHT_WORDS = Vocabulary.builtIn("copyright-words");

  /**
   * Words without which a block is no copyright line: the last word of each rights-reserved
   * phrase, the copyright words. Most paragraphs have none, and are let go after a pass of char
   * tests.
   */
  private static final WordIndex COPYRIGHT_ANCHORS = copyrightAnchors();

  /** "More from" takes a name after it: a site, a section, an author. Longer tails are sentences. */
  static final int MAX_HEADING_TAIL_WORDS = 4;

  /** Room for that tail in chars, so long blocks are skipped before any work. */
  static final int MAX_HEADING_TAIL_CHARS = 40;

  /** Comment counts are a number and a word or two. */
  static final int MAX_COUNT_LENGTH = 30;

  /** A footer's row of links fits in a line. */
  static final int MAX_ROW_CHARS = 200;

  /** The items of a row of links are short: "Do Not Sell My Personal Information" is the longest kind. */
  static final int MAX_ROW_ITEM_WORDS = 6;

  /** Copyright lines name a year and an owner, seldom more. */
  static final int MAX_COPYRIGHT_WORDS = 30;

  /** "Copyright 2024" and "Copyright (c) 2024": the year follows within this many words. */
  static final int YEAR_WITHIN_WORDS = 2;

  /** A © opens a notice when at most this many words stand before it ("Hearst Newspapers ©"). */
  static final int SIGN_WITHIN_WORDS = 2;

  /** Years a copyright line can name. */
  static final int MIN_YEAR = 1900;

  static final int MAX_YEAR = 2099;

  /** Years are written in four digits. */
  private static final int YEAR_DIGITS = 4;

  private static final char COPYRIGHT_SIGN = '\u00a9';

  private final Vocabulary chrome;
  private final Vocabulary headings;
  private final int limit;
  private final int maxWords;

  /** A filter with the built-in {@code chrome} and {@code list-headings} vocabularies. */
  public PageChromeFilter() {
    this(BUILT_IN_CHROME, BUILT_IN_HEADINGS);
  }

  /**
   * A filter with the given chrome phrases (removed) and list headings (removed and labelled
   * {@link Label#BOUNDARY}). Heading openers, comment counts and copyright lines use the built-in
   * lists.
   */
  public PageChromeFilter(Vocabulary chrome, Vocabulary listHeadings) {
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.headings = Objects.requireNonNull(listHeadings, "listHeadings");
    this.limit = Math.max(Math.max(chrome.maxKeyLength(), listHeadings.maxKeyLength()),
        Math.max(HEADING_OPENERS.maxKeyLength() + MAX_HEADING_TAIL_CHARS, MAX_COUNT_LENGTH));
    this.maxWords = Math.max(Math.max(chrome.maxWords(), listHeadings.maxWords()),
        Math.max(HEADING_OPENERS.maxWords() + MAX_HEADING_TAIL_WORDS, COMMENT_COUNTS.maxWords()));
  }

  @Override
  public void apply(Page page) {
    BlockKeys keys = BlockKeys.of(page);
    // Where the chain made the text features (a text page's does), their pass over the chars has
    // seen which blocks hold a © or a row separator.
    TextFeatures features = TextFeatures.ifMade(page);
    for (Block b : page.kept()) {
      String key = keys.key(b, maxWords, limit);
      if (key != null && byPhrase(page, b, key)) {
        continue;
      }
      if (b.wordCount() > MAX_COPYRIGHT_WORDS) {
        continue;
      }
      String text = b.text();
      String row = b.length() <= MAX_ROW_CHARS && (features == null || features.hasRowSeparator(b.index()))
          ? linkRow(text) : null;
      if (row != null) {
        page.remove(b, name(), () -> "row of site links, " + row);
      } else if ((features == null || features.hasCopyrightSign(b.index())) && isCopyrightSign(text)
          || COPYRIGHT_ANCHORS.anyIn(page, b) && isCopyrightNotice(keys.key(b))) {
        page.remove(b, name(), "copyright line");
      }
    }
  }

  /** Decides on a block by its key alone; returns whether it removed the block. */
  private boolean byPhrase(Page page, Block b, String key) {
    Vocabulary.Match chromeMatch = chrome.lookup(key);
    if (chromeMatch != null) {
      page.remove(b, name(), () -> "page chrome " + chromeMatch.describe());
      return true;
    }
    Vocabulary.Match heading = headings.lookup(key);
    Vocabulary.Match m = heading != null || b.endsSentence() ? heading : opener(key);
    if (m != null) {
      page.remove(b, name(), () -> "list heading " + m.describe());
      page.label(b, Label.BOUNDARY, name(), "a list of other stories starts here");
      return true;
    }
    if (key.length() <= MAX_COUNT_LENGTH && Shape.hasNumber(key)) {
      Shape s = Shape.of(key);
      if (s != null && !s.numbers().isEmpty() && COMMENT_COUNT_SHAPES.contains(s.pattern())) {
        page.remove(b, name(), () -> "comment count '" + b.text() + "'");
        return true;
      }
    }
    return false;
  }

  /**
   * How many items of a row of links separated by {@code | · •} are chrome phrases or list
   * headings ("About | Careers | Contact | Terms | Privacy"), for a reason, when they are at least
   * half of two or more short items; otherwise null.
   */
  private @Nullable String linkRow(String text) {
    if (!hasRowSeparator(text)) {
      return null; // one item is no row: skip the keys
    }
    int items = 0;
    int known = 0;
    int start = 0;
    boolean separated = false;
    for (int i = 0, n = text.length(); i <= n; i++) {
      if (i < n && !LineScan.isRowSeparator(text.charAt(i))) {
        continue;
      }
      separated |= i < n;
      String key = Keys.key(text.subSequence(start, i));
      start = i + 1;
      if (key.isEmpty()) {
        continue;
      }
      if (Keys.words(key) > MAX_ROW_ITEM_WORDS) {
        return null;
      }
      items++;
      known += chrome.lookup(key) != null || headings.lookup(key) != null ? 1 : 0;
    }
    return separated && items >= 2 && known * 2 >= items ? known + " of " + items + " items known" : null;
  }

  /** Whether the text holds a {@linkplain LineScan#ROW_SEPARATORS separator}; indexOf searches vectorized. */
  private static boolean hasRowSeparator(String text) {
    for (int i = 0; i < LineScan.ROW_SEPARATORS.length(); i++) {
      if (text.indexOf(LineScan.ROW_SEPARATORS.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The heading opener the key starts with, when a short name follows it ("More from Reuters"). */
  private static Vocabulary.@Nullable Match opener(String key) {
    int firstSpace = key.indexOf(' ');
    if (firstSpace < 0 || !OPENER_FIRST_WORDS.contains(key.substring(0, firstSpace))) {
      return null; // an opener and a name after it make two words at least
    }
    int spaces = 0;
    for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
      spaces++;
    }
    int tailWords = spaces;
    for (int i = key.indexOf(' '); i > 0 && i <= HEADING_OPENERS.maxKeyLength(); i = key.indexOf(' ', i + 1)) {
      Vocabulary.Match m = HEADING_OPENERS.lookup(key.substring(0, i));
      if (m != null && tailWords <= MAX_HEADING_TAIL_WORDS) {
        return m;
      }
      tailWords--;
    }
    return null;
  }

  /** Whether a key has a rights-reserved phrase, or opens with "Copyright" and a year. */
  private static boolean isCopyrightNotice(String key) {
    for (String phrase : RIGHTS_RESERVED_KEYS) {
      if (key.contains(phrase)) {
        return true;
      }
    }
    Shape s = Shape.of(key);
    if (s == null || s.words().isEmpty() || COPYRIGHT_WORDS.lookup(s.words().get(0)) == null) {
      return false;
    }
    for (int i = 1; i <= YEAR_WITHIN_WORDS && i < s.words().size(); i++) {
      if (isYear(s.words().get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text has a © that opens a notice: within its first words ("© 2024 Foo", "Hearst
   * Newspapers © Copyright ...") or right before a year ("The contents are ©2019 Foo"). A © deep
   * in a caption ("... kill Omar © Aaron Schwartz") is a photo credit, not a copyright line.
   */
  private static boolean isCopyrightSign(String text) {
    if (text.indexOf(COPYRIGHT_SIGN) < 0) {
      return false;
    }
    int words = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        words++;
      } else if (c == COPYRIGHT_SIGN) {
        if (words <= SIGN_WITHIN_WORDS) {
          return true;
        }
        int d = i + 1;
        while (d < n && text.charAt(d) == ' ') {
          d++;
        }
        int end = d;
        while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
          end++;
        }
        if (isYear(text.substring(d, end))) {
          return true;
        }
      }
    }
    return false;
  }

  private static WordIndex copyrightAnchors() {
    Set<String> anchors = new HashSet<>(COPYRIGHT_WORDS.keys());
    for (String phrase : RIGHTS_RESERVED_KEYS) {
      anchors.add(phrase.substring(phrase.lastIndexOf(' ') + 1));
    }
    return new WordIndex(anchors);
  }

  private static boolean isYear(String word) {
    if (word.length() != YEAR_DIGITS) {
      return false;
    }
    int y = 0;
    for (int i = 0; i < YEAR_DIGITS; i++) {
      char c = word.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      y = y * 10 + (c - '0');
    }
    return y >= MIN_YEAR && y <= MAX_YEAR;
  }
}
