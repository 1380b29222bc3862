package dev.winnow.filter.noise;

import dev.winnow.analysis.ArticleHeads;
import dev.winnow.analysis.Keys;
import dev.winnow.analysis.TextFeatures;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Removes the site's name where it stands as a line of its own: the masthead at the top, the
 * logo text in the footer ("Diario El Faro", "The Morning Ledger"). No list can hold every site's
 * name, so the page says it: the name the copyright line states ("© 2024 Diario El Faro. Todos
 * los derechos reservados."), or a short line of two words or more that stands both among the
 * first lines above the page's first paragraph of prose and among the last lines below its last
 * (one word there is a menu item, "Sports", as often). A masthead left in place reads as a section label or a headline.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(new SiteNameFilter());
 * }</pre>
 *
 * <p>Linear: one pass to find the names, one to remove them. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SiteNameFilter implements Filter {
  /** The most words of a site's name. */
  static final int MAX_WORDS = 6;

  /** How many lines at each end of the page a masthead or footer logo stands among. */
  static final int EDGE_LINES = 12;

  @Override
  public void apply(Page page) {
    List<Block> blocks = page.blocks();
    int n = blocks.size();
    Map<String, String> names = new HashMap<>();
    // The page's two ends: before its first paragraph of prose, after its last.
    int firstProse = 0;
    while (firstProse < n && !ArticleHeads.isProse(blocks.get(firstProse))) {
      firstProse++;
    }
    int lastProse = n - 1;
    while (lastProse >= 0 && !ArticleHeads.isProse(blocks.get(lastProse))) {
      lastProse--;
    }
    Map<String, Integer> top = new HashMap<>();
    for (int i = 0; i < Math.min(EDGE_LINES, firstProse); i++) {
      Block b = blocks.get(i);
      if (isNameLike(b)) {
        top.putIfAbsent(keyOf(b.text()), i);
      }
    }
    // Where the chain made the text features, their pass over the chars has seen which blocks
    // hold a ©: only those, and lines that open with a c ("Copyright 2024 ..."), are read again.
    TextFeatures features = TextFeatures.ifMade(page);
    for (Block b : blocks) {
      if (features != null && !features.hasCopyrightSign(b.index()) && !opensWithC(b.text())) {
        continue;
      }
      String named = namedByCopyright(b.text());
      if (named != null) {
        names.putIfAbsent(keyOf(named), "named in the copyright line");
      }
    }
    for (int i = Math.max(lastProse + 1, n - EDGE_LINES); i < n; i++) {
      Block b = blocks.get(i);
      Integer at = isNameLike(b) && b.wordCount() >= 2 ? top.get(keyOf(b.text())) : null;
      if (at != null && at < i) {
        names.putIfAbsent(keyOf(b.text()), "at the page's top and again at its bottom");
      }
    }
    if (names.isEmpty()) {
      return;
    }
    int longest = 0;
    for (String name : names.keySet()) {
      longest = Math.max(longest, name.length());
    }
    for (Block b : page.kept()) {
      String why = b.length() <= longest && isNameLike(b) ? names.get(keyOf(b.text())) : null;
      if (why != null) {
        page.remove(b, name(), () -> "the site's name, " + why);
      }
    }
  }

  private static boolean opensWithC(String text) {
    return !text.isEmpty() && (text.charAt(0) | 0x20) == 'c';
  }

  private static boolean isNameLike(Block b) {
    String t = b.text();
    return b.wordCount() >= 1 && b.wordCount() <= MAX_WORDS && !b.endsSentence()
        && Character.isLetter(t.codePointAt(0)) && Character.isUpperCase(t.codePointAt(0));
  }

  private static String keyOf(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The name a copyright line states, or null: what follows the copyright sign or word and the
   * year, up to the first full stop, bar or dash ("© 2025 Rheinische Rundschau – Alle Rechte").
   */
  static String namedByCopyright(String text) {
    int at = text.indexOf('\u00a9');
    int from;
    if (at >= 0) {
      from = at + 1;
    } else if (opensWithC(text) && text.regionMatches(true, 0, "copyright", 0, 9)) {
      from = 9;
    } else {
      return null;
    }
    int i = from;
    // The year and what stands around it: "© 2024 ", "Copyright 2019-2025, ".
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isDigit(text.charAt(i))
        || "-,\u2013\u00a9".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    int end = i;
    while (end < text.length() && ".|\u2013\u2014".indexOf(text.charAt(end)) < 0
        && !(text.charAt(end) == '-' && end > 0 && text.charAt(end - 1) == ' ')) {
      end++;
    }
    String name = text.substring(i, end).trim();
    if (name.isEmpty() || Keys.words(name) > MAX_WORDS || !Character.isUpperCase(name.codePointAt(0))) {
      return null;
    }
    return name;
  }
}
