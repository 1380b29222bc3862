package dev.winnow.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small, forgiving JSON reader for the JSON-LD blocks of web pages, which are often not quite
 * JSON: wrapped in HTML comments or CDATA markers, with trailing commas, raw line breaks inside
 * strings, several objects one after another, or cut short. Reads objects into
 * {@code Map<String, Object>}, arrays into {@code List<Object>}, strings, numbers (as their
 * source text), booleans and {@code null}. It never throws: what cannot be read is skipped, and a
 * value cut short ends where the text ends.
 *
 * <p>Nesting deeper than {@link #MAX_DEPTH} is not read (real JSON-LD nests a few levels; a
 * hostile page must not exhaust the stack). Stateless and thread-safe; each call uses its own
 * cursor.
 */
final class TolerantJson {
  /** Real JSON-LD nests under ten levels; this is far beyond, and far from the stack's limit. */
  static final int MAX_DEPTH = 64;

  private final String s;
  private int pos;

  private TolerantJson(String s) {
    this.s = s;
  }

  /**
   * Reads every top-level value in the text, skipping junk between them.
   *
   * @param text the content of a {@code <script type="application/ld+json">}
   * @return the values read, possibly none
   */
  static List<Object> readAll(String text) {
    // The wrappers pages put around script content would read as brackets; they are not data.
    String clean = text.replace("<![CDATA[", "         ").replace("]]>", "   ")
        .replace("<!--", "    ").replace("-->", "   ");
    TolerantJson r = new TolerantJson(clean);
    List<Object> out = new ArrayList<>();
    while (r.pos < r.s.length()) {
      int start = r.skipToValueStart();
      if (start < 0) {
        break;
      }
      Object v = r.value(0);
      if (v != null) {
        out.add(v);
      }
      if (r.pos <= start) {
        r.pos = start + 1;
      }
    }
    return out;
  }

  /** Moves to the next '{' or '['; returns its position, or -1. */
  private int skipToValueStart() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '{' || c == '[') {
        return pos;
      }
      pos++;
    }
    return -1;
  }

  private @Nullable Object value(int depth) {
    skipSpace();
    if (pos >= s.length()) {
      return null;
    }
    char c = s.charAt(pos);
    switch (c) {
      case '{':
        return depth >= MAX_DEPTH ? skipNested() : object(depth + 1);
      case '[':
        return depth >= MAX_DEPTH ? skipNested() : array(depth + 1);
      case '"', '\'':
        return string(c);
      default:
        return bare();
    }
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    while (true) {
      skipSpaceAndCommas();
      if (pos >= s.length()) {
        return map;
      }
      char c = s.charAt(pos);
      if (c == '}') {
        pos++;
        return map;
      }
      if (c == ']') {
        // A stray closer: the object is over.
        return map;
      }
      String key = c == '"' || c == '\'' ? string(c) : bareWord();
      skipSpace();
      if (pos < s.length() && s.charAt(pos) == ':') {
        pos++;
      } else if (key.isEmpty()) {
        pos++;
        continue;
      }
      int before = pos;
      Object v = value(depth);
      if (v != null) {
        map.put(key, v);
      }
      if (pos == before) {
        pos++;
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> list = new ArrayList<>();
    pos++;
    while (true) {
      skipSpaceAndCommas();
      if (pos >= s.length()) {
        return list;
      }
      char c = s.charAt(pos);
      if (c == ']') {
        pos++;
        return list;
      }
      if (c == '}') {
        return list;
      }
      int before = pos;
      Object v = value(depth);
      if (v != null) {
        list.add(v);
      }
      if (pos == before) {
        pos++;
      }
    }
  }

  /** Reads a quoted string, unescaping; a raw line break inside is kept as a space. */
  private String string(char quote) {
    StringBuilder sb = new StringBuilder();
    pos++;
    while (pos < s.length()) {
      char c = s.charAt(pos++);
      if (c == quote) {
        return sb.toString();
      }
      if (c == '\\' && pos < s.length()) {
        char e = s.charAt(pos++);
        switch (e) {
          case 'n', 'r', 't', 'f', 'b' -> sb.append(' ');
          case 'u' -> {
            if (pos + 4 <= s.length() && isHex(s, pos, pos + 4)) {
              sb.append((char) Integer.parseInt(s, pos, pos + 4, 16));
              pos += 4;
            }
          }
          default -> sb.append(e);
        }
      } else if (c < ' ') {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A number, {@code true}, {@code false} or {@code null} as its text; {@code null} gives null. */
  private @Nullable Object bare() {
    String w = bareWord();
    if (w.isEmpty() || w.equals("null")) {
      return null;
    }
    if (w.equals("true") || w.equals("false")) {
      return Boolean.valueOf(w);
    }
    return w;
  }

  private String bareWord() {
    int start = pos;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ',' || c == '}' || c == ']' || c == ':' || Character.isWhitespace(c)) {
        break;
      }
      pos++;
    }
    return s.substring(start, pos);
  }

  /** Skips a value nested too deep, by counting brackets outside strings; returns null. */
  private @Nullable Object skipNested() {
    int level = 0;
    while (pos < s.length()) {
      char c = s.charAt(pos++);
      if (c == '"') {
        while (pos < s.length() && s.charAt(pos) != '"') {
          pos += s.charAt(pos) == '\\' ? 2 : 1;
        }
        pos++;
      } else if (c == '{' || c == '[') {
        level++;
      } else if ((c == '}' || c == ']') && --level == 0) {
        break;
      }
    }
    return null;
  }

  private void skipSpace() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }

  private void skipSpaceAndCommas() {
    while (pos < s.length() && (Character.isWhitespace(s.charAt(pos)) || s.charAt(pos) == ',')) {
      pos++;
    }
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
