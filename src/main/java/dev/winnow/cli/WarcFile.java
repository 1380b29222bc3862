package dev.winnow.cli;

import dev.winnow.Input;
import dev.winnow.InputKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads one WARC file ({@code .warc} or {@code .warc.gz}) record by record, and hands on every
 * page in it: each {@code response} with a 2xx status and an HTML or plain-text payload, each
 * {@code resource} with such a payload, and each {@code conversion}. The page is named by its
 * {@code WARC-Target-URI}; HTTP chunking and content encodings (gzip, deflate, br) are undone;
 * its charset comes from the HTTP {@code Content-Type} when the page declares none itself. Other
 * records are counted as skipped.
 *
 * <p>Only what the pipeline would read of a page is kept in memory: a payload is read up to one
 * byte past the pipeline's input limit, so the library cuts it and flags it truncated, whatever the
 * record's size. A record that cannot be read is reported and the reader looks for the next
 * record after it (the next gzip member, or the next {@code WARC/1.x} line), so one broken record
 * or a lying {@code Content-Length} costs only the records it overlaps. Not thread-safe; one per
 * file.
 */
final class WarcFile {
  /** Far enough into a page to find its own charset declaration, as HTML's prescan does. */
  private static final int PRESCAN_BYTES = 1024;

  private static final Pattern DECLARED_CHARSET = Pattern.compile(
      "<meta[^>]{0,200}charset|<\\?xml[^>]{0,100}encoding", Pattern.CASE_INSENSITIVE);

  private final @Nullable Path path;
  private final String name;
  private final Path relative;
  private final @Nullable InputKind forcedKind;
  private final int maxBytes;
  private final Reporter reporter;

  /**
   * @param path the file, or {@code null} when it is to be read as a stream
   * @param name the file as the user knows it, for messages
   * @param relative where its results go under {@code --out}
   * @param forcedKind the kind {@code --input} forces, or {@code null} to go by the record's type
   * @param maxBytes the most bytes of one payload read: one past the pipeline's input limit
   */
  WarcFile(@Nullable Path path, String name, Path relative, @Nullable InputKind forcedKind, int maxBytes, Reporter reporter) {
    this.path = path;
    this.name = name;
    this.relative = relative;
    this.forcedKind = forcedKind;
    this.maxBytes = maxBytes;
    this.reporter = reporter;
  }

  /** Whether the file name says WARC: {@code .warc} or {@code .warc.gz}, in any case. */
  static boolean isWarc(Path file) {
    String n = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /** Reads every record, handing each page on; ends with {@link Fed#warcEnd}. */
  void read(Fed.Sink sink) throws InterruptedException {
    long[] reported = {0};
    try (FileChannel channel = FileChannel.open(java.util.Objects.requireNonNull(path, "path"),
        StandardOpenOption.READ)) {
      long start = 0;
      boolean resyncing = false;
      while (start >= 0) {
        long failedAt = readFrom(channel, start, sink, reported, resyncing);
        start = failedAt < 0 ? -1 : nextRecord(channel, failedAt + 1);
        resyncing = true;
      }
      sink.accept(Fed.warcEnd(relative, Math.max(0, channel.size() - reported[0])));
    } catch (IOException e) {
      reporter.fail(name, Reasons.io(e));
      sink.accept(Fed.warcEnd(relative, 0));
    }
  }

  /**
   * Reads records from a record boundary on, to the end or the first record that cannot be read.
   *
   * @return where that unreadable record starts, or -1 at the end of the file
   */
  private long readFrom(FileChannel channel, long start, Fed.Sink sink, long[] reported, boolean resyncing)
      throws IOException, InterruptedException {
    channel.position(start);
    // Never closed: that would close the channel, which the search for the next record reads.
    WarcReader reader = new WarcReader(channel);
    // A false start found while looking for the next record is not news.
    return readRecords(reader, channel::position, sink, reported, resyncing);
  }

  /**
   * Reads a WARC file from a stream (a file on HDFS or S3, say): as {@link #read(Fed.Sink)}, except
   * that a stream cannot be searched for the next record, so an unreadable record ends the file.
   */
  void read(InputStream in, Fed.Sink sink) throws InterruptedException {
    try {
      WarcReader reader = new WarcReader(in);
      readRecords(reader, () -> 0, sink, new long[] {0}, false);
    } catch (IOException e) {
      reporter.fail(name, Reasons.io(e));
    }
    sink.accept(Fed.warcEnd(relative, 0));
  }

  /** The records from where the reader stands; returns where an unreadable one starts, or -1. */
  private long readRecords(WarcReader reader, IoLongSupplier consumed, Fed.Sink sink, long[] reported,
      boolean quietFirst) throws IOException, InterruptedException {
    boolean quiet = quietFirst;
    reader.onWarning(w -> { });
    while (true) {
      long at = reader.position();
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        if (!quiet) {
          reporter.fail(name + "@" + at, "unreadable WARC record: " + Reasons.of(e));
        }
        return at;
      }
      if (next.isEmpty()) {
        return -1;
      }
      quiet = false;
      LoadedInput page = page(next.get(), at);
      if (page != null) {
        long pos = consumed.get();
        sink.accept(Fed.page(page, Math.max(0, pos - reported[0])));
        reported[0] = Math.max(reported[0], pos);
      }
    }
  }

