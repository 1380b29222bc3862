package dev.winnow.robust;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of news pages, noise and hostile bytes. */
final class PageArbitraries {
  private PageArbitraries() {}

  static final List<String> AD_LABELS = List.of(
      "Advertisement", "ADVERTISEMENT", "Sponsored", "Sponsored content", "Ad", "Publicidad", "Anzeige", "Publicité",
      "Paid content", "Promoted");
  static final List<String> CAROUSEL = List.of(
      "Previous", "Next", "‹", "›", "«", "»", "Prev", "Next slide", "1 of 5", "3 / 12", "Slide 2 of 7", "Pause", "Play");
  static final List<String> READ_MORE = List.of(
      "Continue Reading", "Read more", "Read More »", "Keep reading", "Continue reading →", "Leer más", "Weiterlesen",
      "Full story", "See more");
  /** Buttons that stand inside an article, between its paragraphs. */
  static final List<String> SHARE = List.of("Share", "Tweet", "Email", "Print", "Share on Facebook", "Copy link");
  /** Chrome at the edges of a page: header, navigation, footer. */
  static final List<String> CHROME = List.of(
      "Share", "Tweet", "Email", "Print", "Subscribe to our newsletter", "Sign in", "Log in", "Accept cookies",
      "Follow us on Twitter", "© 2024 Example News Ltd", "Terms of use", "Privacy policy", "Connect with us",
      "Skip to content", "Menu", "Search", "Home", "Comments (12)");
  /** Lines that end an article: what follows them belongs to another one, or to none. */
  static final List<String> ARTICLE_ENDS = List.of("Most read", "Trending", "Related stories", "More from World");
  static final List<String> BANNER_SIZES = List.of("300x250", "728x90", "160x600", "320x50", "970x250", "300x600", "1x1");

  /** Function words, as real prose has them: classifiers that weigh stopword density need them. */
  static final List<String> FUNCTION_WORDS = List.of(
      "the", "of", "and", "to", "in", "a", "that", "is", "was", "for", "on", "with", "as", "by", "at", "from",
      "it", "he", "she", "they", "his", "her", "their", "said", "would", "have", "had", "not", "but", "or", "an",
      "be", "this", "which", "after", "before", "about", "over", "into", "than", "who", "were", "will", "its");

