package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.InputException;
import dev.winnow.InputKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {
  @Test
  void utf8WithAndWithoutBom() {
    byte[] plain = "Café".getBytes(StandardCharsets.UTF_8);
    assertThat(Decoder.decode(plain, InputKind.TEXT, null).text()).isEqualTo("Café");
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertThat(Decoder.decode(bom, InputKind.TEXT, null).text()).isEqualTo("Café");
  }

  @Test
  void utf16WithBom() {
    byte[] b = "\uFEFFHola".getBytes(StandardCharsets.UTF_16LE);
    assertThat(Decoder.decode(b, null, null).text()).isEqualTo("Hola");
  }

  @Test
  void htmlDeclaredCharsetWins() {
    byte[] b = "<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\u00e9 \u20ac</body></html>"
        .getBytes(Charset.forName("windows-1252"));
    Decoder.Decoded d = Decoder.decode(b, InputKind.HTML, null);
    assertThat(d.text()).contains("Café €");
    assertThat(d.charset().name()).isEqualTo("windows-1252");
  }

  @Test
  void httpEquivDeclaration() {
    byte[] b = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>\u65e5\u672c</p>"
        .getBytes(Charset.forName("Shift_JIS"));
    assertThat(Decoder.decode(b, InputKind.HTML, null).text()).contains("\u65e5\u672c");
  }

  @Test
  void undeclaredNonUtf8HtmlFallsBackToWindows1252() {
    byte[] b = "<p>Se\u00f1or</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Decoder.decode(b, InputKind.HTML, null).text()).isEqualTo("<p>Señor</p>");
  }

  @Test
  void plainUtf8IsAReaderOnlyWhenNothingIsLeftToDecide() throws Exception {
    byte[] page = "<html><body><p>Caf\u00e9 \u2014 ok</p></body></html>".getBytes(StandardCharsets.UTF_8);
    try (java.io.Reader r = Decoder.plainUtf8(page, InputKind.HTML, null)) {
      assertThat(r).isNotNull();
      java.io.StringWriter text = new java.io.StringWriter();
      r.transferTo(text);
      assertThat(text.toString()).isEqualTo(Decoder.decode(page, InputKind.HTML, null).text());
    }
    assertThat(Decoder.plainUtf8(page, InputKind.HTML, StandardCharsets.UTF_8)).isNull(); // forced
    byte[] bom = ("\uFEFF<p>x</p>").getBytes(StandardCharsets.UTF_8);
    assertThat(Decoder.plainUtf8(bom, InputKind.HTML, null)).isNull();
    byte[] declared = "<meta charset=\"windows-1252\"><p>x</p>".getBytes(StandardCharsets.US_ASCII);
    assertThat(Decoder.plainUtf8(declared, InputKind.HTML, null)).isNull();
    byte[] utf16 = "<p>Hola mundo, una p\u00e1gina</p>".getBytes(StandardCharsets.UTF_16LE);
    assertThat(Decoder.plainUtf8(utf16, InputKind.HTML, null)).isNull();
    assertThatThrownBy(() -> Decoder.plainUtf8(new byte[] {'<', 'p', 0, 0, 0, 1, 2}, InputKind.HTML, null))
        .isInstanceOf(InputException.class);
  }

  @Test
  void plainUtf8ReportsMalformedBytesWhenItReachesThem() throws Exception {
    byte[] bad = {'<', 'p', '>', 'a', (byte) 0xE9, 'b', '<', '/', 'p', '>'};
    try (java.io.Reader r = Decoder.plainUtf8(bad, InputKind.HTML, null)) {
      assertThatThrownBy(() -> r.transferTo(new java.io.StringWriter()))
          .isInstanceOf(java.nio.charset.CharacterCodingException.class);
    }
  }

  /** The one-pass check reads a U+FFFD in the result as a malformed sequence, unless the bytes held it. */
  @Test
  void strictUtf8TellsAReplacementCharInTheBytesFromAMalformedSequence() throws Exception {
    assertThat(Decoder.strictUtf8("caf\u00e9 \uFFFD ok".getBytes(StandardCharsets.UTF_8))).isEqualTo("caf\u00e9 \uFFFD ok");
    assertThat(Decoder.strictUtf8("plain ascii".getBytes(StandardCharsets.UTF_8))).isEqualTo("plain ascii");
    assertThat(Decoder.strictUtf8("\u65e5\u672c \u2014 \uD83D\uDE00".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("\u65e5\u672c \u2014 \uD83D\uDE00");
    for (byte[] bad : new byte[][] {
        {'a', (byte) 0xC3, '(', 'b'},                     // a lead byte without its continuation
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},          // an encoded surrogate
        {(byte) 0xC0, (byte) 0xAF},                       // an overlong '/'
        {'x', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xFF}}) { // U+FFFD itself, then a bad byte
      assertThatThrownBy(() -> Decoder.strictUtf8(bad)).isInstanceOf(java.nio.charset.CharacterCodingException.class);
    }
  }

  @Test
  void malformedUtf8TextIsRefusedWithAClearMessage() {
    byte[] b = {'a', (byte) 0xC3, '(', 'b'};
    assertThatThrownBy(() -> Decoder.decode(b, InputKind.TEXT, null))
        .isInstanceOf(InputException.class).hasMessageContaining("malformed UTF-8");
  }

  @Test
  void binaryIsRefused() {
    byte[] b = {'P', 'K', 3, 4, 0, 0, 1};
    assertThatThrownBy(() -> Decoder.decode(b, null, null))
        .isInstanceOf(InputException.class).hasMessageContaining("binary");
  }

  @Test
  void forcedCharset() {
    byte[] b = "Señor".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Decoder.decode(b, InputKind.TEXT, StandardCharsets.ISO_8859_1).text()).isEqualTo("Señor");
  }

  @Test
  void utf16WithoutBomIsToldByItsZeroBytes() {
    String html = "<!DOCTYPE html><html><head><meta charset=\"utf-16be\"><title>t</title></head>"
        + "<body><p>Caf\u00e9 \u65e5\u672c \ud83d\ude00</p></body></html>";
    Decoder.Decoded be = Decoder.decode(html.getBytes(StandardCharsets.UTF_16BE), InputKind.HTML, null);
    assertThat(be.text()).isEqualTo(html);
    assertThat(be.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    Decoder.Decoded le = Decoder.decode("Plain text, one line.\n".getBytes(StandardCharsets.UTF_16LE),
        InputKind.TEXT, null);
    assertThat(le.text()).isEqualTo("Plain text, one line.\n");
    assertThat(le.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void zerosAtOneParityThatDecodeToControlCharsAreStillBinary() {
    // Little-endian 16-bit numbers under 256: zeros at odd offsets only, but no text.
    byte[] b = new byte[64];
    for (int i = 0; i < b.length; i += 2) {
      b[i] = (byte) (i % 7 + 1);
    }
    assertThatThrownBy(() -> Decoder.decode(b, null, null))
        .isInstanceOf(InputException.class).hasMessageContaining("binary");
  }

  @Test
  void plainUtf8TextDecodesEveryLengthOfSequence() {
    String text = "a \u00e9 \u20ac \ud83d\ude00 z\r\n";
    java.nio.CharBuffer chars = Decoder.plainUtf8Text(text.getBytes(StandardCharsets.UTF_8), null);
    assertThat(String.valueOf(chars)).isEqualTo(text);
  }

  @Test
  void plainUtf8TextReadsWhatFollowsAUtf8ByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, (byte) 0xA9};
    assertThat(String.valueOf(Decoder.plainUtf8Text(bom, null))).isEqualTo("a\u00e9");
    assertThat(Decoder.decode(bom, InputKind.TEXT, null).text()).isEqualTo("a\u00e9");
    // Ill-formed after the mark: decode() reads it leniently, as before.
    byte[] bad = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3};
    assertThat((Object) Decoder.plainUtf8Text(bad, null)).isNull();
    assertThat(Decoder.decode(bad, InputKind.TEXT, null).text()).isEqualTo("a\ufffd");
  }

  @Test
  void plainUtf8TextLeavesIllFormedBytesToDecode() {
    byte[][] illFormed = {
      {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
      {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong, three bytes
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
      {'a', (byte) 0xE2, (byte) 0x82}, // cut short at the end
      {(byte) 0x80, 'a'}, // a continuation byte with no lead
      {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    };
    for (byte[] b : illFormed) {
      assertThat((Object) Decoder.plainUtf8Text(b, null)).as("%s", java.util.Arrays.toString(b)).isNull();
      assertThatThrownBy(() -> Decoder.decode(b, InputKind.TEXT, null)).isInstanceOf(InputException.class);
    }
  }

  @Test
  void plainUtf8TextLeavesCharsetsToDecideToDecode() {
    byte[] utf16Bom = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
    assertThat((Object) Decoder.plainUtf8Text(utf16Bom, null)).isNull();
    assertThat((Object) Decoder.plainUtf8Text("a".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)).isNull();
    assertThat((Object) Decoder.plainUtf8Text("Plain text.".getBytes(StandardCharsets.UTF_16LE), null)).isNull();
  }

  @Test
  void plainUtf8TextLeavesBinaryContentToDecodeToRefuse() {
    byte[] nul = {'a', 0, 0, 'b', 'c', 'd'};
    byte[] controls = {'a', 1, 2, 3, 'b', 'c', 'd'};
    for (byte[] b : new byte[][] {nul, controls}) {
      assertThat((Object) Decoder.plainUtf8Text(b, null)).isNull();
      assertThatThrownBy(() -> Decoder.decode(b, InputKind.TEXT, null))
          .isInstanceOf(InputException.class).hasMessageContaining("binary");
    }
    // Past the bytes that are checked, a NUL is a char like any other, as decode() reads it.
    byte[] late = new byte[Decoder.BINARY_SCAN_BYTES + 2];
    java.util.Arrays.fill(late, (byte) 'a');
    late[late.length - 1] = 0;
    assertThat(Decoder.plainUtf8Text(late, null).limit()).isEqualTo(late.length);
    assertThat(Decoder.decode(late, InputKind.TEXT, null).text()).hasSize(late.length);
    // Line breaks and tabs are no sign of binary content.
    assertThat(String.valueOf(Decoder.plainUtf8Text("a\tb\r\nc\f".getBytes(StandardCharsets.UTF_8), null)))
        .isEqualTo("a\tb\r\nc\f");
  }
}
