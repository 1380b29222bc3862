package dev.winnow.cli;

import dev.winnow.output.Format;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
          + "links below it are skipped), or - for standard input."
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
      description = "text, markdown or json (default: ${DEFAULT-VALUE}). JSON is one object a line.")
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
          + "replaced (a directory's layout is kept; standard input becomes stdin.<ext>). "
          + "Default: standard output."})
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
    int status = run(args, System.in, out, System.err);
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
    InputLoader loader = new InputLoader(stdin, inputMode.kind(), reporter);
    // Everything is read before anything is processed, so that --stats times processing alone.
    List<LoadedInput> loaded = loader.load(inputs);
    ResultSink sink;
    if (out != null) {
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        reporter.fail(out.toString(), "cannot create output directory: " + Reasons.io(e));
        return EXIT_FAILED;
      }
      sink = new DirectorySink(out, format, loader.realPaths());
    } else {
      sink = new StdoutSink(stdout, format, loader.found() > 1);
    }
    Batch batch = new Batch(pipeline.build(), format, explain, debug, sink, reporter, stderr);
    Stats measured = batch.run(loaded, warmup);
    if (stats) {
      stderr.println(measured.line());
      stderr.flush();
    }
    return reporter.failures() == 0 ? 0 : EXIT_FAILED;
  }

  /** Rejects what picocli cannot: combinations and values that make no sense. */
  private void checkUsage() {
    CommandLine cl = java.util.Objects.requireNonNull(spec, "spec").commandLine();
    if (warmup < 0) {
      throw new ParameterException(cl, "--warmup must be 0 or more, was " + warmup);
    }
    if (Collections.frequency(inputs, InputLoader.STDIN) > 1) {
      throw new ParameterException(cl, "standard input (-) can be read only once");
    }
    if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
      throw new ParameterException(cl, "--out " + out + " exists and is not a directory");
    }
  }
}
