package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC files as input: which records become pages, how they are named, decoded and written. */
class WarcInputTest {
  static final String PARAGRAPH = MainTest.PARAGRAPH;
  static final String OTHER = MainTest.OTHER;

  @TempDir Path tmp;

  static String html(String paragraph) {
    return "<html><head><title>Story</title></head><body><article><h1>A headline for the story</h1><p>"
        + paragraph + "</p></article></body></html>";
  }

  private static JsonObject json(String line) {
    return JsonParser.parseString(line).getAsJsonObject();
  }

  private static List<String> paragraphs(JsonObject result) {
    List<String> out = new ArrayList<>();
    for (JsonElement a : result.getAsJsonArray("articles")) {
      JsonArray ps = a.getAsJsonObject().getAsJsonArray("paragraphs");
      ps.forEach(p -> out.add(p.getAsString()));
    }
    return out;
  }

  /** A crawl as a crawler writes it: pages among requests, images, redirects, 404s and metadata. */
  private TestWarc crawl() {
    return new TestWarc()
        .record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8))
        .record("request", "https://news.example/a", "application/http;msgtype=request",
            "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.UTF_8))
        .response("https://news.example/a", "text/html; charset=utf-8", html(PARAGRAPH))
        .response("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})
        .http("https://news.example/old", 301, "Location: https://news.example/a\r\n", new byte[0])
        .http("https://news.example/gone", 404, "Content-Type: text/html\r\n", html(OTHER).getBytes(StandardCharsets.UTF_8))
        .resource("https://news.example/b.txt", "text/plain", OTHER + "\n")
        .record("metadata", "https://news.example/a", "application/warc-fields", "via: x\r\n".getBytes(StandardCharsets.UTF_8))
        .record("conversion", "https://news.example/c", "text/plain",
            (PARAGRAPH + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void responsesResourcesAndConversionsArePagesNamedByTheirTargetUri() throws IOException {
    Path warc = crawl().write(tmp.resolve("crawl.warc.gz"));
    CliRun run = CliRun.of("--format", "json", warc.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(3);
    JsonObject a = json(lines.get(0));
    assertThat(a.get("source").getAsString()).isEqualTo("https://news.example/a");
    assertThat(a.get("warcRecordId").getAsString()).startsWith("urn:uuid:");
    assertThat(a.get("warcDate").getAsString()).isEqualTo("2024-05-01T12:00:02Z");
    assertThat(paragraphs(a)).contains(PARAGRAPH);
    assertThat(json(lines.get(1)).get("source").getAsString()).isEqualTo("https://news.example/b.txt");
    assertThat(paragraphs(json(lines.get(1)))).containsExactly(OTHER);
    assertThat(json(lines.get(2)).get("source").getAsString()).isEqualTo("https://news.example/c");
    // warcinfo, request, image, redirect, 404, metadata
    assertThat(run.summary()).startsWith("winnow: pages=3 skipped=6 failed=0 ");
  }

  @Test
  void aPlainWarcReadsLikeACompressedOne() throws IOException {
    String gz = CliRun.of("--format", "json", crawl().write(tmp.resolve("a.warc.gz")).toString()).out();
    String plain = CliRun.of("--format", "json", crawl().write(tmp.resolve("a.warc")).toString()).out();
    assertThat(plain).isEqualTo(gz).isNotEmpty();
  }

  @Test
  void theOutputIsTheSameByteForByteWhateverTheNumberOfJobs() throws IOException {
    TestWarc warc = new TestWarc();
    for (int i = 0; i < 60; i++) {
      String p = (i % 2 == 0 ? PARAGRAPH : OTHER).replace("the", "the " + i);
      warc.response("https://news.example/" + i, "text/html", html((p + " ").repeat(1 + i % 7)));
    }
    Path file = warc.write(tmp.resolve("many.warc.gz"));
    String one = CliRun.of("--format", "json", "--jobs", "1", file.toString()).out();
    String four = CliRun.of("--format", "json", "--jobs", "4", file.toString()).out();
    assertThat(four).isEqualTo(one);
    assertThat(one.split("\n")).hasSize(60);
  }

  @Test
  void theHttpCharsetIsUsedWhenThePageDeclaresNone() throws IOException {
    Charset cp1251 = Charset.forName("windows-1251");
    String russian = "Городской совет во вторник утвердил новый бюджет после долгих споров о школах и дорогах.";
    byte[] page = html(russian).getBytes(cp1251);
    byte[] declared = ("<html><head><meta charset=\"koi8-r\"></head><body><p>" + russian + "</p></body></html>")
        .getBytes(Charset.forName("koi8-r"));
    Path warc = new TestWarc()
        .response("https://ru.example/a", "text/html; charset=windows-1251", page)
        // The page's own declaration wins over the header, as in a browser.
        .response("https://ru.example/b", "text/html; charset=windows-1251", declared)
        .write(tmp.resolve("ru.warc"));
    CliRun run = CliRun.of("--format", "json", warc.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(paragraphs(json(run.outLines().get(0)))).contains(russian);
    assertThat(paragraphs(json(run.outLines().get(1)))).contains(russian);
  }

  @Test
  void chunkingAndContentEncodingAreUndone() throws IOException {
    byte[] gzipped = TestWarc.gzip(html(PARAGRAPH).getBytes(StandardCharsets.UTF_8));
    // Two chunks, split inside the gzip stream.
    int half = gzipped.length / 2;
    byte[] chunked = TestWarc.concat(
        (Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII),
        java.util.Arrays.copyOfRange(gzipped, 0, half),
        ("\r\n" + Integer.toHexString(gzipped.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII),
        java.util.Arrays.copyOfRange(gzipped, half, gzipped.length),
        "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Path warc = new TestWarc()
        .http("https://news.example/z", 200,
            "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked)
        .write(tmp.resolve("z.warc.gz"));
    CliRun run = CliRun.of("--format", "json", warc.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(paragraphs(json(run.outLines().get(0)))).contains(PARAGRAPH);
  }

  @Test
  void brotliContentEncodingIsUndone() throws IOException {
    // html(PARAGRAPH), compressed with the brotli command-line tool.
    byte[] br = java.util.Base64.getDecoder().decode("obgGAOI8sGPJg4vYLF+/wKGBTJ4gqvBJF545SPMKzEm+MNxNdMC72uyWw2QWkVtc4nsO"
        + "0YCKmHlK6UR+7go/C5u76XRbZGyzNyav/pugurKQwPlTaSbzaAUVcsgOpxDag3WTqtAzIqoJNw==");
    Path warc = new TestWarc()
        .http("https://news.example/br", 200, "Content-Type: text/html\r\nContent-Encoding: br\r\n", br)
        .write(tmp.resolve("br.warc.gz"));
    CliRun run = CliRun.of("--format", "json", warc.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(paragraphs(json(run.outLines().get(0)))).contains(PARAGRAPH);
  }

  @Test
  void withOutAWarcGivesOneJsonLinesFileWrittenWhole() throws IOException {
    Path warc = crawl().write(tmp.resolve("crawl.warc.gz"));
    Path page = Files.writeString(tmp.resolve("page.txt"), PARAGRAPH + "\n");
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("--format", "json", "--out", out.toString(), warc.toString(), page.toString());
    assertThat(run.status()).as(run.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("crawl.jsonl", "page.json");
    }
    List<String> lines = Files.readAllLines(out.resolve("crawl.jsonl"));
    assertThat(lines).hasSize(3);
    assertThat(lines).isEqualTo(CliRun.of("--format", "json", warc.toString()).outLines());
  }

  @Test
  void resumeSkipsInputsWhoseOutputIsWholeAndRedoesTheRest() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    crawl().write(in.resolve("one.warc.gz"));
    crawl().write(in.resolve("two.warc.gz"));
    Path out = tmp.resolve("out");
    assertThat(CliRun.of("--format", "json", "--out", out.toString(), in.toString()).status()).isZero();
    // A killed run leaves at most a hidden temporary file, never a partial crawl.jsonl.
    Files.delete(out.resolve("two.jsonl"));
    Files.writeString(out.resolve(".two.jsonl.123.tmp"), "{\"half\":");
    CliRun again = CliRun.of("--format", "json", "--out", out.toString(), "--resume", in.toString());
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.summary()).startsWith("winnow: pages=3 ");
    assertThat(Files.readAllLines(out.resolve("two.jsonl"))).hasSize(3);
  }

  @Test
  void warmUpPassesWriteToAScratchDirectoryThatIsGoneAfter() throws IOException {
    Path warc = crawl().write(tmp.resolve("crawl.warc.gz"));
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("--format", "json", "--warmup", "2", "--stats", "--out", out.toString(), warc.toString());
    assertThat(run.status()).as(run.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("crawl.jsonl");
    }
    assertThat(run.errLines()).singleElement().asString().startsWith("docs=3 ");
  }

  @Test
  void resumeNeedsOut() {
    assertThat(CliRun.of("--resume", "x.warc").status()).isEqualTo(Main.EXIT_USAGE);
  }

  // --- bad input: each reported, the rest unaffected

  @Test
  void aTruncatedWarcGzKeepsTheRecordsBeforeTheCut() throws IOException {
    TestWarc warc = new TestWarc();
    for (int i = 0; i < 4; i++) {
      warc.response("https://news.example/" + i, "text/html", html(PARAGRAPH + " Number " + i + "."));
    }
    Path whole = warc.write(tmp.resolve("whole.warc.gz"));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(tmp.resolve("cut.warc.gz"), java.util.Arrays.copyOf(bytes, bytes.length - 40));
    Path page = Files.writeString(tmp.resolve("page.txt"), OTHER + "\n");
    CliRun run = CliRun.of("--format", "json", cut.toString(), page.toString());
    assertThat(run.status()).isEqualTo(Main.EXIT_FAILED);
    assertThat(run.outLines()).hasSize(4);
    assertThat(run.outLines().get(2)).contains("https://news.example/2");
    assertThat(run.outLines().get(3)).contains(OTHER);
    assertThat(run.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("winnow: "));
  }

  @Test
  void aLyingContentLengthCostsOnlyTheRecordsItOverlaps() throws IOException {
    for (String name : new String[] {"lie.warc", "lie.warc.gz"}) {
      for (int delta : new int[] {-30, 500}) {
        TestWarc warc = new TestWarc().response("https://news.example/0", "text/html", html(PARAGRAPH));
        byte[] block = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html(OTHER)).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("WARC-Type", "response");
        headers.put("WARC-Record-ID", "<urn:uuid:00000000-0000-0000-0000-000000000001>");
        headers.put("WARC-Date", "2024-05-01T12:00:00Z");
        headers.put("WARC-Target-URI", "https://news.example/liar");
        headers.put("Content-Type", "application/http;msgtype=response");
        headers.put("Content-Length", String.valueOf(block.length + delta));
        warc.raw(headers, block);
        warc.response("https://news.example/2", "text/html", html(PARAGRAPH + " The last one."));
        Path file = warc.write(tmp.resolve(name));
        CliRun run = CliRun.of("--format", "json", file.toString());
        String what = name + " " + delta;
        assertThat(run.status()).as(what + run.err()).isEqualTo(Main.EXIT_FAILED);
        assertThat(run.out()).as(what).contains("https://news.example/0", "https://news.example/2");
        assertThat(run.errLines()).as(what).isNotEmpty();
      }
    }
  }

  @Test
  void aRecordWithNoUriIsReported() throws IOException {
    Path warc = new TestWarc()
        .record("resource", null, "text/plain", (OTHER + "\n").getBytes(StandardCharsets.UTF_8))
        .resource("https://news.example/b", "text/plain", PARAGRAPH + "\n")
        .write(tmp.resolve("nouri.warc.gz"));
    CliRun run = CliRun.of("--format", "json", warc.toString());
    assertThat(run.status()).isEqualTo(Main.EXIT_FAILED);
    assertThat(run.errLines()).singleElement().asString().contains("no WARC-Target-URI");
    assertThat(run.outLines()).singleElement().asString().contains(PARAGRAPH);
  }

  @Test
  void aBinaryPayloadIsReported() throws IOException {
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    Path warc = new TestWarc()
        .response("https://news.example/bin", "text/html", binary)
        .response("https://news.example/ok", "text/html", html(PARAGRAPH))
        .write(tmp.resolve("bin.warc.gz"));
    CliRun run = CliRun.of("--format", "json", warc.toString());
    assertThat(run.status()).isEqualTo(Main.EXIT_FAILED);
    assertThat(run.errLines()).singleElement().asString().startsWith("winnow: https://news.example/bin: ");
    assertThat(run.outLines()).singleElement().asString().contains(PARAGRAPH);
  }

  @Test
  void aGzipBombIsCutAtTheInputLimit() throws IOException {
    // 16 MB of prose (twice the input limit) that gzips to some 100 KB: read to the limit, flagged.
    String para = "<p>" + PARAGRAPH + "</p>\n";
    java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bos)) {
      byte[] chunk = para.repeat(10_000).getBytes(StandardCharsets.UTF_8);
      for (long n = 0; n < 16L << 20; n += chunk.length) {
        gz.write(chunk);
      }
    }
    Path warc = new TestWarc()
        .http("https://news.example/bomb", 200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", bos.toByteArray())
        .response("https://news.example/ok", "text/html", html(OTHER))
        .write(tmp.resolve("bomb.warc.gz"));
    CliRun run = CliRun.of("--format", "json", warc.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(json(run.outLines().get(0)).get("truncated").getAsBoolean()).isTrue();
    assertThat(paragraphs(json(run.outLines().get(1)))).contains(OTHER);
  }

  @Test
  void aOneGigabyteRecordIsCutAtTheInputLimitAndTheNextIsRead() throws IOException {
    // The record's first megabytes are prose, the rest a hole in a sparse file: 1 GB on paper,
    // next to nothing on disk.
    long length = 1L << 30;
    String prefix = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n";
    String head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000b>\r\n"
        + "WARC-Date: 2024-05-01T12:00:00Z\r\nWARC-Target-URI: https://news.example/huge\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + length + "\r\n\r\n" + prefix;
    byte[] prose = (PARAGRAPH + "\n\n").repeat((9 << 20) / (PARAGRAPH.length() + 2)).getBytes(StandardCharsets.UTF_8);
    Path file = tmp.resolve("huge.warc");
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
      ch.write(java.nio.ByteBuffer.wrap(prose));
      long end = head.length() - prefix.length() + length;
      ch.position(end);
      ch.write(java.nio.ByteBuffer.wrap("\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    }
    Path next = new TestWarc().response("https://news.example/after", "text/html", html(OTHER)).write(tmp.resolve("n.warc"));
    Files.write(file, Files.readAllBytes(next), java.nio.file.StandardOpenOption.APPEND);
    CliRun run = CliRun.of("--format", "json", "--jobs", "2", file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines()).hasSize(2);
    JsonObject huge = json(run.outLines().get(0));
    assertThat(huge.get("source").getAsString()).isEqualTo("https://news.example/huge");
    assertThat(huge.get("truncated").getAsBoolean()).isTrue();
    assertThat(paragraphs(json(run.outLines().get(1)))).contains(OTHER);
  }
}
