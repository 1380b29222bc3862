package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Input;
import dev.winnow.InputKind;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset declarations and sniffing on inputs from testdata/nasty that once came out as gibberish or markup. */
class DecodingRegressionTest {
  private static final String PROSE = Adversarial.PROSE;

  private static Result bytes(String page) {
    return Pipeline.news().process(Input.bytes(page.getBytes(StandardCharsets.UTF_8), null));
  }

  /** Taken at its word, "utf-16" turned every two ASCII bytes into one CJK character. */
  @Test
  void asciiPageDeclaringUtf16IsReadAsUtf8() {
    Result r = bytes("<html><head><meta charset=\"utf-16\"></head><body><p>" + PROSE + " Ça va.</p></body></html>");
    assertThat(r.text()).isEqualTo(PROSE + " Ça va.");
  }

  @Test
  void utf32DeclarationIsIgnored() {
    Result r = bytes("<html><head><meta charset=utf-32></head><body><p>" + PROSE + "</p></body></html>");
    assertThat(r.text()).isEqualTo(PROSE);
  }

  @Test
  void utf16PageWithBomIsStillUtf16() {
    byte[] body = ("<html><body><p>" + PROSE + "</p></body></html>").getBytes(StandardCharsets.UTF_16BE);
    byte[] page = new byte[body.length + 2];
    page[0] = (byte) 0xFE;
    page[1] = (byte) 0xFF;
    System.arraycopy(body, 0, page, 2, body.length);
    assertThat(Pipeline.news().process(Input.bytes(page, null)).text()).isEqualTo(PROSE);
  }

  /** HTML without html/head/body tags, which HTML allows, was sniffed as text and its tags kept. */
  @Test
  void documentStartingWithACharsetDeclarationIsHtml() {
    Result r = bytes("<meta charset=\"utf-8\"><p>" + PROSE + "</p>");
    assertThat(r.input()).isEqualTo(InputKind.HTML);
    assertThat(r.text()).isEqualTo(PROSE);
  }
}
