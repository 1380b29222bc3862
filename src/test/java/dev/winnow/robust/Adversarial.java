package dev.winnow.robust;

import dev.winnow.Input;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Inputs built to find super-linear corners: each case makes an input of about n chars whose
 * shape stays the same as n grows. Used by {@link LinearityTest} and {@link BigInputHarness}.
 */
final class Adversarial {
  private Adversarial() {}

  /**
   * One family of inputs.
   *
   * @param minN the smallest size worth timing: big enough for a quadratic term with a small
   *     constant to show next to the linear cost of parsing
   * @param maxN the largest smaller size timed (the bigger one is 8 times it)
   */
  record Case(String name, int minN, int maxN, IntFunction<Input> make) {
    /** Up to 1 M chars, so the bigger input stays within the default 8 M chars. */
    static final int MAX_N = 1 << 20;

    Case(String name, IntFunction<Input> make) {
      this(name, 25_000, MAX_N, make);
    }

    Case(String name, int minN, IntFunction<Input> make) {
      this(name, minN, MAX_N, make);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A paragraph of news prose, long enough that any main-content selection takes it for an article. */
  static final String PROSE = "The council voted on Tuesday to keep the library open for another year, after residents filled the hall"
      + " to argue that it was the last public space in town. The mayor said the money would come from the road"
      + " budget. Critics warned that the decision only delays a harder choice, and that the building needs a new"
      + " roof before the winter.";

  static List<Case> textCases() {
    return List.of(
        new Case("one line without spaces", n -> Input.text("a".repeat(n))),
        new Case("long lines without spaces", n -> Input.text(repeat("x".repeat(4000) + "\n\n", n))),
        new Case("one token repeated in one paragraph", n -> Input.text(repeat("Advertisement ", n))),
        new Case("one token repeated a line each", n -> Input.text(repeat("Advertisement\n", n))),
        new Case("one huge prose paragraph", n -> Input.text(repeat(PROSE + " ", n))),
        new Case("one huge hard-wrapped paragraph", n -> Input.text(repeat(
            "the council voted on tuesday to keep the library open for another year and\n", n))),
        new Case("banner-like 728x90x728x90 line", n -> Input.text(repeat("728x90x", n))),
        new Case("banner-like 1x1x1 line", n -> Input.text(repeat("1x", n))),
        new Case("banner-like 1x1x1 short lines", n -> Input.text(repeat("1x1x1x1x1x1x1x1x1x1\n", n))),
        new Case("banner-like names a line each", n -> Input.text(repeat("promo_300x250_1x1x728x90x.jpg\n", n))),
        new Case("repeated runs of short lines", n -> Input.text(repeat("Share\nTweet\nEmail\nPrint\n\n", n))),
        new Case("distinct runs of short lines", n -> Input.text(numbered("Share %d\nTweet\nEmail %d\n\n", n))),
        new Case("blank lines", n -> Input.text(repeat("\n \r\n\t\r\u00A0\n", n))),
        // Hundreds of thousands of distinct short lines make HeadlineFilter's map of short lines
        // outgrow the CPU caches: per-line cost climbs about 4x between 100 K and 500 K lines
        // (CPU time, 800 K -> 6.4 M chars: 30x with Pipeline.news(), 7.8x with keepAll()), then
        // grows linearly again. Memory, not a quadratic: timed below that range.
        new Case("huge run of short lines", 25_000, 200_000, n -> Input.text(numbered("line %d %d\n", n))),
        new Case("headline and prose articles", n -> Input.text(numbered(
            "World\nMinister %d resigns over budget row\n\n" + PROSE + "\n\nContinue Reading\n\n", n))),
        new Case("section labels without articles", n -> Input.text(numbered("International %d\n\n", n))),
        new Case("copies of the seed page", 50_000, n -> Input.text(repeat(seedPage() + "\n\n", n))));
  }

  /** The reference page, testdata/seed/seed-page.txt: real noise and four articles, about 10 KB. */
  static String seedPage() {
    try {
      return Files.readString(Path.of("testdata", "seed", "seed-page.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Case> htmlCases() {
    return List.of(
        new Case("html many paragraphs", n -> html(repeat("<p>" + PROSE + "</p>\n", n))),
        new Case("html one huge paragraph", n -> html("<p>" + repeat(PROSE + " ", n) + "</p>")),
        new Case("html deep div nesting", n -> html(nest("<div>", "</div>", n / 11, "<p>" + PROSE + "</p>"))),
        new Case("html deep span nesting", n -> html(nest("<span>", "</span>", n / 13, PROSE))),
        new Case("html unclosed divs", n -> html(repeat("<div>x", n))),
        new Case("html unclosed paragraphs", n -> html(repeat("<p>" + PROSE, n))),
        new Case("html unclosed formatting tags", n -> html(repeat("<b><i>x", n))),
        new Case("html one huge list", n -> html("<ul>" + repeat("<li><a href=\"/x\">Share</a></li>", n) + "</ul>")),
        new Case("html long attribute values", n -> html(repeat("<p class=\"" + "a".repeat(500) + "\">x</p>", n))),
        new Case("html many images and links", n -> html(repeat(
            "<a href=\"/story\"><img src=\"promo_300x250_1.jpg\" alt=\"Advertisement\"></a>", n))),
        // Grown n to 8n rather than set against one big script: one text node versus 2n elements is
        // a per-element constant, not a growth; what must not happen is cost growing with the count.
        new Case("html many script siblings", n -> html(repeat("<script>var a = '<p>';</script><style>p{}</style>", n)
            + "<p>x</p>")));
  }

  /**
   * Pairs of HTML inputs of the same size and the same text, flat and nested (or split into many
   * siblings), which a linear HTML source reads at about the same cost; see LinearityTest.
   */
  static List<Case[]> htmlShapePairs() {
    return List.of(
        new Case[] {
          new Case("html flat blockquotes", n -> html(repeat("<blockquote>x</blockquote>", n))),
          new Case("html nested blockquotes", n -> html(nest("<blockquote>x", "</blockquote>", n / 26, "")))
        },
        new Case[] {
          new Case("html flat list items", n -> html("<ul>" + repeat("<li>x</li>", n) + "</ul>")),
          new Case("html nested list items", n -> html(nest("<ul><li>x", "</li></ul>", n / 19, "")))
        },
        new Case[] {
          new Case("html flat table cells", n -> html("<table><tr>" + repeat("<td>x</td>", n) + "</tr></table>")),
          new Case("html nested table cells", n -> html(nest("<table><tr><td>x", "</td></tr></table>", n / 34, "")))
        });
  }

  /** The unit repeated until the result is at least n chars. */
  static String repeat(String unit, int n) {
    return unit.repeat(Math.max(1, (n + unit.length() - 1) / unit.length()));
  }

  /** The format filled with a counter for every %d, repeated until at least n chars. */
  static String numbered(String format, int n) {
    StringBuilder sb = new StringBuilder(n + format.length() + 16);
    for (int i = 0; sb.length() < n; i++) {
      sb.append(format.replace("%d", Integer.toString(i)));
    }
    return sb.toString();
  }

  static String nest(String open, String close, int depth, String inner) {
    return open.repeat(depth) + inner + close.repeat(depth);
  }

  static Input html(String body) {
    return Input.html("<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>");
  }
}
