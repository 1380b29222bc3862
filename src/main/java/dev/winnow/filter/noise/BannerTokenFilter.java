package dev.winnow.filter.noise;

import dev.winnow.analysis.BlockKeys;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.internal.IntSet;
import dev.winnow.internal.Texts;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Removes the file names of ad banners that text dumps leave behind, like
 * {@code 20231124_etesal_728x90_1} or {@code promo-300X250-v2.jpg}: a block that is a single token
 * of letters, digits, {@code _ - .} carrying an ad size {@code WxH} (x, X or ×): both sides
 * plausible (see {@link #isAdSide}) and the shape one of an ad unit's (see {@link #isAdShape}), so
 * {@code 300x250} and {@code 728x90} count but a photo's {@code 800x450} does not. Inside such an ad run it also removes the
 * short sponsor codes that sit among the banners ({@code CEL}, {@code MARN1}): one short token of
 * capitals and digits, only when an ad label or a banner name shares its group or stands right
 * next to it, so a lone "NATO" or "UPDATE" elsewhere stays.
 *
 * <pre>{@code
 * Filter banners = new BannerTokenFilter();
 * BannerTokenFilter.isBannerToken("etesal_728x90_1");   // true
 * BannerTokenFilter.isBannerToken("1920x1080");         // false: sides too long
 * BannerTokenFilter.isBannerToken("photo-800x450.jpg"); // false: a 16:9 photo, not an ad unit
 * }</pre>
 *
 * <p>Every check is a hand-written linear scan: a line of ten thousand {@code x}s and digits costs
 * ten thousand steps. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BannerTokenFilter implements Filter {

  /** File names longer than this are not banner names (and not worth scanning). */
  static final int MAX_TOKEN_LENGTH = 160;

  /** The shortest size, "88x31", has five chars. */
  static final int MIN_TOKEN_LENGTH = 5;

  /** Ad sizes have two or three digits a side: 88x31 up to 970x250. */
  static final int MIN_SIDE_DIGITS = 2;

  static final int MAX_SIDE_DIGITS = 3;

  /** The smallest side of a standard ad unit (the 88x31 micro bar's height is just above it). */
  static final int MIN_SIDE = 30;

  /**
   * Ad units are laid out on round grids: every standard side is even or a multiple of 5
   * (728, 468, 336, 250, 125, 90, 50). Odd, unround numbers are more likely dates or codes.
   */
  static final int EVEN = 2;

  static final int ROUND = 5;

  /**
   * Ad units come in three shapes, and photos (4:3, 3:2, 16:9) fall between them: banners at
   * least 5:2 wide (728x90, 970x250, 728x250, 320x100), near-squares between 4:5 and 5:4 (300x250,
   * 336x280, 250x250), and skyscrapers at most 3:5 wide (160x600, 300x600, 240x400).
   */
  static final int BANNER_MIN_WIDTH = 5;

  static final int BANNER_PER_HEIGHT = 2;

  static final int SQUARE_LOW_WIDTH = 4;

  static final int SQUARE_LOW_HEIGHT = 5;

  static final int TOWER_MAX_WIDTH = 3;

  static final int TOWER_PER_HEIGHT = 5;

  /** Sponsor codes are short: "CEL", "MARN1". Longer capitals are more likely words. */
  static final int MAX_SPONSOR_CODE_LENGTH = 8;

  static final int MIN_SPONSOR_CODE_LENGTH = 2;

  private final Vocabulary adLabels;

  /** A filter that takes the built-in {@code ad-labels} vocabulary as evidence of an ad run. */
  public BannerTokenFilter() {
    this(AdLabelFilter.builtInLabels());
  }

  /**
   * A filter that takes these ad labels (besides banner names) as evidence that a sponsor code
   * sits in an ad run; pass the same vocabulary as to {@link AdLabelFilter}.
   */
  public BannerTokenFilter(Vocabulary adLabels) {
    this.adLabels = Objects.requireNonNull(adLabels, "adLabels");
  }

  @Override
  public void apply(Page page) {
    List<Block> blocks = page.blocks();
    int n = blocks.size();
    BitSet banner = new BitSet(n);
    BitSet codes = new BitSet(n);
    IntSet codeGroups = new IntSet();
    for (Block b : blocks) {
      if (isBannerToken(b.text())) {
        banner.set(b.index());
      } else if (page.isKept(b) && isSponsorCode(b.text())) {
        codes.set(b.index());
        codeGroups.add(b.group());
      }
    }
    for (int i = banner.nextSetBit(0); i >= 0; i = banner.nextSetBit(i + 1)) {
      Block b = blocks.get(i);
      if (page.isKept(b)) {
        String text = b.text();
        page.remove(b, name(), () -> "banner file name with ad size " + sizeOf(text));
      }
    }
    if (codes.isEmpty()) {
      return;
    }
    // Evidence of an ad run comes from all blocks, removed or not (an ad label an earlier filter
    // removed still marks its run), but only where a sponsor code could use it.
    BitSet evidence = (BitSet) banner.clone();
    IntSet adGroups = new IntSet();
    for (Block b : blocks) {
      int i = b.index();
      boolean near = codeGroups.contains(b.group()) || i > 0 && codes.get(i - 1) || i + 1 < n && codes.get(i + 1);
      if (near && (banner.get(i) || isAdLabel(page, b))) {
        evidence.set(i);
        adGroups.add(b.group());
      }
    }
    for (int i = codes.nextSetBit(0); i >= 0; i = codes.nextSetBit(i + 1)) {
      Block b = blocks.get(i);
      if (adGroups.contains(b.group())) {
        page.remove(b, name(), () -> "sponsor code '" + b.text() + "' in the same run as an ad label or banner");
      } else if (i > 0 && evidence.get(i - 1) || i + 1 < n && evidence.get(i + 1)) {
        page.remove(b, name(), () -> "sponsor code '" + b.text() + "' right next to an ad label or banner");
      }
    }
  }

  private boolean isAdLabel(Page page, Block b) {
    String key = BlockKeys.of(page).key(b, adLabels.maxWords(), adLabels.maxKeyLength());
    return key != null && adLabels.lookup(key) != null;
  }

  /**
   * Whether the text is one file-name-like token carrying an ad size: no spaces, only letters,
   * digits, {@code _ - .} and the size's {@code x X ×}, at most {@link #MAX_TOKEN_LENGTH} chars.
   */
  public static boolean isBannerToken(String text) {
    int n = text.length();
    if (n < MIN_TOKEN_LENGTH || n > MAX_TOKEN_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!(isAsciiLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '\u00d7')) {
        return false;
      }
    }
    return findSize(text) >= 0;
  }

  /**
   * The value of the digits from..to when they are a plausible side of an ad unit (two or three
   * digits, no leading zero, at least {@link #MIN_SIDE}, even or a multiple of five), else -1.
   */
  static int isAdSide(CharSequence s, int from, int to) {
    int len = to - from;
    if (len < MIN_SIDE_DIGITS || len > MAX_SIDE_DIGITS || s.charAt(from) == '0') {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v >= MIN_SIDE && (v % EVEN == 0 || v % ROUND == 0) ? v : -1;
  }

  /** Whether width x height is shaped like an ad unit: a wide banner, a near-square or a tower. */
  static boolean isAdShape(int width, int height) {
    boolean banner = width * BANNER_PER_HEIGHT >= height * BANNER_MIN_WIDTH;
    boolean square = width * SQUARE_LOW_HEIGHT >= height * SQUARE_LOW_WIDTH
        && width * SQUARE_LOW_WIDTH <= height * SQUARE_LOW_HEIGHT;
    boolean tower = width * TOWER_PER_HEIGHT <= height * TOWER_MAX_WIDTH;
    return banner || square || tower;
  }

  /**
   * The index where an ad size starts in the text, or -1. The scan goes from one x (or X or ×)
   * to the next, each found by {@link String#indexOf(int, int)}, and reads the digits on either
   * side of it; each digit run is read at most once as a width and once as a height, and each of
   * the three chars is searched for again only once passed, so the scan is linear however the
   * digits and x's are arranged.
   */
  public static int findSize(String s) {
    int n = s.length();
    int nextLower = -1;
    int nextUpper = -1;
    int nextSign = -1;
    // A times char at 0 has no width before it, one at n - 1 no height after it.
    int from = 1;
    while (from < n - 1) {
      if (nextLower < from) {
        nextLower = Texts.indexOrEnd(s, 'x', from);
      }
      if (nextUpper < from) {
        nextUpper = Texts.indexOrEnd(s, 'X', from);
      }
      if (nextSign < from) {
        nextSign = Texts.indexOrEnd(s, '\u00d7', from);
      }
      int times = Math.min(nextLower, Math.min(nextUpper, nextSign));
      if (times >= n - 1) {
        return -1;
      }
      from = times + 1;
      if (!isDigit(s.charAt(times - 1)) || !isDigit(s.charAt(times + 1))) {
        continue;
      }
      int wStart = times - 1;
      while (wStart > 0 && isDigit(s.charAt(wStart - 1))) {
        wStart--;
      }
      int hEnd = times + 1;
      while (hEnd < n && isDigit(s.charAt(hEnd))) {
        hEnd++;
      }
      int w = isAdSide(s, wStart, times);
      int h = isAdSide(s, times + 1, hEnd);
      if (w > 0 && h > 0 && isAdShape(w, h)) {
        return wStart;
      }
    }
    return -1;
  }

  /** The ad size in a banner token, as written, for the reason. */
  private static String sizeOf(String token) {
    int start = findSize(token);
    int end = start;
    while (end < token.length() && (isDigit(token.charAt(end)) || isTimes(token.charAt(end)))) {
      end++;
    }
    return token.substring(start, end);
  }

  /**
   * Whether the text could be a sponsor code: one token of {@value #MIN_SPONSOR_CODE_LENGTH} to
   * {@value #MAX_SPONSOR_CODE_LENGTH} ASCII capitals and digits that starts with a capital.
   */
  static boolean isSponsorCode(String text) {
    int n = text.length();
    if (n < MIN_SPONSOR_CODE_LENGTH || n > MAX_SPONSOR_CODE_LENGTH || !(text.charAt(0) >= 'A' && text.charAt(0) <= 'Z')) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || isDigit(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTimes(char c) {
    return c == 'x' || c == 'X' || c == '\u00d7';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c);
  }
}
