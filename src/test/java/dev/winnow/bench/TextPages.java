package dev.winnow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Text pages of a chosen size made from the bundled seed page, a ~10 KB w3m dump of a news page
 * (article, ad labels, carousel controls, teasers).
 *
 * <p>A larger page is the seed followed by varied copies of it. Copies are varied because a page
 * made of one block repeated a hundred times is not a page: a filter that drops repeated blocks
 * would collapse it and the benchmark would measure that shortcut. So in every copy after the
 * first, each line of eight words or more (prose and long headlines) has its words shuffled with a
 * fixed seed, while short lines (ad labels, "Continue Reading", section names) stay verbatim, the
 * way page chrome really does repeat down a long page. The result is deterministic.
 */
final class TextPages {
  static final String SEED_RESOURCE = "/bench/seed-page.txt";

  /** Lines with at least this many words are prose, varied in each copy. */
  private static final int PROSE_MIN_WORDS = 8;

  private TextPages() {}

  /** The seed page followed by {@code copies - 1} varied copies of it, a blank line before each. */
  static String page(int copies) {
    List<String> parts = copies(copies);
    StringBuilder out = new StringBuilder(parts.get(0).length() * copies + 2 * copies);
    for (String part : parts) {
      if (out.length() > 0) {
        if (out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
        out.append('\n');
      }
      out.append(part);
    }
    return out.toString();
  }

  /** The parts {@link #page} joins: the seed page and {@code copies - 1} varied copies of it. */
  static List<String> copies(int copies) {
    if (copies < 1) {
      throw new IllegalArgumentException("copies must be at least 1: " + copies);
    }
    String seed = seed();
    String[] lines = seed.split("\\R", -1);
    List<String> parts = new ArrayList<>(copies);
    parts.add(seed);
    for (int copy = 1; copy < copies; copy++) {
      StringBuilder out = new StringBuilder(seed.length());
      for (int i = 0; i < lines.length; i++) {
        out.append(vary(lines[i], new Random(31L * copy + i)));
        if (i < lines.length - 1) {
          out.append('\n');
        }
      }
      parts.add(out.toString());
    }
    return parts;
  }

  static String seed() {
    try (InputStream in = TextPages.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + SEED_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String vary(String line, Random random) {
    String[] words = line.trim().split("\\s+");
    if (words.length < PROSE_MIN_WORDS) {
      return line;
    }
    List<String> shuffled = new ArrayList<>(Arrays.asList(words));
    Collections.shuffle(shuffled, random);
    return String.join(" ", shuffled);
  }
}