  static Arbitrary<String> word() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars("éüñçø").ofMinLength(3).ofMaxLength(11)
        .filter(w -> Character.isLetter(w.charAt(0)));
  }

  /** A sentence of 8 to 24 words, about half of them function words, a comma here and there. */
  static Arbitrary<String> sentence() {
    Arbitrary<String> token = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.of(FUNCTION_WORDS)), net.jqwik.api.Tuple.of(11, word()));
    return Combinators.combine(token.list().ofMinSize(8).ofMaxSize(24), Arbitraries.integers().between(4, 30))
        .as((words, every) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
              sb.append(i % every == 0 ? ", " : " ");
            }
            sb.append(words.get(i));
          }
          sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
          return sb.append('.').toString();
        });
  }

  /**
   * A paragraph of prose: three to five sentences. Shorter ones between runs of noise are what
   * jusText-style classification (ContentClassFilter) drops by design, as boilerplate by its
   * neighbours; a body paragraph this long must never be.
   */
  static Arbitrary<String> prose() {
    return sentence().list().ofMinSize(3).ofMaxSize(5).map(l -> String.join(" ", l));
  }

  static Arbitrary<String> banner() {
    return Combinators.combine(
            Arbitraries.of("promo", "banner", "ad", "leaderboard", "mpu", "sky"),
            Arbitraries.of(BANNER_SIZES),
            Arbitraries.integers().between(0, 9),
            Arbitraries.of(".jpg", ".gif", ".png", ""),
            Arbitraries.of("_", "-"))
        .as((name, size, i, ext, sep) -> name + sep + size + sep + i + ext);
  }

  /** One line of noise of any kind. */
  static Arbitrary<String> noiseLine() {
    return Arbitraries.oneOf(inArticleNoiseLine(), Arbitraries.of(CHROME), Arbitraries.of(READ_MORE),
        Arbitraries.of(ARTICLE_ENDS));
  }

  /** A line of the page's head: chrome, ads, banners. */
  static Arbitrary<String> headNoiseLine() {
    return Arbitraries.oneOf(inArticleNoiseLine(), Arbitraries.of(CHROME));
  }

  /**
   * A line of noise that may stand between two paragraphs of one article: an ad label, a banner,
   * a carousel control, a share button. Not page chrome, a read-more stub or a "Most read"
   * heading: those mark the edges of an article, and prose beyond them may rightly be dropped.
   */
  static Arbitrary<String> inArticleNoiseLine() {
    return Arbitraries.oneOf(Arbitraries.of(AD_LABELS), banner(), Arbitraries.of(CAROUSEL), Arbitraries.of(SHARE));
  }

  static Arbitrary<GeneratedPage.Part> noiseRun(Arbitrary<String> lines) {
    return lines.list().ofMinSize(1).ofMaxSize(6).map(GeneratedPage.Part::noise);
  }

  /**
   * One article: 0 to 3 runs of head noise (chrome, ads), then 1 to 12 prose paragraphs with 0 to
   * 3 runs of in-article noise before each but the first, then 0 to 3 runs of any noise (chrome,
   * stubs, list headings).
   */
  static Arbitrary<GeneratedPage> pages() {
    Arbitrary<List<GeneratedPage.Part>> head = noiseRun(headNoiseLine()).list().ofMaxSize(3);
    Arbitrary<List<GeneratedPage.Part>> noiseRuns = noiseRun(inArticleNoiseLine()).list().ofMaxSize(3);
    Arbitrary<List<GeneratedPage.Part>> tail = noiseRun(noiseLine()).list().ofMaxSize(3);
    Arbitrary<List<GeneratedPage.Part>> unit = Combinators.combine(noiseRuns, prose())
        .as((noise, prose) -> {
          List<GeneratedPage.Part> parts = new java.util.ArrayList<>(noise);
          parts.add(GeneratedPage.Part.prose(prose));
          return parts;
        });
    Arbitrary<GeneratedPage.Part> first = prose().map(GeneratedPage.Part::prose);
    return Combinators.combine(head, first, unit.list().ofMaxSize(11), tail)
        .as((start, lead, units, end) -> {
          List<GeneratedPage.Part> parts = new java.util.ArrayList<>(start);
          parts.add(lead);
          units.forEach(parts::addAll);
          parts.addAll(end);
          return new GeneratedPage(parts);
        })
        // A paragraph that stands twice on a page reads as boilerplate (a disclaimer, a footer
        // blurb) to the classifier, by design; the properties are about prose said once.
        .filter(page -> new java.util.HashSet<>(page.prose()).size() == page.prose().size());
  }

  // --- Pages that look like real ones: varied prose, article furniture, several articles.

  static final List<String> SECTIONS = List.of("World", "Politics", "Business", "Sport", "Culture", "Science",
      "Opinion", "Health", "Technology", "Local");
  static final List<String> NAMES = List.of("Maria Costa", "Dana Whitfield", "Lee Park", "Alicia Moreno",
      "Tomás Ruiz", "Jane Roe", "Sam Ortiz", "Priya Natarajan", "Ola Nordmann", "Chen Wei");
  static final List<String> PLACES = List.of("WASHINGTON", "LONDON", "MADRID", "NAIROBI", "SÃO PAULO", "TOKYO",
      "BERLIN", "MEXICO CITY");
  static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  /** A sentence that quotes someone: quotes, a speaker, the way wire copy puts it. */
  static Arbitrary<String> quoteSentence() {
    return Combinators.combine(sentence(), Arbitraries.of(NAMES), Arbitraries.of("“%s,” said %s.",
            "\"%s,\" %s said.", "“%s” %s told reporters.", "%s, according to %s."))
        .as((said, who, form) -> String.format(java.util.Locale.ROOT, form,
            said.substring(0, said.length() - 1), who));
  }

  /** A sentence full of figures: money, percentages, years, counts. */
  static Arbitrary<String> numberSentence() {
    return Combinators.combine(Arbitraries.integers().between(2, 980), Arbitraries.integers().between(1, 99),
            Arbitraries.integers().between(1990, 2030), Arbitraries.of(FUNCTION_WORDS), word())
        .as((a, b, year, fw, w) -> "The " + w + " rose " + b + "." + (a % 10) + " percent to $" + a
            + " million in " + year + ", " + fw + " " + (a * 3) + " " + w + "s a year earlier.");
  }

  /** A sentence that holds a list: "three parts: a, b and c". */
  static Arbitrary<String> listSentence() {
    return Combinators.combine(word(), word().list().ofMinSize(3).ofMaxSize(5))
        .as((w, items) -> "The " + w + " has " + items.size() + " parts: "
            + String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1) + ".");
  }

  /**
   * A paragraph in one of the registers news prose has: the classic three to five sentences, a
   * one-sentence wire paragraph, a quote, a paragraph of figures, a list in prose.
   */
  static Arbitrary<String> paragraph() {
    Arbitrary<String> anySentence = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, sentence()),
        net.jqwik.api.Tuple.of(2, quoteSentence()), net.jqwik.api.Tuple.of(1, numberSentence()),
        net.jqwik.api.Tuple.of(1, listSentence()));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, prose()),
        net.jqwik.api.Tuple.of(2, anySentence),
        net.jqwik.api.Tuple.of(3, anySentence.list().ofMinSize(2).ofMaxSize(7).map(l -> String.join(" ", l))));
  }

  /** A headline: four to twelve words, no full stop, sometimes a question or a quote. */
  static Arbitrary<String> headline() {
    Arbitrary<String> token = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(FUNCTION_WORDS)), net.jqwik.api.Tuple.of(7, word()));
    return Combinators.combine(token.list().ofMinSize(4).ofMaxSize(12), Arbitraries.of("", "", "", "?", ":"))
        .as((words, end) -> {
          String h = String.join(" ", words);
          return Character.toUpperCase(h.charAt(0)) + h.substring(1) + end;
        })
        .filter(h -> !h.endsWith(":"));
  }

  static Arbitrary<String> byline() {
    return Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(NAMES), Arbitraries.of("By %s", "By %s and %s",
            "%s, Staff writer", "By %s | Reuters"))
        .as((a, b, form) -> String.format(java.util.Locale.ROOT, form, a, b));
  }

  static Arbitrary<String> dateLine() {
    return Combinators.combine(Arbitraries.of(MONTHS), Arbitraries.integers().between(1, 28),
            Arbitraries.integers().between(2015, 2026), Arbitraries.integers().between(1, 12))
        .as((m, d, y, h) -> switch (d % 3) {
          case 0 -> m + " " + d + ", " + y;
          case 1 -> "Updated " + h + ":" + (d + 10) + " PM, " + m.substring(0, 3) + " " + d + " " + y;
          default -> y + "-" + String.format(java.util.Locale.ROOT, "%02d-%02d", h, d);
        });
  }

  /** A small data table: a header row and two to six rows of two to four short cells. */
  static Arbitrary<GeneratedPage.Part> table() {
    Arbitrary<String> cell = Arbitraries.oneOf(word(), Arbitraries.integers().between(0, 9999).map(String::valueOf),
        Combinators.combine(word(), word()).as((a, b) -> a + " " + b));
    return Arbitraries.integers().between(2, 4).flatMap(cols ->
        cell.list().ofSize(cols).list().ofMinSize(3).ofMaxSize(7).map(GeneratedPage.Part::table));
  }

  /**
   * One article as a real page lays it out: maybe a section label, a headline, maybe a byline
   * and a date line, then one to eight paragraphs of varied prose (a dateline such as "LONDON —"
   * opening the first now and then), with runs of in-article noise and now and then a table
   * between them.
   */
  static Arbitrary<List<GeneratedPage.Part>> article() {
    Arbitrary<java.util.Optional<String>> section = Arbitraries.of(SECTIONS).optional(0.4);
    Arbitrary<java.util.Optional<String>> by = byline().optional(0.6);
    Arbitrary<java.util.Optional<String>> date = dateLine().optional(0.5);
    Arbitrary<String> lead = Combinators.combine(Arbitraries.of(PLACES).optional(0.3), paragraph())
        .as((place, p) -> place.map(pl -> pl + " — " + p).orElse(p));
    Arbitrary<List<GeneratedPage.Part>> between = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(List.<GeneratedPage.Part>of())),
        net.jqwik.api.Tuple.of(3, noiseRun(inArticleNoiseLine()).map(List::of)),
        net.jqwik.api.Tuple.of(1, table().map(List::of)));
    Arbitrary<List<GeneratedPage.Part>> unit = Combinators.combine(between, paragraph())
        .as((b, p) -> {
          List<GeneratedPage.Part> parts = new java.util.ArrayList<>(b);
          parts.add(GeneratedPage.Part.prose(p));
          return parts;
        });
    return Combinators.combine(section, headline(), by, date, lead, unit.list().ofMaxSize(7))
        .as((sec, head, b, d, first, units) -> {
          List<GeneratedPage.Part> parts = new java.util.ArrayList<>();
          sec.ifPresent(x -> parts.add(GeneratedPage.Part.line(GeneratedPage.Kind.SECTION, x)));
          parts.add(GeneratedPage.Part.line(GeneratedPage.Kind.HEADLINE, head));
          b.ifPresent(x -> parts.add(GeneratedPage.Part.line(GeneratedPage.Kind.BYLINE, x)));
          d.ifPresent(x -> parts.add(GeneratedPage.Part.line(GeneratedPage.Kind.DATE, x)));
          parts.add(GeneratedPage.Part.prose(first));
          units.forEach(parts::addAll);
          return parts;
        });
  }

  /**
   * A page as real ones come: head chrome, one to three articles (a page of several is a section
   * front), then tail chrome, stubs and list headings.
   */
  static Arbitrary<GeneratedPage> realPages() {
    return realPages(3);
  }

  /** {@link #realPages()} with one article: a story page. */
  static Arbitrary<GeneratedPage> realArticlePages() {
    return realPages(1);
  }

  private static Arbitrary<GeneratedPage> realPages(int maxArticles) {
    Arbitrary<List<GeneratedPage.Part>> head = noiseRun(headNoiseLine()).list().ofMaxSize(3);
    Arbitrary<List<GeneratedPage.Part>> tail = noiseRun(noiseLine()).list().ofMaxSize(3);
    return Combinators.combine(head, article().list().ofMinSize(1).ofMaxSize(maxArticles), tail)
        .as((start, articles, end) -> {
          List<GeneratedPage.Part> parts = new java.util.ArrayList<>(start);
          for (int i = 0; i < articles.size(); i++) {
            if (i > 0) {
              parts.add(GeneratedPage.Part.articleStart());
            }
            parts.addAll(articles.get(i));
          }
          parts.addAll(end);
          return new GeneratedPage(parts);
        })
        // As in pages(): the properties are about prose said once.
        .filter(page -> new java.util.HashSet<>(page.prose()).size() == page.prose().size());
  }

  // --- One line of each noise family the filters know, for the "noise never survives" properties.

  static final List<String> COOKIE_PROMPTS = List.of(
      "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
      "This website uses cookies to ensure you get the best experience. Accept all cookies",
      "Accept cookies", "Cookie settings", "Manage cookies");
  static final List<String> NEWSLETTER_PROMPTS = List.of(
      "Sign up for our newsletter", "Subscribe to our newsletter", "Get the newsletter",
      "Sign up for our daily newsletter and get the best stories in your inbox.",
      "Enter your email address");

  /** One line of a noise family, and the family's name for a failure's message. */
  record NoiseLine(String family, String line) {
    @Override
    public String toString() {
      return family + ": " + line;
    }
  }

  /**
   * A line of any noise family the filters cover, each family as likely as the next: ad labels,
   * banner creative names with ad sizes, carousel controls, read-more stubs, share buttons,
   * cookie prompts, newsletter prompts.
   */
  static Arbitrary<NoiseLine> familyNoiseLine() {
    return Arbitraries.oneOf(
        Arbitraries.of(AD_LABELS).map(l -> new NoiseLine("ad label", l)),
        banner().map(l -> new NoiseLine("banner name", l)),
        Arbitraries.of(CAROUSEL).map(l -> new NoiseLine("carousel control", l)),
        Arbitraries.of(READ_MORE).map(l -> new NoiseLine("read-more stub", l)),
        Arbitraries.of(SHARE).map(l -> new NoiseLine("share button", l)),
        Arbitraries.of(COOKIE_PROMPTS).map(l -> new NoiseLine("cookie prompt", l)),
        Arbitraries.of(NEWSLETTER_PROMPTS).map(l -> new NoiseLine("newsletter prompt", l)));
  }

  /** Strings with what breaks text handling: odd white space, line ends, surrogates, markup. */
  static Arbitrary<String> hostileStrings() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.of("\n", "\r", "\r\n", "\n\n", " ", "\t", "\u00A0", "\u2028", "\u2029", "\u000B", "\f", "\uFEFF",
            "\u200B", "\u3000", "\uD83D", "\uDE00", "😀", "\u0000", "\u001B", "\uFFFD", "\uFFFF"),
        Arbitraries.of("<p>", "</p>", "<div>", "<br>", "<!--", "-->", "<script>", "</script>", "<![CDATA[", "]]>",
            "<!DOCTYPE html>", "<html>", "<body>", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "<meta charset=utf-16>",
            "<ul><li>", "<table><td>", "<h1>", "<title>"),
        noiseLine(),
        prose(),
        Arbitraries.of("728x90x728x90x728x90x", "1x1x1x1x1x1x1x1x1x1", "By Jane Doe", "March 3, 2024", "World", "..."));
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  /** Bytes with what breaks decoding: BOMs, charset declarations, broken UTF-8, NULs, controls. */
  static Arbitrary<byte[]> hostileBytes() {
    Arbitrary<byte[]> pieces = Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
        hostileStrings().map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xFF},
            new byte[] {0},
            new byte[] {1, 2, 3, 4, 5, 6, 7, 8}),
        Arbitraries.of("utf-8", "UTF-16", "utf-16le", "utf-32", "utf-7", "iso-8859-1", "windows-1252", "shift_jis",
                "gb2312", "euc-kr", "x-user-defined", "replacement", "koi8-r", "bogus", "", "\"", "'utf-8")
            .map(cs -> ("<meta charset=" + cs + ">").getBytes(StandardCharsets.ISO_8859_1)));
    return pieces.list().ofMaxSize(20).map(PageArbitraries::concat);
  }

  private static byte[] concat(List<byte[]> parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int i = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, i, p.length);
      i += p.length;
    }
    return out;
  }
}
