package dev.winnow.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The DOM-level cleaning every HTML page gets, whatever the pipeline: which elements are code and
 * make no blocks at all, and which hold text no reader sees (hidden elements, fallbacks, embeds,
 * form controls). The text of the latter still becomes blocks, removed up front under the name
 * {@value #NAME} with the reason this class gives, so the explain trail shows it.
 *
 * <p>Class and id patterns (ad slots, share bars and such) are not judged here but by a filter,
 * so that users can change them per pipeline.
 *
 * <p>Stateless and thread-safe.
 */
final class DomCleaner {
  /** The name removals made while reading HTML are recorded under. */
  static final String NAME = "DomCleaner";

  /** Elements whose content is code or head data, not text: they make no blocks. */
  private static final Set<String> CODE = Set.of("script", "style", "link", "meta", "base");

  /** Elements whose text is never shown as page text, with the reason they are removed. */
  private static final Map<String, String> NEVER_SHOWN = Map.ofEntries(
      Map.entry("noscript", "no-script fallback"),
      Map.entry("template", "inert template"),
      Map.entry("iframe", "embedded frame"),
      Map.entry("frame", "embedded frame"),
      Map.entry("object", "embedded object"),
      Map.entry("embed", "embedded object"),
      Map.entry("svg", "vector graphic"),
      Map.entry("canvas", "canvas fallback"),
      Map.entry("video", "media fallback"),
      Map.entry("audio", "media fallback"),
      Map.entry("map", "image map"),
      Map.entry("button", "button"),
      Map.entry("select", "form control"),
      Map.entry("option", "form control"),
      Map.entry("datalist", "form control"),
      Map.entry("textarea", "form control"),
      Map.entry("input", "form control"));

  /** The removal reason of each never-shown tag, made once: {@code "button <button>"}. */
  private static final Map<String, String> NEVER_SHOWN_REASONS = reasons();

  private DomCleaner() {}

  private static Map<String, String> reasons() {
    Map<String, String> m = new java.util.HashMap<>();
    NEVER_SHOWN.forEach((tag, why) -> m.put(tag, why + " <" + tag + ">"));
    return Map.copyOf(m);
  }

  /** The tags whose elements are never shown. */
  static Set<String> neverShownTags() {
    return NEVER_SHOWN.keySet();
  }

  /** Why an element of this tag is never shown, whatever its attributes, or {@code null}. */
  static @Nullable String neverShown(String tag) {
    return NEVER_SHOWN_REASONS.get(tag);
  }

  /** The tags whose content is code or head data: skipped entirely, no blocks. */
  static Set<String> codeTags() {
    return CODE;
  }

  /**
   * Why the element's text is never shown to a reader, or {@code null} when it may be.
   *
   * @param e the element
   * @param tag its normal name
   * @param attributes its number of attributes
   * @return a short reason like {@code "hidden (display:none)"}
   */
  static @Nullable String hiddenReason(Element e, String tag, int attributes) {
    String never = neverShown(tag);
    return never != null ? never : hiddenByAttributes(e, tag, attributes);
  }

  /** Why the element's attributes hide it ({@code hidden}, {@code aria-hidden}, a style), or {@code null}. */
  static @Nullable String hiddenByAttributes(Element e, String tag, int attributes) {
    if (attributes == 0) {
      return null;
    }
    Attributes a = e.attributes();
    if (a.hasKey("hidden")) {
      return "hidden (hidden attribute)";
    }
    if ("true".equalsIgnoreCase(a.get("aria-hidden").trim())) {
      return "hidden (aria-hidden)";
    }
    if ("dialog".equals(tag) && !a.hasKey("open")) {
      return "hidden (closed dialog)";
    }
    String style = a.get("style");
    if (!style.isEmpty()) {
      return styleHidden(style);
    }
    return null;
  }

  /** Whether an inline style hides the element: {@code display:none} or {@code visibility:hidden}. */
  static @Nullable String styleHidden(String style) {
    char[] s = compact(style);
    if (contains(s, "display:none")) {
      return "hidden (display:none)";
    }
    if (contains(s, "visibility:hidden")) {
      return "hidden (visibility:hidden)";
    }
    return null;
  }

  /** Whether the chars hold the needle; a plain loop, styles are short. */
  private static boolean contains(char[] hay, String needle) {
    int m = needle.length();
    for (int i = 0, last = hay.length - m; i <= last; i++) {
      int j = 0;
      while (j < m && hay[i + j] == needle.charAt(j)) {
        j++;
      }
      if (j == m) {
        return true;
      }
    }
    return false;
  }

  /**
   * The style lower-cased with white space dropped, so {@code "display : none"} reads
   * {@code "display:none"}. A style with a non-ASCII char is lower-cased whole first
   * ({@link String#toLowerCase(Locale)}); then every char is copied but white space, ASCII
   * capitals lower-cased.
   */
  private static char[] compact(String style) {
    String s = style;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        s = s.toLowerCase(Locale.ROOT);
        break;
      }
    }
    int n = s.length();
    char[] out = new char[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        out[len++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
    }
    return len == n ? out : Arrays.copyOf(out, len);
  }
}
