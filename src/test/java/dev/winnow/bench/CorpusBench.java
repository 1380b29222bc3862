package dev.winnow.bench;

import dev.winnow.Input;
import dev.winnow.InputKind;
import dev.winnow.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The corpus-scale measurements of issue 17, outside JMH because they time whole command-line runs:
 *
 * <pre>{@code
 * # a .warc.gz of every HTML and text page of the bench folders, COPIES times over with distinct URIs
 * java -cp <test classpath> dev.winnow.bench.CorpusBench warc target/bench.warc.gz 4 ../shared/bench
 * # the same pages, in memory, through Pipeline.news() on one thread: the yardstick for --jobs 1
 * java -cp <test classpath> dev.winnow.bench.CorpusBench inprocess 4 ../shared/bench
 * # the ceiling of --jobs N on this machine: N threads, each with the pages to itself, warm
 * java -cp <test classpath> dev.winnow.bench.CorpusBench parallel 2 4 ../shared/bench
 * }</pre>
 *
 * Both take the pages in the same order: the {@code .html} and {@code .txt} files below the bench
 * folder, sorted by path. The in-process figure is one cold pass, like a command-line run, so both
 * pay the same JIT warm-up. The parallel figure shares nothing between its threads (no reader, no
 * writer, no queue) and is taken after a warm-up pass of every thread: what N workers could give
 * over one if the command line cost nothing around them, so that a {@code --jobs N} ratio can be
 * read against what the cores deliver. Not a test; stateless.
 */
public final class CorpusBench {
  private CorpusBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 4 && args[0].equals("warc")) {
      writeWarc(Path.of(args[1]), Integer.parseInt(args[2]), pages(Path.of(args[3])));
    } else if (args.length == 3 && args[0].equals("inprocess")) {
      inProcess(Integer.parseInt(args[1]), pages(Path.of(args[2])));
    } else if (args.length == 4 && args[0].equals("parallel")) {
      parallel(Integer.parseInt(args[1]), Integer.parseInt(args[2]), pages(Path.of(args[3])));
    } else {
      System.err.println("usage: CorpusBench warc OUT.warc.gz COPIES BENCH_DIR | inprocess COPIES BENCH_DIR"
          + " | parallel THREADS COPIES BENCH_DIR");
      System.exit(2);
    }
  }

  static List<Path> pages(Path bench) throws IOException {
    try (Stream<Path> s = Files.walk(bench)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().startsWith("LICENSE"))
          .filter(p -> p.getParent().getFileName().toString().matches("html|pages"))
          .sorted().toList();
    }
  }

  private static void writeWarc(Path out, int copies, List<Path> pages) throws IOException {
    long n = 0;
    try (OutputStream os = Files.newOutputStream(out)) {
      for (int copy = 0; copy < copies; copy++) {
        for (Path p : pages) {
          byte[] body = Files.readAllBytes(p);
          boolean html = p.toString().endsWith(".html");
          String uri = "https://bench.example/" + copy + "/" + p.getParent().getParent().getFileName() + "/"
              + p.getFileName();
          byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + (html ? "text/html" : "text/plain")
              + "; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
          String head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
              + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
              + "WARC-Date: 2024-05-01T12:00:00Z\r\nWARC-Target-URI: " + uri + "\r\n"
              + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + (http.length + body.length)
              + "\r\n\r\n";
          ByteArrayOutputStream record = new ByteArrayOutputStream();
          try (GZIPOutputStream gz = new GZIPOutputStream(record)) {
            gz.write(head.getBytes(StandardCharsets.US_ASCII));
            gz.write(http);
            gz.write(body);
            gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          record.writeTo(os);
          n++;
        }
      }
    }
    System.out.println("wrote " + n + " records to " + out + " (" + Files.size(out) + " bytes)");
  }

  private static List<Input> inputs(int copies, List<Path> pages) throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (int copy = 0; copy < copies; copy++) {
      for (Path p : pages) {
        byte[] body = Files.readAllBytes(p);
        InputKind kind = p.toString().endsWith(".html") ? InputKind.HTML : InputKind.TEXT;
        inputs.add(Input.bytes(body, kind).named(p.toString()));
      }
    }
    return inputs;
  }

  private static long bytes(int copies, List<Path> pages) throws IOException {
    long bytes = 0;
    for (Path p : pages) {
      bytes += Files.size(p);
    }
    return bytes * copies;
  }

  private static void inProcess(int copies, List<Path> pages) throws IOException {
    List<Input> inputs = inputs(copies, pages);
    long bytes = bytes(copies, pages);
    Pipeline pipeline = Pipeline.news();
    long start = System.nanoTime();
    long sink = 0;
    for (Input in : inputs) {
      sink += pipeline.process(in).articles().size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println(String.format(Locale.ROOT, "inprocess pages=%d mb=%.2f seconds=%.2f pages_per_s=%.1f mb_per_s=%.2f"
        + " (articles=%d)", inputs.size(), bytes / 1e6, seconds, inputs.size() / seconds, bytes / 1e6 / seconds, sink));
  }

  /**
   * THREADS threads, each with its own copy of the inputs, all processing at once: one pass to
   * warm up, then the timed pass, which ends when the last thread ends.
   */
  private static void parallel(int threads, int copies, List<Path> pages) throws IOException {
    List<List<Input>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      work.add(inputs(copies, pages));
    }
    long bytes = bytes(copies, pages) * threads;
    int count = work.get(0).size() * threads;
    Pipeline pipeline = Pipeline.news();
    for (String pass : List.of("warm-up", "timed")) {
      CyclicBarrier start = new CyclicBarrier(threads + 1);
      AtomicLong sink = new AtomicLong();
      List<Thread> running = new ArrayList<>();
      for (List<Input> mine : work) {
        Thread t = new Thread(() -> {
          try {
            start.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          long s = 0;
          for (Input in : mine) {
            s += pipeline.process(in).articles().size();
          }
          sink.addAndGet(s);
        });
        t.start();
        running.add(t);
      }
      try {
        start.await();
        long t0 = System.nanoTime();
        for (Thread t : running) {
          t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.println(String.format(Locale.ROOT, "parallel %s threads=%d pages=%d mb=%.2f seconds=%.2f"
            + " pages_per_s=%.1f mb_per_s=%.2f (articles=%d)", pass, threads, count, bytes / 1e6, seconds,
            count / seconds, bytes / 1e6 / seconds, sink.get()));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
