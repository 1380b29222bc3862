package dev.winnow.cli;

import dev.winnow.output.Format;
import dev.winnow.output.ReportIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Writes results under the {@code --out} directory. A file input's result goes to a file of its
 * own: the input's {@linkplain LoadedInput#relative() relative path} with its last extension
 * replaced by the format's ({@code page.txt} to {@code page.json}). A WARC file's pages all go to
 * one file, one line (JSON) or one {@code ==> url <==} section (text, Markdown) a page:
 * {@code crawl.warc.gz} to {@code crawl.jsonl}; but an HTML report is a page of its own, so with
 * {@link Format#HTML} each of a WARC file's pages gets a file in a folder named after it
 * ({@code crawl/00001.html}, numbered in record order), and the run ends with {@code index.html},
 * a table of every report it wrote (see {@link ReportIndex}). Never replaces an input file, nor
 * the output of an earlier input of the same run; every file is written atomically (see {@link AtomicFiles}), so a
 * file that exists is whole, which is what {@code --resume} relies on.
 *
 * <p>What it keeps does not grow with the number of pages (but for the index rows of HTML
 * reports): an input is told by the arguments' paths ({@link InputWalk.Inputs}), and a target this
 * run wrote already by its time of modification, after the run's first write by the file
 * system's own clock, read from a scratch file made then (see {@link #runStart}). Not thread-safe; one per run.
 */
final class DirectorySink implements ResultSink {
  /** The file name of the index of a run's HTML reports. */
  static final String INDEX = "index.html";

  private final Path dir;
  private final Format format;
  private final String extension;
  private final InputWalk.Inputs inputs;
  /** The file system's time when this run first claimed a target; null before. */
  private @Nullable FileTime runStart;
  /** Whether the file system's clock was seen to move past {@link #runStart} before the first write. */
  private boolean startTickPassed;
  private final Map<Path, AtomicFiles.Pending> open = new HashMap<>();
  /** With {@link Format#HTML}: per WARC file, how many of its pages have a report so far. */
  private final Map<Path, Integer> warcReports = new HashMap<>();
  /** With {@link Format#HTML}: the index's rows, in the order the reports were written. */
  private final List<ReportIndex.Row> rows = new ArrayList<>();
  /** Where the last report went, for its index row. */
  private @Nullable Path lastReport;

  /**
   * @param inputs the inputs of the run, whose files are never replaced
   */
  DirectorySink(Path dir, Format format, InputWalk.Inputs inputs) {
    this.dir = dir;
    this.format = format;
    this.extension = format.extension();
    this.inputs = inputs;
  }

  /** Where the result for an input at this relative path goes. */
  Path target(Path relative) {
    return dir.resolve(withExtension(relative, extension));
  }

  /** Where the results of the WARC file at this relative path go: one file for all its pages. */
  Path warcTarget(Path relative) {
    String name = String.valueOf(relative.getFileName());
    String lower = name.toLowerCase(Locale.ROOT);
    int cut = lower.endsWith(".warc.gz") ? name.length() - ".warc.gz".length()
        : lower.endsWith(".warc") ? name.length() - ".warc".length() : name.length();
    String ext = format == Format.JSON ? "jsonl" : extension;
    return dir.resolve(relative.resolveSibling(name.substring(0, cut) + "." + ext));
  }

  /**
   * Whether this input's output is already there and newer than the input: {@code --resume} skips
   * it. Outputs are only ever moved into place whole, so one that exists is complete.
   */
  boolean isDone(InputLoader.Found found) {
    Path file = found.file();
    if (file == null) {
      return false; // standard input may hold anything this time
    }
    Path target = found.isWarc() ? warcTarget(found.relative()) : target(found.relative());
    try {
      FileTime out = Files.getLastModifiedTime(target);
      return out.compareTo(Files.getLastModifiedTime(file)) >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Where the index of the run's HTML reports goes. */
  Path indexTarget() {
    return dir.resolve(INDEX);
  }

  @Override
  public void write(LoadedInput input, String rendered) throws IOException {
    lastReport = null;
    if (input.warc() != null && format != Format.HTML) {
      appendToWarcOutput(input, rendered);
      return;
    }
    Path target = input.warc() != null ? warcReport(input.relative()) : target(input.relative());
    claim(target, input.name());
    try {
      Path parent = target.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      AtomicFiles.write(target, rendered.getBytes(StandardCharsets.UTF_8));
      lastReport = target;
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + Reasons.io(e), e);
    }
  }

  /** The next report of a WARC file's pages: {@code crawl.warc.gz}'s third is {@code crawl/00003.html}. */
  private Path warcReport(Path relative) {
    Path folder = warcTarget(relative);
    String name = String.valueOf(folder.getFileName());
    folder = folder.resolveSibling(name.substring(0, name.length() - extension.length() - 1));
    int n = warcReports.merge(folder, 1, Integer::sum);
    return folder.resolve(String.format(Locale.ROOT, "%05d.%s", n, extension));
  }

  @Override
  public void indexed(LoadedInput input, ReportIndex.Row row) {
    Path report = lastReport;
    if (report == null) {
      return;
    }
    StringJoiner href = new StringJoiner("/");
    dir.relativize(report).forEach(p -> href.add(p.toString()));
    rows.add(new ReportIndex.Row(input.name(), href.toString(), row.page(), row.headline(), row.kept(),
        row.removed(), row.topFilters(), row.keptShare()));
  }

  /** Writes the index of the run's HTML reports, when it wrote some. */
  @Override
  public void flush() throws IOException {
    if (format != Format.HTML || rows.isEmpty()) {
      return;
    }
    Path target = indexTarget();
    try {
      claim(target, "the index of the reports");
    } catch (IOException e) {
      throw new IOException("no index of the reports: " + e.getMessage(), e);
    }
    String title = String.valueOf(dir.toAbsolutePath().normalize().getFileName());
    try {
      AtomicFiles.write(target, ReportIndex.write(title, rows).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + Reasons.io(e), e);
    }
  }

  @Override
  public void endWarc(Path relative) throws IOException {
    if (format == Format.HTML) {
      return; // its pages' reports are files of their own, each written whole already
    }
    Path target = warcTarget(relative);
    AtomicFiles.Pending pending = open.remove(target);
    try {
      if (pending == null) {
        // A WARC file with no page still gets its (empty) output, so --resume knows it is done.
        claim(target, relative.toString());
        pending = start(target);
      }
      pending.commit();
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + Reasons.io(e), e);
    }
  }

  private void appendToWarcOutput(LoadedInput input, String rendered) throws IOException {
    Path target = warcTarget(input.relative());
    AtomicFiles.Pending pending = open.get(target);
    try {
      if (pending == null) {
        claim(target, input.relative().toString());
        pending = start(target);
        open.put(target, pending);
      }
      StringBuilder sb = new StringBuilder(rendered.length() + 64);
      if (format != Format.JSON) {
        sb.append("==> ").append(input.name()).append(" <==\n");
      }
      sb.append(rendered);
      if (!rendered.endsWith("\n")) {
        sb.append('\n');
      }
      pending.append(sb.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + Reasons.io(e), e);
    }
  }

  private AtomicFiles.Pending start(Path target) throws IOException {
    Path parent = target.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return AtomicFiles.start(target);
  }

  /** Refuses a target that holds an input, or the result of an earlier input of this run. */
  private void claim(Path target, String input) throws IOException {
    FileTime start = runStart();
    if (open.containsKey(target)) {
      throw new IOException("refusing to write " + target + ": it holds the result of an earlier input of this run");
    }
    FileTime modified;
    try {
      modified = Files.getLastModifiedTime(target);
    } catch (NoSuchFileException e) {
      return;
    }
    // Real paths, so that a link or a "dir/../dir" spelling cannot sneak past the check.
    if (inputs.contains(target.toRealPath())) {
      throw new IOException("refusing to overwrite input file " + target);
    }
    if (modified.compareTo(start) > 0 || modified.equals(start) && !startTickPassed) {
      throw new IOException("refusing to write " + target + ": it holds the result of an earlier input of this run");
    }
  }

  /**
   * When this run began writing, by the clock that stamps the files it writes: the time of a
   * scratch file made at the first claim, and deleted. The file system's clock moves in ticks (a
   * few milliseconds on most, a second or two on some), and an earlier run that ended within the
   * tick this one starts in stamps its files with the same time. So the first claim waits, up to
   * {@link #TICK_WAIT_MILLIS}, for the scratch file's time to move on: from then on a file stamped
   * after the start was written by this run, and one stamped at it or before by an earlier one.
   * Where the tick is longer than the wait, a file stamped at the start counts as this run's, and
   * an earlier run's in the same tick is refused rather than replaced.
   */
  private FileTime runStart() throws IOException {
    FileTime start = runStart;
    if (start == null) {
      Files.createDirectories(dir);
      Path scratch = Files.createTempFile(dir, ".winnow-run-", ".tmp");
      try {
        start = Files.getLastModifiedTime(scratch);
        long deadline = System.nanoTime() + TICK_WAIT_MILLIS * 1_000_000L;
        while (!startTickPassed && System.nanoTime() < deadline) {
          Thread.sleep(1);
          Files.write(scratch, new byte[0]);
          startTickPassed = Files.getLastModifiedTime(scratch).compareTo(start) > 0;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        Files.deleteIfExists(scratch);
      }
      runStart = start;
    }
    return start;
  }

  /** How long the first claim waits for the file system's clock to tick past the run's start. */
  static final long TICK_WAIT_MILLIS = 50;

  /** The path with the last extension of its file name replaced (or, if it has none, added). */
  static Path withExtension(Path relative, String extension) {
    String name = String.valueOf(relative.getFileName());
    int dot = name.lastIndexOf('.');
    // A leading dot starts a hidden name, not an extension.
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return relative.resolveSibling(stem + "." + extension);
  }
}
