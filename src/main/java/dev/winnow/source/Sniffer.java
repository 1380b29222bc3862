package dev.winnow.source;

import dev.winnow.InputKind;
import java.util.Locale;

/**
 * Tells HTML from plain text by looking at the start of the content: a doctype, an {@code <html>},
 * {@code <head>} or {@code <body>} tag, or several common block tags make it HTML. Only the first
 * 4096 chars are looked at, so sniffing costs the same on any size of input.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Sniffer {
  /** How many leading chars are looked at. */
  static final int SNIFF_CHARS = 4096;

  /** How many distinct common tags in the sniffed prefix make a fragment HTML. */
  static final int FRAGMENT_TAGS = 3;

  /** Any one of these makes the content HTML: only documents declare a charset, for one. */
  private static final String[] DOCUMENT_MARKERS = {
    "<!doctype html", "<html", "<head", "<body", "<meta charset", "<meta http-equiv"
  };
  private static final String[] FRAGMENT_MARKERS = {
    "<p>", "<p ", "<div", "<span", "<a href", "<br", "<h1", "<h2", "<h3", "<ul", "<li", "<table", "<article",
    "<section", "<meta", "<script", "<link ", "<title"
  };

  private Sniffer() {}

  /** HTML when the start of the content looks like markup, text otherwise. */
  public static InputKind sniff(String content) {
    String head = content.substring(0, Math.min(content.length(), SNIFF_CHARS)).toLowerCase(Locale.ROOT);
    String stripped = head.stripLeading();
    if (stripped.startsWith("\ufeff")) {
      stripped = stripped.substring(1).stripLeading();
    }
    if (stripped.startsWith("<?xml") && head.contains("<html")) {
      return InputKind.HTML;
    }
    for (String marker : DOCUMENT_MARKERS) {
      if (stripped.startsWith(marker) || head.contains(marker)) {
        return InputKind.HTML;
      }
    }
    int tags = 0;
    for (String marker : FRAGMENT_MARKERS) {
      if (head.contains(marker) && ++tags >= FRAGMENT_TAGS) {
        return InputKind.HTML;
      }
    }
    return InputKind.TEXT;
  }
}
