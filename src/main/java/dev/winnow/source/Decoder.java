package dev.winnow.source;

import dev.winnow.InputException;
import dev.winnow.InputKind;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
 * Turns bytes into text: byte-order mark first, then UTF-16 without a mark when its zero bytes
 * say so, then (for HTML) the document's own {@code <meta charset>} or {@code http-equiv}
 * declaration, then UTF-8 when the bytes are valid UTF-8, then windows-1252 for HTML. Plain text
 * that is not valid UTF-8 and has no BOM is refused with an {@link InputException}, as is binary
 * content. Stateless and thread-safe.
 *
 * <pre>{@code
 * String text = Decoder.decode(bytes, InputKind.HTML, null).text();
 * }</pre>
 *
 * @since 0.1
 */
public final class Decoder {
  /** How far into an HTML document a charset declaration is looked for. */
  static final int PRESCAN_BYTES = 4096;

  /** How many leading bytes are checked for signs of binary content. */
  static final int BINARY_SCAN_BYTES = 8192;

  /**
   * UTF-16 without a BOM needs a zero byte in at least one pair of bytes in this many: its ASCII
   * (markup, spaces, digits, Latin letters). A page all of CJK text with no markup is not told.
   */
  static final int UTF16_MIN_ZERO_SHARE = 16;

