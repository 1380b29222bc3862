package dev.winnow.filter.noise;

import dev.winnow.block.Block;
import dev.winnow.block.Container;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;

/**
 * Removes blocks with nothing to read:
 *
 * <ul>
 *   <li>blocks without a letter or a digit: rules ({@code -----}), lone bullets ({@code *},
 *       {@code •}), close buttons ({@code ×}), separators ({@code |}). Rules of underscores stay:
 *       wire copy sets {@code ___} between a story and its credits, and keeps it in the text;
 *   <li>the placeholders a text browser leaves for images, form fields and ad slots: a block made
 *       only of bracketed groups, each empty or one token ({@code [ ]}, {@code [INS::INS]},
 *       {@code [POLITIFACT_logo_rgb]}, {@code [ ] [Go]}, {@code [https://example.com/a.jpg]}).
 *       A bracket with words in it is text ("[Ni’matul Ukhuwah hal. 41]", "[1] Alarm fatigue ...")
 *       and stays.
 * </ul>
 *
 * Table and preformatted cells are left alone: a dash in a table means "none".
 *
 * <pre>{@code
 * Filter placeholders = new PlaceholderFilter();
 * }</pre>
 *
 * <p>One pass over each short block. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PlaceholderFilter implements Filter {

  /** Placeholders are short; a longer block with brackets is something else. */
  static final int MAX_PLACEHOLDER_LENGTH = 200;

  @Override
  public void apply(Page page) {
    for (Block b : page.kept()) {
      String why = isPlaceholder(b.text()) ? "placeholder of an image, field or slot"
          : !b.hasMoreWordsThan(0) && b.text().indexOf('_') < 0 ? "nothing to read" : null;
      if (why != null && !b.markup().in(Container.TABLE) && !b.markup().in(Container.PRE)
          && !page.isLabelled(b)) {
        page.remove(b, name(), () -> why + ": '" + b.text() + "'");
      }
    }
  }

  /** Whether the text is only bracketed groups, each empty or a single token: "[ ] [Go]". */
  static boolean isPlaceholder(String text) {
    int n = text.length();
    if (n < 2 || n > MAX_PLACEHOLDER_LENGTH || text.charAt(0) != '[') {
      return false;
    }
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      if (c != '[') {
        return false;
      }
      int j = i + 1;
      while (j < n && text.charAt(j) == ' ') {
        j++;
      }
      boolean token = false;
      boolean gap = false;
      for (; j < n && text.charAt(j) != ']'; j++) {
        char d = text.charAt(j);
        if (d == '[') {
          return false;
        }
        if (d == ' ') {
          gap = token;
        } else if (gap) {
          // A second word: this bracket holds text, not a placeholder.
          return false;
        } else {
          token = true;
        }
      }
      if (j == n) {
        return false;
      }
      i = j + 1;
    }
    return true;
  }
}
