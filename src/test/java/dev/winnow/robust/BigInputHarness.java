package dev.winnow.robust;

import dev.winnow.Input;
import dev.winnow.InputKind;
import dev.winnow.Limits;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: measures one huge page through {@link Pipeline#news()}, time and peak heap (used
 * heap sampled every 2 ms, input included), in a JVM of its own. The page is made on disk first (from the seed page or the largest benchmark
 * page, repeated), so building it costs the measured run nothing.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.winnow.robust.BigInputHarness text-bytes 100
 * </pre>
 *
 * Modes: {@code text-bytes}, {@code text-string}, {@code html-bytes}, {@code html-string} (the
 * largest benchmark page's body, repeated), {@code html-dense-bytes}, {@code html-dense-string}
 * (small teasers of a paragraph, a share list and an ad, six elements each), {@code html-tiny-bytes},
 * {@code html-tiny-string} ({@code <p>x</p>} over and over: the most elements per char); then the
 * size in MB; then, optionally, maxInputChars in M chars.
 */
public final class BigInputHarness {
  private BigInputHarness() {}

  public static void main(String[] args) throws IOException {
    String mode = args[0];
    long bytes = Long.parseLong(args[1]) << 20;
    boolean html = mode.startsWith("html");
    Path file = Files.createTempFile("winnow-big-", html ? ".html" : ".txt");
    try {
      // A string of chars beyond Latin-1 takes two bytes a char, and reading it makes copies: the
      // string modes keep to Latin-1 so that a 100 M char string fits a small heap at all.
      make(file, html, mode.contains("dense"), mode.contains("tiny"), bytes, mode.endsWith("string"));
      Input input;
      if (mode.endsWith("bytes")) {
        input = Input.bytes(Files.readAllBytes(file), html ? InputKind.HTML : InputKind.TEXT);
      } else {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        input = html ? Input.html(content) : Input.text(content);
      }
      Pipeline news = Pipeline.news();
      if (args.length > 2) {
        Limits l = news.limits();
        news = news.withLimits(new Limits(Integer.parseInt(args[2]) << 20, l.maxBlocks(), l.maxDomDepth(), l.maxDomNodes()));
      }
      System.gc();
      long before = usedHeap();
      AtomicLong peakSeen = new AtomicLong(before);
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peakSeen.accumulateAndGet(usedHeap(), Math::max);
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();
      long t0 = System.nanoTime();
      Result r = news.process(input);
      long nanos = System.nanoTime() - t0;
      sampler.interrupt();
      long peak = peakSeen.get();
      System.out.printf(Locale.ROOT,
          "%s %d MB (input held: %d MB): %.2f s, peak heap %d MB (%d MB before), max heap %d MB;"
              + " truncated=%s blocks=%d articles=%d removed=%d chars out=%d%n",
          mode, bytes >> 20, before >> 20, nanos / 1e9, peak >> 20, before >> 20,
          Runtime.getRuntime().maxMemory() >> 20, r.truncated(), r.blocks().size(), r.articles().size(),
          r.removed().size(), r.text().length());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void make(Path file, boolean html, boolean dense, boolean tiny, long size, boolean latin1)
      throws IOException {
    byte[] unit;
    byte[] head = new byte[0];
    byte[] tail = new byte[0];
    if (html && tiny) {
      head = "<!DOCTYPE html><html><head><title>Big</title></head><body>".getBytes(StandardCharsets.UTF_8);
      unit = "<p>x</p>".getBytes(StandardCharsets.UTF_8);
      tail = "</body></html>".getBytes(StandardCharsets.UTF_8);
    } else if (html && dense) {
      head = "<!DOCTYPE html><html><head><title>Big</title></head><body>".getBytes(StandardCharsets.UTF_8);
      unit = ("<div class=\"teaser\"><p>" + Adversarial.PROSE + "</p><ul><li><a href=\"/a\">Share</a></li>"
          + "<li><span>Tweet</span></li></ul><div class=\"ad\">Advertisement</div></div>\n").getBytes(StandardCharsets.UTF_8);
      tail = "</body></html>".getBytes(StandardCharsets.UTF_8);
    } else if (html) {
      Path biggest = null;
      for (Path p : Corpus.files(Corpus.BENCH.resolve("articles-dev").resolve("html"))) {
        if (biggest == null || Files.size(p) > Files.size(biggest)) {
          biggest = p;
        }
      }
      String page = biggest != null ? Files.readString(biggest) : "<div><p>" + Adversarial.PROSE + "</p></div>";
      int b = page.indexOf("<body");
      int e = page.lastIndexOf("</body>");
      String body = b >= 0 && e > b ? page.substring(page.indexOf('>', b) + 1, e) : page;
      head = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Big</title></head><body>"
          .getBytes(StandardCharsets.UTF_8);
      unit = body.getBytes(StandardCharsets.UTF_8);
      tail = "</body></html>".getBytes(StandardCharsets.UTF_8);
    } else {
      Path seed = Path.of("..", "shared", "seed", "seed-page.txt");
      String page = Files.exists(seed) ? Files.readString(seed) : Adversarial.PROSE + "\n\nAdvertisement\n\n";
      unit = (page + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
    if (latin1) {
      unit = new String(unit, StandardCharsets.UTF_8).replaceAll("[^\\x00-\\xFF]", "'").getBytes(StandardCharsets.UTF_8);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(head);
      for (long n = head.length; n + unit.length + tail.length <= size; n += unit.length) {
        out.write(unit);
      }
      out.write(tail);
    }
  }

  /** The heap in use: sampled every 2 ms while the page is processed, so a peak between samples is missed. */
  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

}
