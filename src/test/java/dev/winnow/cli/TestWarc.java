package dev.winnow.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes small WARC files byte by byte for the tests, so that broken ones (a lying
 * Content-Length, a record with no URI) can be written as easily as good ones. Records get ids
 * made from their number, so two files written alike are alike.
 */
final class TestWarc {
  private final List<byte[]> records = new ArrayList<>();

  /** An HTTP 200 response with this Content-Type and body. */
  TestWarc response(String uri, String contentType, byte[] body) {
    return http(uri, 200, "Content-Type: " + contentType + "\r\n", body);
  }

  TestWarc response(String uri, String contentType, String body) {
    return response(uri, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** An HTTP response with this status, extra header lines (each ending CRLF) and body as sent. */
  TestWarc http(String uri, int status, String headerLines, byte[] body) {
    byte[] head = ("HTTP/1.1 " + status + " X\r\n" + headerLines + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    return record("response", uri, "application/http;msgtype=response", concat(head, body));
  }

  TestWarc resource(String uri, String contentType, String body) {
    return record("resource", uri, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** A record of any type; {@code uri} null for none. */
  TestWarc record(String type, String uri, String contentType, byte[] block) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("WARC-Type", type);
    headers.put("WARC-Record-ID", "<urn:uuid:" + UUID.nameUUIDFromBytes(("r" + records.size()).getBytes(StandardCharsets.UTF_8)) + ">");
    headers.put("WARC-Date", "2024-05-01T12:00:" + String.format("%02d", records.size() % 60) + "Z");
    if (uri != null) {
      headers.put("WARC-Target-URI", uri);
    }
    headers.put("Content-Type", contentType);
    headers.put("Content-Length", String.valueOf(block.length));
    return raw(headers, block);
  }

  /** A record with exactly these headers (a lying Content-Length, say) and block. */
  TestWarc raw(Map<String, String> headers, byte[] block) {
    StringBuilder sb = new StringBuilder("WARC/1.1\r\n");
    headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
    sb.append("\r\n");
    records.add(concat(sb.toString().getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    return this;
  }

  /** Writes the records, each a gzip member of its own when the name ends in {@code .gz}. */
  Path write(Path file) throws IOException {
    boolean gzip = file.getFileName().toString().endsWith(".gz");
    try (OutputStream out = Files.newOutputStream(file)) {
      for (byte[] r : records) {
        out.write(gzip ? gzip(r) : r);
      }
    }
    return file;
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(bytes);
    }
    return bos.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      bos.writeBytes(p);
    }
    return bos.toByteArray();
  }
}
