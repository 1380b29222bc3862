package dev.winnow.source;

import java.util.Locale;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * Reads an element's hint words: its class names, id, role, aria-label and itemprop words,
 * lower-cased, with camel-case humps split by a hyphen ({@code relatedPosts} reads
 * {@code related-posts}), space-separated. Stateless and thread-safe.
 */
final class HintWords {
  /** The attributes whose words are hints, in the order they are read. */
  private static final String[] ATTRIBUTES = {"class", "id", "role", "itemprop", "aria-label"};

  private HintWords() {}

  /** The element's own hint words, or the empty string. */
  static String of(Element e) {
    if (e.attributesSize() == 0) {
      return "";
    }
    Attributes attrs = e.attributes();
    // Most elements with hints have one hint attribute, a plain class list: that is the answer
    // as it stands, with no builder and no copy.
    String only = null;
    StringBuilder sb = null;
    for (String name : ATTRIBUTES) {
      String v = attrs.get(name);
      if (v.isEmpty()) {
        continue;
      }
      if (sb == null) {
        if (only == null && isPlain(v)) {
          only = v;
          continue;
        }
        sb = new StringBuilder(v.length() + (only == null ? 8 : only.length() + 8));
        if (only != null) {
          sb.append(only);
        }
      }
      appendWords(v, sb);
    }
    return sb != null ? sb.toString() : only != null ? only : "";
  }

  /** Appends the white-space separated words of the value, normalized, each preceded by a space when not first. */
  static void appendWords(String value, StringBuilder sb) {
    if (isPlain(value)) {
      // Lower-case words split by single spaces, the usual class list: nothing to normalize.
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(value);
      return;
    }
    int i = 0;
    int n = value.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      char prev = 0;
      while (i < n && !Character.isWhitespace(value.charAt(i))) {
        char c = value.charAt(i);
        if (Character.isUpperCase(c) && (Character.isLowerCase(prev) || Character.isDigit(prev))) {
          sb.append('-');
        }
        sb.append(Character.toLowerCase(c));
        prev = c;
        i++;
      }
    }
  }

  /** Whether the value is non-empty lower-case ASCII words separated by single spaces. */
  private static boolean isPlain(String v) {
    int n = v.length();
    if (n == 0 || v.charAt(0) == ' ' || v.charAt(n - 1) == ' ') {
      return false;
    }
    char prev = 'x';
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      if (c == ' ' ? prev == ' ' : (c <= ' ' || c >= '\u007f' || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
      prev = c;
    }
    return true;
  }

  /** Lower-cases a hint word the way {@link #appendWords} does, for patterns and tests. */
  static String normalize(String word) {
    StringBuilder sb = new StringBuilder(word.length() + 4);
    appendWords(word, sb);
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
