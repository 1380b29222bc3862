package dev.winnow.cli;

import dev.winnow.Pipeline;
import dev.winnow.output.Format;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code winnow} command: runs pages through a pipeline and writes the clean articles as
 * text, Markdown or JSON, to standard output or one file per input.
 *
 * <pre>{@code
 * java -jar winnow-cli.jar --format json pages/ > articles.jsonl
 * java -jar winnow-cli.jar --out clean/ --format markdown --explain pages/
 * curl -s https://example.com/story | java -jar winnow-cli.jar --input html -
 * }</pre>
 *
 * <p>Exit status: 0 when every input was processed and written, 1 when some failed (each reported
 * in one line on standard error; the others are still written), 2 for a usage error. Call
 * {@link #run} to use it in-process; each call is independent, so calls may run concurrently.
 */
@Command(
    name = "winnow",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Separates article text from ads, carousels, stubs and page chrome on scraped news pages.",
      "",
      "INPUT is a file, a directory (every regular file below it, in sorted order; hidden files and "
          + "links below it are skipped), or - for standard input. A .warc or .warc.gz file is read record "
          + "by record: every HTML or text response, resource and conversion record is a page, named by its "
          + "target URI; other records are skipped and counted.",
      "",
      "Pages are processed on --jobs threads as a stream; results come out in input order. Standard error "
          + "shows a progress bar when it is a terminal, and every run ends with a summary line there."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every input was processed",
      "1:some inputs failed (reasons on standard error); the others were written",
      "2:usage error"
    })
public final class Main implements Callable<Integer> {
  /** Exit status when some inputs failed. */
  static final int EXIT_FAILED = 1;

