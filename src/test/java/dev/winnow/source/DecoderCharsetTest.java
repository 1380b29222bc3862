package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.InputKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderCharsetTest {

  private static byte[] page(String head, String body, Charset charset) {
    return ("<html><head>" + head + "</head><body><p>" + body + "</p></body></html>").getBytes(charset);
  }

  private static String decode(byte[] bytes) {
    return Decoder.decode(bytes, InputKind.HTML, null).text();
  }

  @Test
  void metaCharsetAndHttpEquivAreHonoured() {
    String text = "Cr\u00e8me br\u00fbl\u00e9e \u2013 \u201cquoted\u201d";
    assertThat(decode(page("<meta charset=\"windows-1252\">", text, Charset.forName("windows-1252")))).contains(text);
    String polish = "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144";
    assertThat(decode(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">", polish,
        Charset.forName("ISO-8859-2")))).contains(polish);
  }

  @Test
  void legacyCjkLabelsReadAsTheirSupersets() {
    String chinese = "\u4e2d\u6587\u7f51\u9875\u6d4b\u8bd5";
    assertThat(decode(page("<meta charset=gb2312>", chinese, Charset.forName("GB2312")))).contains(chinese);
    String japanese = "\u65e5\u672c\u8a9e\u306e\u30da\u30fc\u30b8\u3002\u2460";
    assertThat(decode(page("<meta charset='Shift_JIS'>", japanese, Charset.forName("windows-31j")))).contains(japanese);
  }

  @Test
  void undeclaredBytesAreUtf8WhenValidElseWindows1252() {
    String text = "na\u00efve caf\u00e9";
    assertThat(decode(page("", text, StandardCharsets.UTF_8))).contains(text);
    assertThat(decode(page("", text, Charset.forName("windows-1252")))).contains(text);
  }

  @Test
  void aByteOrderMarkWinsAndAUtf16MetaIsNotBelieved() {
    byte[] bom = "\ufeff<p>\u00e9t\u00e9</p>".getBytes(StandardCharsets.UTF_16LE);
    assertThat(decode(bom)).contains("\u00e9t\u00e9");
    assertThat(decode(page("<meta charset=utf-16>", "\u00e9t\u00e9", StandardCharsets.UTF_8))).contains("\u00e9t\u00e9");
  }
}
