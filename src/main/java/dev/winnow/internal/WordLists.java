package dev.winnow.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the small built-in word lists: one entry a line, lower-cased, '#' comments and blank lines skipped. */
public final class WordLists {
  private WordLists() {}

  /**
   * The entries of a resource beside the anchor class, in file order.
   *
   * @throws IllegalStateException when the resource is missing: a broken build, not bad input
   */
  public static List<String> load(Class<?> anchor, String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String p = line.strip().toLowerCase(Locale.ROOT);
        if (!p.isEmpty() && !p.startsWith("#")) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return List.copyOf(out);
  }
}
