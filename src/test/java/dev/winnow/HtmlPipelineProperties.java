package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Block;
import dev.winnow.block.Page;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the news pipeline on HTML: over random tag soup, and over pages encoded for real
 * in the charset they declare, whose text must decode to what was written. Tries per property
 * come from junit-platform.properties (200) unless set here; for a long run:
 * {@code mvn test -Dtest=HtmlPipelineProperties -Djqwik.tries.default=10000}.
 */
class HtmlPipelineProperties {
  private static final Pipeline PIPELINE = Pipeline.news();

  @Provide
  Arbitrary<String> tagSoup() {
    Arbitrary<String> piece = Arbitraries.of(
        "<p>", "</p>", "<div class='ad'>", "<div class='article-body'>", "</div>", "<h1>", "</h1>", "<h2>", "</h2>",
        "<a href='/x'>", "</a>", "<ul><li>", "</li></ul>", "<br>", "<script>var a = '<p>';</script>",
        "<span hidden>", "</span>", "<article>", "</article>", "<nav>", "</nav>", "<figure><figcaption>", "</figcaption>",
        "<table><tr><td>", "</td></tr></table>", "<!-- comment -->", "&amp;", "&nbsp;", "<", ">", "\"", "\u00a0",
        "The council voted on Tuesday to extend the program, officials said. ", "Short line", "\u65e5\u672c\u8a9e\u3002",
        "<script type='application/ld+json'>{\"headline\": [", "<meta property='og:title' content='T | S'>");
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void neverThrowsAndExplainsEveryBlock(@ForAll("tagSoup") String html) {
    Result r = PIPELINE.process(Input.html(html));
    Page page = PIPELINE.clean(Input.html(html));
    Set<String> keptTexts = new HashSet<>();
    for (Block b : page.blocks()) {
      if (page.isKept(b)) {
        keptTexts.add(b.text());
      } else {
        assertThat(page.removal(b)).as("removed without a reason: %s", b).isPresent();
      }
    }
    for (Article a : r.articles()) {
      assertThat(a.paragraphs()).isNotEmpty();
      assertThat(keptTexts).containsAll(a.paragraphs());
    }
    assertThat(r.removed().size() + keptCount(page)).isEqualTo(page.size());
  }

  /** Tag soup, encoded in the charset it declares (UTF-8 where Java cannot encode that one): nothing throws. */
  @Property(tries = 100)
  void bytesInAnyDeclaredCharsetNeverThrow(@ForAll("tagSoup") String html) {
    for (String cs : List.of("windows-1252", "Shift_JIS", "gb2312", "utf-16", "no-such-charset")) {
      String page = "<meta charset='" + cs + "'>" + html;
      Charset charset = Charset.isSupported(cs) ? Charset.forName(cs) : StandardCharsets.UTF_8;
      PIPELINE.process(Input.bytes(page.getBytes(charset), InputKind.HTML));
    }
  }

  // --- The decoded text equals the source, for every charset a page may declare: the page is
  // encoded in its charset for real, declared in a <meta charset> or an http-equiv, and its
  // paragraphs must come out of the HTML source char for char.

  /** Latin text with what windows-1252 has and Latin-1 lacks: curly quotes, dashes, the euro sign. */
  private static final String LATIN = "abcdefghijklmnopqrstuvwxyzéèàüöñçøßœ€“”‘’–—…ÉÀÇ0123456789";
  private static final String POLISH = "abcdefghijklmnoprstuwyząćęłńóśźżĄĆĘŁŃÓŚŹŻ0123456789";
  private static final String JAPANESE = "駅前新図書館開市立蔵書約二十万冊内最大規模子供向読室夜九時自習設担当者多民気軽利用話"
      + "あいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコニュース。、「」abcXYZ0123";
  private static final String ANY = LATIN + POLISH + JAPANESE + "Ωπλήρηςкириллица中文한국어😀🚀";

  @Provide
  Arbitrary<List<String>> latinParagraphs() {
    return paragraphs(LATIN);
  }

  @Provide
  Arbitrary<List<String>> polishParagraphs() {
    return paragraphs(POLISH);
  }

  @Provide
  Arbitrary<List<String>> japaneseParagraphs() {
    return paragraphs(JAPANESE);
  }

  @Provide
  Arbitrary<List<String>> anyParagraphs() {
    return paragraphs(ANY);
  }

  /** One to five paragraphs of one to twelve words drawn from the letters given. */
  private static Arbitrary<List<String>> paragraphs(String letters) {
    int[] cps = letters.codePoints().toArray();
    Arbitrary<String> word = Arbitraries.of(Arrays.stream(cps).boxed().toList()).list().ofMinSize(1).ofMaxSize(9)
        .map(l -> l.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    return word.list().ofMinSize(1).ofMaxSize(12).map(w -> String.join(" ", w)).list().ofMinSize(1).ofMaxSize(5);
  }

  @Property
  void windows1252DecodesToTheSource(@ForAll("latinParagraphs") List<String> paragraphs, @ForAll boolean httpEquiv) {
    assertDecodesToTheSource(paragraphs, "windows-1252", httpEquiv, new byte[0], Charset.forName("windows-1252"));
  }

  @Property
  void iso88592DecodesToTheSource(@ForAll("polishParagraphs") List<String> paragraphs, @ForAll boolean httpEquiv) {
    assertDecodesToTheSource(paragraphs, "iso-8859-2", httpEquiv, new byte[0], Charset.forName("ISO-8859-2"));
  }

  @Property
  void shiftJisDecodesToTheSource(@ForAll("japaneseParagraphs") List<String> paragraphs, @ForAll boolean httpEquiv) {
    assertDecodesToTheSource(paragraphs, "Shift_JIS", httpEquiv, new byte[0], Charset.forName("Shift_JIS"));
  }

  @Property
  void utf8DecodesToTheSource(@ForAll("anyParagraphs") List<String> paragraphs, @ForAll boolean httpEquiv) {
    assertDecodesToTheSource(paragraphs, "utf-8", httpEquiv, new byte[0], StandardCharsets.UTF_8);
  }

  @Property
  void utf16WithABomDecodesToTheSource(@ForAll("anyParagraphs") List<String> paragraphs, @ForAll boolean bigEndian) {
    byte[] bom = bigEndian ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
    assertDecodesToTheSource(paragraphs, "utf-16", false, bom,
        bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
  }

  // Once off: Decoder refused UTF-16 without a BOM as binary (its NUL bytes), before it looked
  // for the zeros-at-one-parity pattern of UTF-16 text.
  @Property
  void utf16WithoutABomDecodesToTheSource(@ForAll("anyParagraphs") List<String> paragraphs,
      @ForAll boolean bigEndian) {
    assertDecodesToTheSource(paragraphs, bigEndian ? "utf-16be" : "utf-16le", false, new byte[0],
        bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
  }

  private static void assertDecodesToTheSource(List<String> paragraphs, String declared, boolean httpEquiv,
      byte[] bom, Charset encoding) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head>")
        .append(httpEquiv ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + declared + "\">"
            : "<meta charset=\"" + declared + "\">")
        .append("<title>t</title></head><body>");
    paragraphs.forEach(p -> html.append("<p>").append(p).append("</p>"));
    html.append("</body></html>");
    byte[] text = html.toString().getBytes(encoding);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);

    Page page = Pipeline.keepAll().clean(Input.bytes(bytes, InputKind.HTML));
    assertThat(page.blocks().stream().map(Block::text).toList()).as("%s%s", declared, bom.length > 0 ? " with a BOM" : "")
        .isEqualTo(paragraphs);
  }

  private static int keptCount(Page page) {
    return page.kept().size();
  }
}
