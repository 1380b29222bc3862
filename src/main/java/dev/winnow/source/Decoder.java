package dev.winnow.source;

import dev.winnow.InputException;
import dev.winnow.InputKind;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns bytes into text: byte-order mark first, then (for HTML) the document's own
 * {@code <meta charset>} or {@code http-equiv} declaration, then UTF-8 when the bytes are valid
 * UTF-8, then windows-1252 for HTML. Plain text that is not valid UTF-8 and has no BOM is refused
 * with an {@link InputException}, as is binary content. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Decoder {
  /** How far into an HTML document a charset declaration is looked for. */
  static final int PRESCAN_BYTES = 4096;

  /** How many leading bytes are checked for signs of binary content. */
  static final int BINARY_SCAN_BYTES = 8192;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,512}?charset\\s{0,8}=\\s{0,8}[\"']?\\s{0,8}([a-zA-Z0-9_:.+-]{1,40})", Pattern.CASE_INSENSITIVE);

  private Decoder() {}

  /**
   * The result of decoding: the text and the charset it was read with. Immutable and thread-safe.
   *
   * @param text the decoded text
   * @param charset the charset it was decoded with
   */
  public record Decoded(String text, Charset charset) {}

  /**
   * Decodes the bytes.
   *
   * @param bytes the raw input
   * @param kind what the bytes are; {@code null} when not yet known (treated leniently, like HTML)
   * @param forced a charset the caller insists on, or {@code null}
   * @throws InputException when the bytes are binary or, for plain text, not valid UTF-8
   */
  public static Decoded decode(byte[] bytes, @Nullable InputKind kind, @Nullable Charset forced) {
    Charset bom = bomCharset(bytes);
    if (forced != null) {
      return new Decoded(decodeLenient(bytes, forced, bom == forced ? bomLength(bytes) : 0), forced);
    }
    if (bom != null) {
      return new Decoded(decodeLenient(bytes, bom, bomLength(bytes)), bom);
    }
    checkNotBinary(bytes);
    if (kind != InputKind.TEXT) {
      Charset declared = declaredCharset(bytes);
      if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
        return new Decoded(decodeLenient(bytes, declared, 0), declared);
      }
    }
    try {
      return new Decoded(strictUtf8(bytes), StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      if (kind == InputKind.TEXT) {
        throw new InputException("malformed UTF-8 (no byte-order mark and not valid UTF-8)");
      }
      Charset fallback = Charset.forName("windows-1252");
      return new Decoded(decodeLenient(bytes, fallback, 0), fallback);
    }
  }

  /** The charset a leading byte-order mark names, or null. */
  static @Nullable Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static int bomLength(byte[] b) {
    Charset c = bomCharset(b);
    return c == null ? 0 : c == StandardCharsets.UTF_8 ? 3 : 2;
  }

  /** Refuses content with NUL bytes or many control bytes near its start: it is not a page. */
  static void checkNotBinary(byte[] b) {
    int n = Math.min(b.length, BINARY_SCAN_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        throw new InputException("binary content (NUL byte at offset " + i + "), not a text or HTML page");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (n > 0 && control * 10 > n) {
      throw new InputException("binary content (" + control + " control bytes in the first " + n + "), not a text or HTML page");
    }
  }

  /** The charset an HTML document declares in its first bytes, when Java knows it. */
  static @Nullable Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // As browsers do (WHATWG Encoding): these labels mean their supersets.
    switch (name) {
      case "iso-8859-1", "latin1", "ascii", "us-ascii", "iso8859-1" -> name = "windows-1252";
      case "gb2312", "gbk", "x-gbk" -> name = "GB18030";
      case "iso-8859-9" -> name = "windows-1254";
      case "shift_jis", "sjis", "x-sjis" -> name = "windows-31j";
      case "euc-kr" -> name = "x-windows-949";
      // A document whose declaration could be read byte by byte is not UTF-16: browsers read
      // it as UTF-8 (WHATWG prescan). Taken at its word, it would decode to CJK gibberish.
      case "utf-16", "utf-16le", "utf-16be", "unicode", "unicodefeff", "unicodefffe", "ucs-2", "csunicode",
          "iso-10646-ucs-2" -> name = "UTF-8";
      case "x-user-defined" -> name = "windows-1252";
      default -> { }
    }
    try {
      Charset charset = Charset.forName(name);
      // Not a web encoding (no browser decodes it), and no ASCII-compatible page can be in it.
      return charset.name().toUpperCase(Locale.ROOT).contains("UTF-32") ? null : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer cb = d.decode(ByteBuffer.wrap(bytes));
    return cb.toString();
  }

  private static String decodeLenient(byte[] bytes, Charset charset, int offset) {
    return new String(bytes, offset, bytes.length - offset, charset);
  }
}