  /** A source of a position that may fail as I/O does. */
  private interface IoLongSupplier {
    long get() throws IOException;
  }

  /** The page a record holds, or {@code null} when it holds none (counted, or reported). */
  private @Nullable LoadedInput page(WarcRecord record, long at) {
    if (!(record instanceof WarcResponse || record instanceof WarcResource || record instanceof WarcConversion)) {
      reporter.skip();
      return null;
    }
    WarcTargetRecord target = (WarcTargetRecord) record;
    String where = name + "@" + at;
    Optional<String> uri = target.headers().first("WARC-Target-URI");
    if (uri.isEmpty() || uri.get().isBlank()) {
      reporter.fail(where, "record has no WARC-Target-URI");
      return null;
    }
    String url = target.target();
    try {
      MediaType type;
      MessageBody body;
      if (record instanceof WarcResponse response) {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
          reporter.skip(); // not HTTP (Gemini, DNS): no page
          return null;
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
          reporter.skip();
          return null;
        }
        type = http.contentType();
        body = http.bodyDecoded();
      } else {
        type = record.contentType();
        body = record.body();
      }
      InputKind kind = kind(type, record instanceof WarcConversion);
      if (kind == null && !(type.raw().isEmpty() && forcedKind != null)) {
        reporter.skip();
        return null;
      }
      byte[] bytes = readAtMost(body.stream(), maxBytes);
      Input input = Input.bytes(bytes, forcedKind != null ? forcedKind : kind).named(url);
      Charset http = charset(type);
      if (http != null && !declaresCharset(bytes)) {
        input = input.withCharset(http);
      }
      String id = record.headers().first("WARC-Record-ID").orElse("");
      if (id.startsWith("<") && id.endsWith(">")) {
        id = id.substring(1, id.length() - 1);
      }
      String date = record.headers().first("WARC-Date").orElse("");
      return new LoadedInput(url, relative, input, new WarcOrigin(id, date));
    } catch (IOException | RuntimeException e) {
      reporter.fail(url, "cannot read WARC record at " + where + ": " + Reasons.of(e));
      return null;
    }
  }

  /** HTML or text by the media type; {@code null} for anything else (images, scripts, PDF...). */
  private static @Nullable InputKind kind(MediaType type, boolean conversion) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    switch (base) {
      case "text/html":
      case "application/xhtml+xml":
        return InputKind.HTML;
      case "text/plain":
        return InputKind.TEXT;
      default:
        // A conversion record is text by definition (what a crawler extracted from a document).
        return conversion && (base.isEmpty() || base.startsWith("text/")) ? InputKind.TEXT : null;
    }
  }

  private static @Nullable Charset charset(MediaType type) {
    String name = type.parameters().get("charset");
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown name is no better than none: detection decides
    }
  }

  /** Whether the page states its own charset: a byte-order mark, a meta or an XML declaration. */
  static boolean declaresCharset(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return true;
    }
    if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      return true;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    return DECLARED_CHARSET.matcher(head).find();
  }

  /** Reads at most {@code max} bytes, so a huge record or a decompression bomb costs no more. */
  static byte[] readAtMost(InputStream in, int max) throws IOException {
    return in.readNBytes(max);
  }

  /**
   * Where the next record may start at or after {@code from}: a gzip member's magic bytes in a
   * compressed file, a {@code WARC/1.} line in a plain one; -1 when there is none.
   */
  private long nextRecord(FileChannel channel, long from) throws IOException {
    boolean gzip = String.valueOf(java.util.Objects.requireNonNull(path).getFileName()).toLowerCase(Locale.ROOT).endsWith(".gz");
    byte[] magic = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    long base = from;
    int matched = 0;
    long size = channel.size();
    while (base < size) {
      buf.clear();
      int n = channel.read(buf, base);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        byte b = buf.get(i);
        if (b == magic[matched]) {
          matched++;
          if (matched == magic.length) {
            return base + i + 1 - magic.length;
          }
        } else {
          matched = b == magic[0] ? 1 : 0;
        }
      }
      base += n;
    }
    return -1;
  }
}
