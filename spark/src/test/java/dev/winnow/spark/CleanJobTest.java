package dev.winnow.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.winnow.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on local[2] gives, for the same WARC records, the rows the command line gives. */
class CleanJobTest {
  static final String PARAGRAPH =
      "The council approved the new budget on Tuesday after a long debate about school funding and roads.";
  static final String OTHER =
      "Engineers said the bridge repairs would take two more years and cost far more than first planned.";

  static SparkSession spark;

  @TempDir static Path tmp;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("winnow-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** A gzip member per record, as crawlers write them. */
  static void record(OutputStream out, String type, String uri, String contentType, byte[] block) throws IOException {
    String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:"
        + UUID.nameUUIDFromBytes((type + uri).getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "WARC-Date: 2024-05-01T12:00:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(head.getBytes(StandardCharsets.UTF_8));
      gz.write(block);
      gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    bos.writeTo(out);
  }

  static String html(int i) {
    String p = (i % 2 == 0 ? PARAGRAPH : OTHER).replace("the", "the " + i);
    return "<html><head><title>Story " + i + "</title><meta name=\"author\" content=\"A. Writer\"></head><body>"
        + "<nav>Home | World | Sport</nav><article><h1>Headline number " + i + "</h1><p>" + p + "</p><p>"
        + (p + " ").repeat(1 + i % 4) + "</p><p>Advertisement</p></article></body></html>";
  }

  static Path writeWarc(Path file, int pages) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < pages; i++) {
        String uri = "https://news.example/" + file.getFileName() + "/" + i;
        record(out, "request", uri, "application/http;msgtype=request",
            ("GET / HTTP/1.1\r\nHost: news.example\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] body = html(i).getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[http.length + body.length];
        System.arraycopy(http, 0, block, 0, http.length);
        System.arraycopy(body, 0, block, http.length, body.length);
        record(out, "response", uri, "application/http;msgtype=response", block);
      }
      record(out, "resource", "https://news.example/notes.txt", "text/plain",
          (OTHER + "\n\n" + PARAGRAPH + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  static List<String> cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 2];
    all[0] = "--format";
    all[1] = "json";
    System.arraycopy(args, 0, all, 2, args.length);
    int status = Main.run(all, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
  }

  static List<String> partLines(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(dir)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p));
      }
    }
    return lines;
  }

  /** Rows as JSON objects, sorted by source, so order across partitions does not matter. */
  static List<JsonObject> objects(List<String> lines) {
    List<JsonObject> out = new ArrayList<>();
    for (String l : lines) {
      out.add(JsonParser.parseString(l).getAsJsonObject());
    }
    out.sort(Comparator.comparing((JsonObject o) -> o.get("source").getAsString()));
    return out;
  }

  @Test
  void rowsFromWarcFilesEqualTheCommandLinesLines() throws IOException {
    Path a = writeWarc(tmp.resolve("a.warc.gz"), 12);
    Path b = writeWarc(tmp.resolve("b.warc.gz"), 7);
    Path out = tmp.resolve("out-jsonl");
    CleanJob.Summary s = CleanJob.run(spark, List.of(tmp.resolve("*.warc.gz").toString()), out.toString(), "jsonl");
    List<String> expected = new ArrayList<>(cli(a.toString()));
    expected.addAll(cli(b.toString()));
    assertThat(expected).hasSize(21);
    assertThat(s.pages()).isEqualTo(21);
    assertThat(s.failed()).isZero();
    List<JsonObject> rows = objects(partLines(out));
    List<JsonObject> want = objects(expected);
    assertThat(rows).hasSameSizeAs(want);
    for (int i = 0; i < rows.size(); i++) {
      // Same fields, same values: Gson compares objects whatever their key order.
      assertThat(rows.get(i)).as(want.get(i).get("source").getAsString()).isEqualTo(want.get(i));
      assertThat(rows.get(i).keySet()).containsExactlyElementsOf(want.get(i).keySet().stream()
          .sorted(Comparator.comparingInt(k -> List.of("warcRecordId", "warcDate", "source", "input", "page",
              "truncated", "metadata", "articles").indexOf(k))).toList());
    }
  }

  @Test
  void parquetHoldsTheSameRows() throws IOException {
    Path warc = writeWarc(Files.createDirectories(tmp.resolve("pq")).resolve("c.warc.gz"), 5);
    Path out = tmp.resolve("out-parquet");
    CleanJob.run(spark, List.of(warc.toString()), out.toString(), "parquet");
    List<String> back = spark.read().parquet(out.toString()).toJSON().collectAsList();
    // The command line's lines read into the same schema and shown the same way (toJSON leaves out
    // nulls on both sides).
    List<String> want = spark.read().schema(Rows.SCHEMA)
        .json(spark.createDataset(cli(warc.toString()), org.apache.spark.sql.Encoders.STRING())).toJSON().collectAsList();
    assertThat(objects(back)).isEqualTo(objects(want)).hasSize(6);
  }

  @Test
  void aTableOfPagesIsCleanedAsTheCommandLineCleansTheSamePages() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("table"));
    Path pagesDir = Files.createDirectories(tmp.resolve("table-pages"));
    StringBuilder jsonl = new StringBuilder();
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      JsonObject row = new JsonObject();
      row.addProperty("url", "https://news.example/t" + i);
      row.addProperty("html", html(i));
      jsonl.append(row).append('\n');
      files.add(Files.writeString(pagesDir.resolve("t" + i + ".html"), html(i)).toString());
    }
    Path table = Files.writeString(dir.resolve("pages.jsonl"), jsonl);
    Path out = tmp.resolve("out-table");
    CleanJob.Summary s = CleanJob.run(spark, List.of(table.toString()), out.toString(), "jsonl");
    assertThat(s.pages()).isEqualTo(4);
    List<JsonObject> rows = objects(partLines(out));
    List<JsonObject> want = objects(cli(files.toArray(String[]::new)));
    for (int i = 0; i < 4; i++) {
      assertThat(rows.get(i).get("source").getAsString()).isEqualTo("https://news.example/t" + i);
      assertThat(rows.get(i).get("articles")).isEqualTo(want.get(i).get("articles"));
      assertThat(rows.get(i).get("warcRecordId").isJsonNull()).isTrue();
    }
  }

  @Test
  void optionsAreParsed() {
    WinnowSpark.Options o = WinnowSpark.Options.parse(new String[] {"--input", "a.warc.gz", "b/*.warc", "--output",
        "out", "--format", "parquet", "--master", "local[2]"});
    assertThat(o.inputs()).containsExactly("a.warc.gz", "b/*.warc");
    assertThat(o.format()).isEqualTo("parquet");
    assertThat(o.master()).isEqualTo("local[2]");
  }
}
