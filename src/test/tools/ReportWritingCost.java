import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.output.Format;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What writing HTML reports costs on top of JSON, for issue 21's "at most 20%": every page of the
 * folders given is processed, then written as JSON and as an HTML report (each encoded to UTF-8),
 * the three timed apart on the thread's CPU time, which other processes on a shared core do not
 * inflate as they do wall-clock time. Prints, per pass after four of warm-up, process + HTML over
 * process + JSON. Not a test, and outside the test sources (the module the tests are compiled into
 * does not read java.management); run it from source against the built jar:
 *
 * <pre>{@code
 * java -cp target/winnow-0.1.0-SNAPSHOT-cli.jar src/test/tools/ReportWritingCost.java \
 *     ../shared/bench/articles-dev/html ../shared/bench/articles-dev-text/pages
 * }</pre>
 */
public final class ReportWritingCost {
  private ReportWritingCost() {}

  public static void main(String[] folders) throws IOException {
    List<Input> pages = new ArrayList<>();
    for (String folder : folders) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path p : files.sorted().toList()) {
          pages.add(Input.bytes(Files.readAllBytes(p), null).named(p.toString()));
        }
      }
    }
    Pipeline pipeline = Pipeline.news();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < 10; pass++) {
      long process = 0;
      long json = 0;
      long html = 0;
      long jsonBytes = 0;
      long htmlBytes = 0;
      for (Input page : pages) {
        long t0 = cpu.getCurrentThreadCpuTime();
        Result r = pipeline.process(page);
        long t1 = cpu.getCurrentThreadCpuTime();
        jsonBytes += Format.JSON.write(r, false).getBytes(StandardCharsets.UTF_8).length;
        long t2 = cpu.getCurrentThreadCpuTime();
        htmlBytes += Format.HTML.write(r, false).getBytes(StandardCharsets.UTF_8).length;
        long t3 = cpu.getCurrentThreadCpuTime();
        process += t1 - t0;
        json += t2 - t1;
        html += t3 - t2;
      }
      if (pass >= 4) {
        System.out.printf(Locale.ROOT, "pass %d: %d pages, process %.3f s, JSON %.3f s (%d B), HTML %.3f s (%d B):"
            + " HTML run / JSON run = %.3f%n", pass, pages.size(), process / 1e9, json / 1e9, jsonBytes, html / 1e9,
            htmlBytes, (double) (process + html) / (process + json));
      }
    }
  }
}
