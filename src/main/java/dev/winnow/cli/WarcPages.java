package dev.winnow.cli;

import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.output.Format;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The command line's reading of WARC files and its JSON lines, for other front ends that must give
 * exactly the same output (the Spark job in {@code spark/}): which records are pages, how they are
 * named and decoded, and the {@code warcRecordId} and {@code warcDate} fields. Not API: this
 * package is not exported, and this class may change in any release.
 *
 * <pre>{@code
 * WarcPages.read(in, "crawl.warc.gz", Pipeline.news(), page -> out.add(WarcPages.jsonLine(pipeline, page)),
 *     problem -> log.warn(problem));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class WarcPages {
  private WarcPages() {}

  /**
   * One page of a WARC file.
   *
   * @param input the payload, named by the record's target URI
   * @param recordId the {@code WARC-Record-ID} without angle brackets, or {@code null} when the
   *     page did not come from a WARC file
   * @param date the {@code WARC-Date}, or {@code null} likewise
   */
  public record Page(Input input, @Nullable String recordId, @Nullable String date) {
    public Page {
      Objects.requireNonNull(input, "input");
    }
  }

  /** Counts of one file's records. */
  public record Counts(int skipped, int failed) {}

  /**
   * Reads a WARC stream record by record, handing on every page as the command line would take it,
   * and every problem as the line the command line would print (without its {@code winnow: }).
   * A record that cannot be read ends the stream, which cannot be searched for the next one.
   *
   * @param name the file's name, for problems
   * @param pipeline the pipeline whose input limit bounds how much of a payload is read
   */
  public static Counts read(InputStream in, String name, Pipeline pipeline, Consumer<Page> pages,
      Consumer<String> problems) {
    Reporter reporter = new Reporter(line -> problems.accept(line.startsWith("winnow: ") ? line.substring(8) : line));
    int max = pipeline.limits().maxInputChars();
    WarcFile file = new WarcFile(null, name, Path.of("-"), null, max == Integer.MAX_VALUE ? max - 8 : max + 1, reporter);
    try {
      file.read(in, fed -> {
        LoadedInput page = fed.page();
        if (page != null) {
          WarcOrigin origin = Objects.requireNonNull(page.warc());
          pages.accept(new Page(page.input(), origin.recordId(), origin.date()));
        }
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Counts(reporter.skipped(), reporter.failures());
  }

  /**
   * The page's result as the command line's {@code --format json} line.
   *
   * @throws dev.winnow.InputException when the payload is binary or undecodable, as the pipeline says
   */
  public static String jsonLine(Pipeline pipeline, Page page) {
    String json = Format.JSON.write(pipeline.process(page.input()), false);
    String id = page.recordId();
    String date = page.date();
    return id == null || date == null ? json : WarcJson.withOrigin(json, new WarcOrigin(id, date));
  }
}
