package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-pass UTF-8 decoder takes exactly what the JDK's strict decoder takes, and gives the same
 * chars; with its check for binary content on, it refuses exactly what the byte check refuses too.
 */
class DecoderUtf8Properties {

  @Property(tries = 3000)
  void decodesAsTheStrictJdkDecoderDoes(@ForAll("utf8ish") byte[] bytes) {
    String expected;
    try {
      expected = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      expected = null;
    }
    char[] out = new char[bytes.length];
    int length = Decoder.decodeUtf8(bytes, 0, out, 0);
    if (expected == null) {
      assertThat(length).isEqualTo(-1);
    } else {
      assertThat(new String(out, 0, length)).isEqualTo(expected);
    }
  }

  @Property(tries = 3000)
  void checksForBinaryContentAsTheByteCheckDoes(@ForAll("utf8ish") byte[] bytes) {
    char[] out = new char[bytes.length];
    int plain = Decoder.decodeUtf8(bytes, 0, out, 0);
    boolean binary;
    try {
      Decoder.checkNotBinary(bytes);
      binary = false;
    } catch (dev.winnow.InputException e) {
      binary = true;
    }
    int checked = Decoder.decodeUtf8(bytes, 0, new char[bytes.length], bytes.length);
    assertThat(checked).isEqualTo(binary ? -1 : plain);
  }

  /** Bytes near the edges of the UTF-8 table: leads, continuations, overlongs, surrogates, ASCII. */
  @Provide
  Arbitrary<byte[]> utf8ish() {
    Arbitrary<Byte> edges = Arbitraries.of(0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
        0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF).map(i -> (byte) (int) i);
    Arbitrary<Byte> any = Arbitraries.bytes();
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, edges), net.jqwik.api.Tuple.of(1, any))
        .array(byte[].class).ofMaxSize(12);
  }
}