  /** Exit status of a usage error; picocli's too. */
  static final int EXIT_USAGE = 2;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class, defaultValue = "text",
      description = "text, markdown, json or html (default: ${DEFAULT-VALUE}). JSON is one object a line. "
          + "HTML is a report for people of what was kept and removed, one page per input; with --out, "
          + "DIR/index.html lists them all.")
  private Format format = Format.TEXT;

  @Option(names = "--input", paramLabel = "KIND", converter = InputMode.Converter.class, defaultValue = "auto",
      description = "auto (sniff each input), text or html (default: ${DEFAULT-VALUE}).")
  private InputMode inputMode = InputMode.AUTO;

  @Option(names = "--pipeline", paramLabel = "NAME", converter = PipelineChoice.Converter.class,
      defaultValue = "news",
      description = "news, or keep-all to see every block unfiltered (default: ${DEFAULT-VALUE}).")
  private PipelineChoice pipeline = PipelineChoice.NEWS;

  @Option(names = "--explain", description = "Include what was removed, by which filter and why.")
  private boolean explain;

  @Option(names = "--out", paramLabel = "DIR",
      description = {"Write one result per input under DIR, named after the input with its extension "
          + "replaced (a directory's layout is kept; standard input becomes stdin.<ext>); a WARC file's pages "
          + "all go to one file (crawl.warc.gz: crawl.jsonl). Default: standard output."})
  private @Nullable Path out;

  @Option(names = "--debug",
      description = "Print every block on standard error: kept or removed, labels, each filter's decisions.")
  private boolean debug;

  @Option(names = "--stats",
      description = "Print throughput of the processing alone on standard error, as a last line "
          + "docs=N bytes=B millis=M docs_per_s=X mb_per_s=Y.")
  private boolean stats;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "0",
      description = "First run N untimed passes over all inputs, to keep JIT warm-up out of --stats.")
  private int warmup;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Process N pages at a time, on N threads (default: the number of cores, here ${DEFAULT-VALUE}). "
          + "Output is in input order whatever N is.")
  private int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume",
      description = "With --out: skip every input whose output is already there (and newer than it), "
          + "so a run that was stopped can go on. Outputs are written whole or not at all.")
  private boolean resume;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar on standard error.")
  private boolean quiet;

  @Spec
  private @Nullable CommandSpec spec;

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;

  private Main(InputStream stdin, PrintStream stdout, PrintStream stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Runs the command line with standard output in UTF-8, and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        false, StandardCharsets.UTF_8);
    int status;
    try {
      status = run(args, System.in, out, System.err);
    } catch (OutOfMemoryError e) {
      // A page that does not fit is failed where it is read; this is the run itself (its queue,
      // an index of very many reports) outgrowing the heap. One line, not a JVM stack trace.
      out.flush();
      System.err.println("winnow: out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MB heap): give Java more with -Xmx, or fewer --jobs");
      status = EXIT_FAILED;
    }
    out.flush();
    System.exit(status);
  }

  /**
   * Runs the command line in-process.
   *
   * @return the exit status: 0, 1 when some inputs failed, 2 for a usage error
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine cmd = new CommandLine(new Main(in, out, err));
    cmd.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(err, true));
    cmd.setExecutionExceptionHandler((e, c, parsed) -> {
      // call() catches per input; this is the last line of defence against a stack trace.
      err.println("winnow: " + Reasons.of(e));
      return EXIT_FAILED;
    });
    int status = cmd.execute(args);
    cmd.getOut().flush();
    cmd.getErr().flush();
    return status;
  }

  @Override
  public Integer call() {
    checkUsage();
    Reporter reporter = new Reporter(stderr);
    Pipeline built = pipeline.build();
    // One byte past the limit, so the library sees there was more, cuts there and says truncated.
    int maxBytes = built.limits().maxInputChars() == Integer.MAX_VALUE ? Integer.MAX_VALUE - 8
        : built.limits().maxInputChars() + 1;
    InputStream in = stdin;
    if (warmup > 0 && inputs.contains(InputLoader.STDIN)) {
      // Every pass reads the inputs anew; standard input can be read only once, so it is kept.
      try {
        in = new ByteArrayInputStream(stdin.readNBytes(maxBytes));
      } catch (IOException e) {
        reporter.fail(InputLoader.STDIN, "cannot read standard input: " + Reasons.io(e));
        in = InputStream.nullInputStream();
      }
    }
    InputLoader loader = new InputLoader(in, inputMode.kind(), maxBytes, reporter);
    // Only what the sinks must know before the first page: whether there are several inputs, and
    // for a progress bar their size. The inputs themselves are found as they are read.
    boolean bar = Progress.shows(stderr, !quiet);
    InputLoader.Survey survey = InputLoader.survey(inputs, out, bar);
    InputWalk.Inputs inputFiles = new InputWalk.Inputs(inputs);
    ResultSink sink;
    DirectorySink directory = null;
    if (out != null) {
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        reporter.fail(out.toString(), "cannot create output directory: " + Reasons.io(e));
        return EXIT_FAILED;
      }
      directory = new DirectorySink(out, format, inputFiles);
      sink = directory;
    } else {
      boolean several = survey.several() || survey.warc();
      if (format == Format.HTML && several) {
        // Reports one after the other on standard output would make one broken page.
        stderr.println("winnow: --format html writes a page per input: give --out DIR for several inputs");
        return EXIT_USAGE;
      }
      sink = new StdoutSink(stdout, format, several);
    }
    Predicate<InputLoader.Found> done = resume && directory != null ? directory::isDone : f -> false;
    long total = survey.bytes();
    if (warmup > 0) {
      warmUp(built, done, in, maxBytes, inputFiles, reporter);
    }
    Progress progress = Progress.of(stderr, !quiet, total);
    Batch batch = new Batch(built, format, explain, debug, jobs, sink, reporter, stderr, progress);
    Stats measured = batch.run(s -> loader.feed(inputs, out, done, s));
    try {
      sink.flush();
    } catch (IOException e) {
      reporter.fail(Reasons.io(e));
    }
    if (stats) {
      stderr.println(measured.line());
    }
    stderr.println(progress.finish(batch.pages(), reporter.skipped(), reporter.failures()));
    stderr.flush();
    return reporter.failures() == 0 ? 0 : EXIT_FAILED;
  }

  /**
   * Runs every input through the whole program {@code warmup} times, untimed: processed, rendered
   * and written to a sink of the same kind as the real one whose output is thrown away (for
   * {@code --out}, a hidden scratch directory under it, deleted after). Warming the writing code
   * too matters: when only the pipeline was warmed, the first writes of the counted pass loaded
   * and compiled the whole file-writing path while the pipeline was being timed.
   */
  private void warmUp(Pipeline built, Predicate<InputLoader.Found> done, InputStream in, int maxBytes,
      InputWalk.Inputs inputFiles, Reporter reporter) {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    // Silent: the counted pass reports whatever fails.
    Reporter silent = new Reporter(nowhere);
    InputLoader loader = new InputLoader(in, inputMode.kind(), maxBytes, silent);
    Path scratch = null;
    try {
      if (out != null) {
        scratch = Files.createTempDirectory(out, ".winnow-warmup-");
      }
      for (int pass = 0; pass < warmup; pass++) {
        // A sink per pass: a directory sink refuses to write the same target twice in one run.
        ResultSink sink = scratch != null ? new DirectorySink(scratch, format, inputFiles)
            : new StdoutSink(nowhere, format, true);
        new Batch(built, format, explain, debug, jobs, sink, silent, nowhere, Progress.none())
            .run(s -> loader.feed(inputs, out, done, s));
      }
    } catch (IOException e) {
      reporter.fail(String.valueOf(out), "cannot make a scratch directory for --warmup: " + Reasons.io(e));
    } finally {
      if (scratch != null) {
        deleteTree(scratch);
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Hidden and harmless if left; nothing to report.
    }
  }

  /** Rejects what picocli cannot: combinations and values that make no sense. */
  private void checkUsage() {
    CommandLine cl = java.util.Objects.requireNonNull(spec, "spec").commandLine();
    if (warmup < 0) {
      throw new ParameterException(cl, "--warmup must be 0 or more, was " + warmup);
    }
    if (jobs < 1) {
      throw new ParameterException(cl, "--jobs must be 1 or more, was " + jobs);
    }
    if (resume && out == null) {
      throw new ParameterException(cl, "--resume needs --out: only files can be found again");
    }
    if (Collections.frequency(inputs, InputLoader.STDIN) > 1) {
      throw new ParameterException(cl, "standard input (-) can be read only once");
    }
    if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
      throw new ParameterException(cl, "--out " + out + " exists and is not a directory");
    }
  }
}