  /** ... and this many times as many zeros at one parity of offsets as at the other. */
  static final int UTF16_PARITY_RATIO = 16;

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
    Charset utf16 = utf16ByZeros(bytes);
    if (utf16 != null) {
      // The NUL bytes of UTF-16 are half of its ASCII chars, no sign of binary content; what it
      // decodes to is checked instead.
      String text = strictUtf16(bytes, utf16);
      if (text != null) {
        checkNotBinary(text);
        return new Decoded(text, utf16);
      }
    }
    checkNotBinary(bytes);
    Charset declared = declaredOtherThanUtf8(bytes, kind);
    if (declared != null) {
      return new Decoded(decodeLenient(bytes, declared, 0), declared);
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

  /**
   * The bytes as a reader of strict UTF-8, decoding as it is read, when {@link #decode} would
   * read them as UTF-8 with nothing to decide first: no charset forced, no byte-order mark, no
   * sign of UTF-16, and (for HTML) no other charset declared. Null otherwise, and then {@link
   * #decode} is the way. The reader reports malformed bytes with a {@link
   * java.nio.charset.CharacterCodingException}; {@code decode} then reads them as windows-1252
   * (HTML) or refuses them (text), as it would have from the start.
   *
   * @throws InputException when the bytes are binary, as {@code decode} would
   */
  public static @Nullable Reader plainUtf8(byte[] bytes, @Nullable InputKind kind, @Nullable Charset forced) {
    if (forced != null || bomCharset(bytes) != null || utf16ByZeros(bytes) != null) {
      return null;
    }
    checkNotBinary(bytes);
    if (declaredOtherThanUtf8(bytes, kind) != null) {
      return null;
    }
    return new InputStreamReader(new ByteArrayInputStream(bytes), strict(StandardCharsets.UTF_8));
  }

  /**
   * Plain text as {@link #decode} would read it when it reads it as UTF-8 with nothing to decide
   * first (no charset forced, no byte-order mark but UTF-8's, no sign of UTF-16 or of binary
   * content): the chars in an array, from one pass that checks for binary content, checks the
   * UTF-8 and decodes at once, with no string of the whole page made and copied. Null when {@code
   * decode} is the way: for bytes that are not well-formed UTF-8, which it then refuses (or, after
   * a byte-order mark, reads leniently), and for a NUL byte or many control bytes in the first
   * {@value #BINARY_SCAN_BYTES}, which it reads as UTF-16 or refuses as binary, as it always does.
   *
   * @return the chars, from position 0 to the buffer's limit
   */
  public static @Nullable CharBuffer plainUtf8Text(byte[] bytes, @Nullable Charset forced) {
    Charset bom = bomCharset(bytes);
    if (forced != null || bom != null && bom != StandardCharsets.UTF_8) {
      return null;
    }
    // decode() reads what follows a UTF-8 byte-order mark as UTF-8, with no check for binary.
    int from = bom != null ? bomLength(bytes) : 0;
    int scan = bom != null ? 0 : Math.min(bytes.length, BINARY_SCAN_BYTES);
    char[] out = new char[bytes.length - from];
    int length = decodeUtf8(bytes, from, out, scan);
    return length < 0 ? null : CharBuffer.wrap(out, 0, length);
  }

  /**
   * Decodes well-formed UTF-8 from {@code in[from..]} into out, which holds at least as many
   * chars as there are bytes; returns how many chars, or -1 at the first ill-formed sequence
   * (Unicode's table 3-7: no overlong form, no surrogate, nothing past U+10FFFF), which a strict
   * decoder refuses too. The first {@code scan} bytes are checked as {@link #checkNotBinary(byte[])}
   * checks them, in the same pass: -1 as well for a NUL byte or too many control bytes there.
   */
  static int decodeUtf8(byte[] in, int from, char[] out, int scan) {
    int n = in.length;
    int i = from;
    int j = 0;
    int control = 0;
    while (i < n) {
      int b = in[i];
      if (b >= 0) {
        // ASCII, most of most pages: a tight loop of its own, left only for a control char
        // (a line break, most often) or a non-ASCII lead.
        while (true) {
          if (b < ' ' && i < scan) {
            if (b == 0) {
              return -1;
            }
            if (b != '\n' && b != '\r' && b != '\t' && b != '\f') {
              control++;
            }
          }
          out[j++] = (char) b;
          if (++i == n) {
            return control * 10 > scan ? -1 : j;
          }
          b = in[i];
          if (b < 0) {
            break;
          }
        }
      }
      int lead = b & 0xFF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        if (i + 1 >= n || !continuation(in[i + 1])) {
          return -1;
        }
        out[j++] = (char) ((lead & 0x1F) << 6 | in[i + 1] & 0x3F);
        i += 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        if (i + 2 >= n || !continuation(in[i + 1]) || !continuation(in[i + 2])) {
          return -1;
        }
        int c = (lead & 0x0F) << 12 | (in[i + 1] & 0x3F) << 6 | in[i + 2] & 0x3F;
        if (c < 0x800 || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
          return -1; // overlong, or a surrogate, which UTF-8 never encodes
        }
        out[j++] = (char) c;
        i += 3;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        if (i + 3 >= n || !continuation(in[i + 1]) || !continuation(in[i + 2]) || !continuation(in[i + 3])) {
          return -1;
        }
        int c = (lead & 0x07) << 18 | (in[i + 1] & 0x3F) << 12 | (in[i + 2] & 0x3F) << 6 | in[i + 3] & 0x3F;
        if (c < Character.MIN_SUPPLEMENTARY_CODE_POINT || c > Character.MAX_CODE_POINT) {
          return -1;
        }
        out[j++] = Character.highSurrogate(c);
        out[j++] = Character.lowSurrogate(c);
        i += 4;
      } else {
        return -1; // a continuation byte with no lead, an overlong lead (C0, C1), or F5 to FF
      }
    }
    return control * 10 > scan ? -1 : j;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** The charset an HTML document (or content of unknown kind) declares when it is not UTF-8; else null. */
  private static @Nullable Charset declaredOtherThanUtf8(byte[] bytes, @Nullable InputKind kind) {
    if (kind == InputKind.TEXT) {
      return null;
    }
    Charset declared = declaredCharset(bytes);
    return declared != null && !declared.equals(StandardCharsets.UTF_8) ? declared : null;
  }

  /** A decoder that reports malformed and unmappable input instead of replacing it. */
  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
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

  /**
   * UTF-16LE or UTF-16BE when the bytes carry no BOM but read as UTF-16 text with ASCII in it
   * (markup, spaces, digits): zero bytes, the high halves of ASCII chars, stand at odd offsets
   * (little-endian) or at even ones (big-endian), in a fair share of the pairs scanned, and hardly
   * ever at the other parity. Binary content has its zeros at both. Else null.
   */
  static @Nullable Charset utf16ByZeros(byte[] b) {
    int n = Math.min(b.length, BINARY_SCAN_BYTES) & ~1;
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        even++;
      }
      if (b[i + 1] == 0) {
        odd++;
      }
    }
    int pairs = n / 2;
    int more = Math.max(even, odd);
    int fewer = Math.min(even, odd);
    if (more == 0 || more * UTF16_MIN_ZERO_SHARE < pairs || fewer * UTF16_PARITY_RATIO > more) {
      return null;
    }
    return odd > even ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
  }

  /** The text, or null when the bytes are not well-formed in that UTF-16 (a lone surrogate, an odd byte). */
  private static @Nullable String strictUtf16(byte[] bytes, Charset utf16) {
    try {
      return strict(utf16).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Refuses text with NUL chars or many control chars near its start, as the byte check does bytes. */
  static void checkNotBinary(String text) {
    int n = Math.min(text.length(), BINARY_SCAN_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new InputException("binary content (NUL char at offset " + i + "), not a text or HTML page");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (n > 0 && control * 10 > n) {
      throw new InputException("binary content (" + control + " control chars in the first " + n
          + "), not a text or HTML page");
    }
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

  /**
   * The bytes as UTF-8, or an exception when they are not well-formed UTF-8. One pass in the
   * common case: the JDK's own decoder (vectorized for ASCII, straight into the string's storage,
   * no intermediate buffer) replaces every malformed sequence with U+FFFD, so a result without one
   * proves the bytes well-formed; a text with no char above U+00FF can hold none, and is told at
   * once. Only a page that has U+FFFD in it is checked again with a reporting decoder, since the
   * character may have been in its bytes (EF BF BD) all along.
   */
  static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf(REPLACEMENT) < 0) {
      return text;
    }
    strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes));
    return text;
  }

  /** What a decoder puts in place of a malformed sequence. */
  private static final char REPLACEMENT = '\uFFFD';

  private static String decodeLenient(byte[] bytes, Charset charset, int offset) {
    return new String(bytes, offset, bytes.length - offset, charset);
  }
}
