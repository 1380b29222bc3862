package dev.winnow.cli;

import dev.winnow.cli.InputLoader.Found;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The inputs that the INPUT arguments name, found one at a time as they are asked for: a file is
 * itself, a directory every regular file below it, {@code -} standard input. A walk holds the
 * listing of each directory on its current path, never the whole tree, so a folder of ten million
 * pages costs what its largest directory costs, and the first page is cleaned before the last
 * directory is listed.
 *
 * <p>Below a directory, hidden names ({@code .} first), symbolic links and the output directory
 * are skipped; the directory itself is followed if it is a link, as the user named it. Files come in the order of
 * their paths below the directory sorted as a whole (byte by byte, as {@link Path#compareTo}):
 * each directory's entries are sorted with a directory's name read as if it ended in {@code /},
 * which puts a depth-first walk in exactly that order ({@code a-b/x}, {@code a.txt}, {@code a/x}).
 *
 * <p>What cannot be read is reported when the walk reaches it, and the walk goes on. Not
 * thread-safe; iterate a walk once.
 */
final class InputWalk implements Iterator<Found> {
  private final Iterator<String> args;
  private final Reporter reporter;
  /** The real path of the output directory, never walked for inputs; null for none. */
  private final @Nullable Path output;
  private final Deque<Listing> path = new ArrayDeque<>();
  private @Nullable Found next;

  /** The directory argument being walked, with what its walk has found so far. */
  private @Nullable String rootArg;
  private @Nullable Path root;
  private int rootFiles;
  private int rootSkipped;
  private int failuresBefore;

  /**
   * @param output the output directory, whose files a walk never takes for inputs (it would find
   *     the results of the inputs before it, as it lists a directory only when it gets there), or
   *     null
   */
  InputWalk(List<String> args, @Nullable Path output, Reporter reporter) {
    this.args = List.copyOf(args).iterator();
    this.reporter = reporter;
    this.output = output == null ? null : realOrAbsolute(output);
  }

  private static Path realOrAbsolute(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | RuntimeException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null && advance()) {
      // each step finds an input, or reports one that failed, or moves on to the next argument
    }
    return next != null;
  }

  @Override
  public Found next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Found f = next;
    next = null;
    return f;
  }

  /** One step of the walk; false when there is nothing left. */
  private boolean advance() {
    Listing listing = path.peek();
    if (listing != null) {
      if (listing.at == listing.entries.size()) {
        path.pop();
        if (path.isEmpty()) {
          endRoot();
        }
        return true;
      }
      Entry e = listing.entries.get(listing.at++);
      if (e.directory) {
        if (output != null && realOrAbsolute(root.resolve(e.relative)).equals(output)) {
          rootSkipped++;
        } else {
          list(e.relative);
        }
      } else {
        rootFiles++;
        Path file = root.resolve(e.relative);
        next = new Found(file.toString(), e.relative, file, e.size);
      }
      return true;
    }
    if (!args.hasNext()) {
      return false;
    }
    String arg = args.next();
    if (arg.equals(InputLoader.STDIN)) {
      next = new Found(InputLoader.STDIN, InputLoader.STDIN_RELATIVE, null, 0);
      return true;
    }
    Path p;
    try {
      p = Path.of(arg);
    } catch (InvalidPathException e) {
      reporter.fail(arg, "invalid path: " + Reasons.oneLine(e.getReason()));
      return true;
    }
    if (Files.isDirectory(p)) {
      rootArg = arg;
      root = p;
      rootFiles = 0;
      rootSkipped = 0;
      failuresBefore = reporter.failures();
      list(Path.of(""));
    } else {
      Path name = p.getFileName();
      next = file(arg, p, name == null ? p : name);
    }
    return true;
  }

  /** A file the user named: itself, when it is one. */
  private @Nullable Found file(String name, Path file, Path relative) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (attrs.isDirectory()) {
        throw new IOException("is a directory");
      }
      return new Found(name, relative, file, attrs.size());
    } catch (IOException e) {
      reporter.fail(name, Reasons.io(e));
    } catch (RuntimeException e) {
      reporter.fail(name, Reasons.of(e));
    }
    return null;
  }

  /** Lists one directory below the root and puts it on the path; reports one that cannot be read. */
  private void list(Path relative) {
    Path dir = root.resolve(relative);
    List<Entry> entries = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
      for (Path child : children) {
        Path name = child.getFileName();
        if (name.toString().startsWith(".")) {
          rootSkipped++;
          continue;
        }
        BasicFileAttributes attrs;
        try {
          attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          reporter.fail(child.toString(), Reasons.io(e));
          continue;
        }
        if (attrs.isDirectory()) {
          entries.add(new Entry(relative.resolve(name), name, true, 0));
        } else if (attrs.isRegularFile()) {
          entries.add(new Entry(relative.resolve(name), name, false, attrs.size()));
        } else {
          rootSkipped++; // a link, a device, a pipe
        }
      }
    } catch (IOException | RuntimeException e) {
      reporter.fail(dir.toString(), e instanceof IOException io ? Reasons.io(io) : Reasons.of(e));
    }
    entries.sort(InputWalk::inPathOrder);
    path.push(new Listing(entries));
  }

  /** The end of a directory argument's walk: one that gave nothing, and failed nowhere, says so. */
  private void endRoot() {
    if (rootFiles == 0 && reporter.failures() == failuresBefore) {
      reporter.fail(rootArg, "no files in directory" + (rootSkipped > 0 ? " (hidden files and links are skipped)" : ""));
    }
    root = null;
    rootArg = null;
  }

  /**
   * The order of two entries of one directory that puts their paths, and everything below a
   * directory, in the order of the whole paths: a directory's name reads as if it ended in
   * {@code /}. That differs from comparing the names only where a directory's name starts the
   * other name: the directory {@code a} goes after {@code a.txt} and {@code a-b} ({@code .} and
   * {@code -} sort before {@code /}) and before {@code a0}.
   */
  static int inPathOrder(Entry x, Entry y) {
    int c = x.name.compareTo(y.name);
    String a = x.name.toString();
    String b = y.name.toString();
    Entry shorter = a.length() < b.length() ? x : y;
    String longer = a.length() < b.length() ? b : a;
    String prefix = shorter.name.toString();
    if (!shorter.directory || !longer.startsWith(prefix)) {
      return c;
    }
    // The shorter, a directory, sorts as "prefix/" against "prefix" + the longer's next char.
    boolean directoryFirst = longer.charAt(prefix.length()) > '/';
    return (shorter == x) == directoryFirst ? -1 : 1;
  }

  /**
   * Whether a file is one of the inputs the arguments name, by its real path: a file argument, or
   * a file below a directory argument that a walk would reach (no hidden name on the way). Holds
   * the arguments' real paths only, however many files the directories hold.
   */
  static final class Inputs {
    private final List<Path> files = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();

    Inputs(List<String> args) {
      for (String arg : args) {
        try {
          Path real = Path.of(arg).toRealPath();
          (Files.isDirectory(real) ? directories : files).add(real);
        } catch (IOException | RuntimeException e) {
          // not there, or not a path: no file can be it (the walk reports it)
        }
      }
    }

    /** Whether the file at this real path is an input. */
    boolean contains(Path real) {
      if (files.contains(real)) {
        return true;
      }
      for (Path dir : directories) {
        if (real.startsWith(dir) && !real.equals(dir)) {
          boolean hidden = false;
          for (Path name : dir.relativize(real)) {
            hidden |= name.toString().startsWith(".");
          }
          if (!hidden) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** A directory's entry: its path below the root, its name, and whether it is a directory. */
  record Entry(Path relative, Path name, boolean directory, long size) {}

  /** A directory on the walk's path: its entries, sorted, and how many of them are walked. */
  private static final class Listing {
    final List<Entry> entries;
    int at;

    Listing(List<Entry> entries) {
      this.entries = entries;
    }
  }
}
