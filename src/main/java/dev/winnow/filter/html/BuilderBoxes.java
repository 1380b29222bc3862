package dev.winnow.filter.html;

import java.util.List;

/**
 * Reads the class words of page-builder boxes for what they say about their content. Page
 * builders call every box they lay out a widget: Elementor wraps each text block of a post in
 * {@code elementor-widget-wrap} and {@code elementor-widget-container}, SiteOrigin in
 * {@code so-widget-sow-editor}. There the word names the builder's unit of layout, not a sidebar
 * widget, and a chrome vocabulary that contains {@code *widget*} takes a post's whole body for
 * chrome. The builder's prefix is dropped and what follows it still counts, so a share bar stays
 * one ({@code elementor-widget-share-buttons} reads {@code share-buttons}).
 *
 * <pre>{@code
 * BuilderBoxes.withoutPrefixes("elementor-element elementor-widget elementor-widget-text-editor");
 * // "elementor-element text-editor"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class BuilderBoxes {
  /** The prefixes page builders put on the class of every box, each followed by the box's type. */
  static final List<String> WIDGET_PREFIXES = List.of("elementor-widget", "so-widget", "siteorigin-widget");

  private BuilderBoxes() {}

  /** The hint words without page builders' widget prefixes; the words themselves when they have none. */
  static String withoutPrefixes(String hints) {
    if (!hints.contains("-widget")) {
      return hints;
    }
    StringBuilder sb = new StringBuilder(hints.length());
    int n = hints.length();
    for (int start = 0; start < n; ) {
      int end = hints.indexOf(' ', start);
      if (end < 0) {
        end = n;
      }
      int from = start + prefixLength(hints, start, end);
      if (from < end) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(hints, from, end);
      }
      start = end + 1;
    }
    return sb.toString();
  }

  /** How many chars of the token {@code hints[start, end)} are a builder's prefix and its separator. */
  private static int prefixLength(String hints, int start, int end) {
    for (String p : WIDGET_PREFIXES) {
      int len = p.length();
      if (end - start >= len && hints.startsWith(p, start)) {
        if (end - start == len) {
          return len;
        }
        char c = hints.charAt(start + len);
        if (c == '-' || c == '_') {
          return len + 1;
        }
      }
    }
    return 0;
  }
}
