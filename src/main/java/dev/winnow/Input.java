package dev.winnow;

import java.nio.charset.Charset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page to process: its content as a string or as bytes, a name for it, and what kind of
 * content it is (or {@code null} to have it sniffed). Immutable and thread-safe: byte arrays are
 * copied in and out, so one input may be processed by several threads or pipelines.
 *
 * <pre>{@code
 * Input.text("Advertisement\n\nReal news.")
 * Input.html(htmlString).named("https://example.com/story")
 * Input.bytes(Files.readAllBytes(path), null).named(path.toString())   // sniffed, charset detected
 * }</pre>
 *
 * @since 0.1
 */
public final class Input {
  private final String name;
  private final @Nullable InputKind kind;
  private final @Nullable String content;
  private final byte @Nullable [] bytes;
  private final @Nullable Charset charset;

  private Input(String name, @Nullable InputKind kind, @Nullable String content, byte @Nullable [] bytes,
      @Nullable Charset charset) {
    this.name = name;
    this.kind = kind;
    this.content = content;
    this.bytes = bytes;
    this.charset = charset;
  }

  /** A plain-text page dump. */
  public static Input text(String content) {
    return new Input("-", InputKind.TEXT, Objects.requireNonNull(content, "content"), null, null);
  }

  /** An HTML document, taken as is (no charset to detect). */
  public static Input html(String content) {
    return new Input("-", InputKind.HTML, Objects.requireNonNull(content, "content"), null, null);
  }

  /** Content whose kind is sniffed: HTML when it looks like markup, text otherwise. */
  public static Input sniff(String content) {
    return new Input("-", null, Objects.requireNonNull(content, "content"), null, null);
  }

  /**
   * Raw bytes. The charset comes from a byte-order mark, then (for HTML) the document's own
   * declaration, then UTF-8 when the bytes are valid UTF-8, then windows-1252.
   *
   * @param kind the kind of content, or {@code null} to sniff it
   */
  public static Input bytes(byte[] bytes, @Nullable InputKind kind) {
    return new Input("-", kind, null, Objects.requireNonNull(bytes, "bytes").clone(), null);
  }

  /** The same input under another name (a file name or URL, for results and messages). */
  public Input named(String name) {
    return new Input(Objects.requireNonNull(name, "name"), kind, content, bytes, charset);
  }

  /** The same bytes, decoded with the given charset instead of a detected one. */
  public Input withCharset(Charset charset) {
    return new Input(name, kind, content, bytes, Objects.requireNonNull(charset, "charset"));
  }

  /** The input's name (a file name, a URL), or "-" until {@link #named} gives one. */
  public String name() {
    return name;
  }

  /** The declared kind, or {@code null} when it is to be sniffed. */
  public @Nullable InputKind kind() {
    return kind;
  }

  /** The content as given, when the input was made from a string. */
  public @Nullable String content() {
    return content;
  }

  /** A copy of the bytes, when the input was made from bytes. */
  public byte @Nullable [] bytes() {
    return bytes == null ? null : bytes.clone();
  }

  /** The charset the caller forced, if any. */
  public @Nullable Charset charset() {
    return charset;
  }

  /** The size of the input: chars for a string, bytes for bytes. */
  public int size() {
    return content != null ? content.length() : Objects.requireNonNull(bytes).length;
  }

  byte @Nullable [] bytesNoCopy() {
    return bytes;
  }

  @Override
  public String toString() {
    return "Input[" + name + ", " + (kind == null ? "sniff" : kind.id()) + ", "
        + (content != null ? content.length() + " chars" : size() + " bytes") + "]";
  }
}
