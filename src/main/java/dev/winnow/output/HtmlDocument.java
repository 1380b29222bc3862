package dev.winnow.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jsoup.nodes.Entities;

/**
 * The frame every HTML page Winnow writes shares: a document with one inline style sheet and one
 * inline script, under a {@code Content-Security-Policy} that allows those two and nothing else.
 *
 * <p>The policy names the style sheet and the script by their SHA-256 hashes rather than by a
 * nonce: a report is a file, not a response, so a nonce would be as readable as the hash, and the
 * hash keeps the same page's report the same, byte for byte, on every run. Page text is still
 * escaped everywhere ({@link #escape}); the policy is there for the day an escape is missed: a
 * script that got in would not match the hash and would not run, and {@code default-src 'none'}
 * keeps it from fetching anything. Neither the style sheet nor the script ever holds page text.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlDocument {
  private HtmlDocument() {}

  /**
   * Escapes text for HTML, as element content or as a double- or single-quoted attribute value:
   * {@code & < > " '} and the no-break space become references, nothing else changes. The same as
   * jsoup's {@link Entities#escape(String)}, which decides every escape (HtmlReportTest checks the
   * two agree); this only skips, without a call, the chars that jsoup leaves as they are, which are
   * nearly all of a page's text: jsoup's own loop, which asks a charset encoder about every code
   * point, made escaping most of what writing a report cost.
   */
  static String escape(String text) {
    return escape(new StringBuilder(text.length() + 16), text).toString();
  }

  /** Appends the escaped text. */
  static StringBuilder escape(StringBuilder sb, String text) {
    int start = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      String escaped = c < ASCII.length ? ASCII[c] : c == '\u00a0' || Character.isSurrogate(c) ? "" : null;
      if (escaped == null) {
        continue;
      }
      sb.append(text, start, i);
      if (escaped.isEmpty()) {
        // Not ASCII: jsoup decides, over the whole code point.
        int end = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? i + 2 : i + 1;
        sb.append(Entities.escape(text.substring(i, end)));
        i = end - 1;
      } else {
        sb.append(escaped);
      }
      start = i + 1;
    }
    return sb.append(text, start, text.length());
  }

  /** Per ASCII char, what jsoup escapes it to, or null where it leaves the char as it is. */
  private static final String[] ASCII = asciiEscapes();

  private static String[] asciiEscapes() {
    String[] table = new String[0x80];
    for (char c = 0; c < 0x80; c++) {
      String escaped = Entities.escape(String.valueOf(c));
      table[c] = escaped.equals(String.valueOf(c)) ? null : escaped;
    }
    return table;
  }

  /**
   * Opens a document: everything up to and including {@code <body>}.
   *
   * @param title the page's title, as text (escaped here)
   * @param style the style sheet; must not hold {@code </style}
   * @param script the script; it stands in the head, so it waits for {@code DOMContentLoaded}
   *     itself when it needs the body; must not hold {@code </script}
   */
  static void open(StringBuilder sb, String title, String style, String script) {
    if (style.contains("</") || script.contains("</")) {
      throw new IllegalArgumentException("an inline style or script must not hold '</'");
    }
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(policy(style, script))
        .append("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape(sb, title).append("</title>\n<style>").append(style).append("</style>\n")
        .append("<script>").append(script).append("</script>\n</head>\n<body>\n");
  }

  /** Closes what {@link #open} opened. */
  static void close(StringBuilder sb) {
    sb.append("</body>\n</html>\n");
  }

  /**
   * The policy: nothing from anywhere, but the one style sheet and the one script, by hash.
   * {@code base-uri} and {@code form-action} do not fall back to {@code default-src}, so they are
   * closed by name.
   */
  static String policy(String style, String script) {
    return "default-src 'none'; style-src '" + sha256(style) + "'; script-src '" + sha256(script)
        + "'; img-src 'none'; base-uri 'none'; form-action 'none'";
  }

  /** A CSP hash source's value for this text, as the browser computes it over the UTF-8 bytes. */
  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
