package dev.winnow.cli;

import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.output.Format;
import dev.winnow.output.ReportIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One run over a stream of inputs, on {@code jobs} worker threads. A reading thread reads the
 * inputs one at a time and hands each to a worker; the calling thread takes the results in input
 * order and writes them. The queue between them holds at most {@code 2 * jobs} inputs, so memory
 * depends on the number of workers and the largest page, never on how many pages there are; and
 * the output is the same, byte for byte, whatever the number of workers.
 *
 * <p>Whatever goes wrong with one input (an {@link dev.winnow.InputException}, a bug, even a stack
 * overflow or an out-of-memory error) is reported in one line and the run goes on. Not
 * thread-safe; one per run.
 */
final class Batch {
  /** Reads the inputs and hands on their pages in input order, blocking while the queue is full. */
  interface Producer {
    void feed(Fed.Sink sink) throws InterruptedException;
  }

  /** What the writing thread gets back for one step of the stream. */
  private record Done(Fed fed, @Nullable String rendered, @Nullable String debug, long nanos,
      @Nullable String failure, ReportIndex.@Nullable Row row) {
    Done(Fed fed, @Nullable String rendered, @Nullable String debug, long nanos, @Nullable String failure) {
      this(fed, rendered, debug, nanos, failure, null);
    }
  }

  private static final Done END = new Done(Fed.skipped(0), null, null, 0, null);

  private final Pipeline pipeline;
  private final Format format;
  private final boolean explain;
  private final boolean debug;
  private final int jobs;
  private final ResultSink sink;
  private final Reporter reporter;
  private final PrintStream err;
  private final Progress progress;
  private long pages;

  Batch(Pipeline pipeline, Format format, boolean explain, boolean debug, int jobs, ResultSink sink,
      Reporter reporter, PrintStream err, Progress progress) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
    }
    this.pipeline = pipeline;
    this.format = format;
    this.explain = explain;
    this.debug = debug;
    this.jobs = jobs;
    this.sink = sink;
    this.reporter = reporter;
    this.err = err;
    this.progress = progress;
  }

  /** Processes and writes every input the producer hands on; returns the pipeline's throughput. */
  Stats run(Producer producer) {
    Stats stats = new Stats();
    pass(producer, stats);
    return stats;
  }

  /** Pages processed and written by {@link #run}. */
  long pages() {
    return pages;
  }

  private void pass(Producer producer, Stats stats) {
    ExecutorService workers = Executors.newFixedThreadPool(jobs, daemons("winnow-worker-"));
    // Futures in input order: the writer waits on each in turn, so order never depends on timing.
    BlockingQueue<Future<Done>> queue = new ArrayBlockingQueue<>(2 * jobs);
    Thread reader = daemons("winnow-reader-").newThread(() -> {
      try {
        producer.feed(fed -> queue.put(fed.page() == null
            ? CompletableFuture.completedFuture(new Done(fed, null, null, 0, null))
            : workers.submit(() -> process(fed))));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Throwable t) { // NOPMD: the writer must still get its END, whatever happened
        if (!workers.isShutdown()) { // else the writer stopped first, and says why itself
          reporter.fail("cannot read inputs: " + Reasons.of(t));
        }
      } finally {
        putUninterruptibly(queue, CompletableFuture.completedFuture(END));
      }
    });
    reader.start();
    try {
      while (true) {
        Done done = take(queue);
        if (done == END) {
          break;
        }
        write(done, stats);
      }
    } finally {
      workers.shutdownNow();
      reader.interrupt();
      try {
        // If the writer stopped early, the reader may be blocked on a full queue (its last put,
        // END, is uninterruptible): empty the queue until it is gone.
        while (reader.isAlive()) {
          queue.clear();
          reader.join(100);
        }
        workers.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Done process(Fed fed) {
    LoadedInput input = java.util.Objects.requireNonNull(fed.page());
    String stage = "";
    try {
      long start = System.nanoTime();
      Result result = pipeline.process(input.input());
      long nanos = System.nanoTime() - start;
      stage = "cannot render result: ";
      String debugView = debug ? DebugView.render(result) : null;
      String rendered = format.write(result, explain);
      WarcOrigin warc = input.warc();
      if (warc != null && format == Format.JSON) {
        rendered = WarcJson.withOrigin(rendered, warc);
      }
      // The index of HTML reports needs a few figures of each page; the sink knows where its report went.
      ReportIndex.Row row = format == Format.HTML ? ReportIndex.Row.of(result, "") : null;
      return new Done(fed, rendered, debugView, nanos, null, row);
    } catch (Throwable t) { // NOPMD: one input must never stop the others, whatever it throws
      return new Done(fed, null, null, 0, stage + Reasons.of(t));
    }
  }

  private void write(Done done, Stats stats) {
    Fed fed = done.fed();
    progress.read(fed.bytesRead());
    LoadedInput input = fed.page();
    Path warcEnd = fed.warcEnd();
    if (input != null) {
      if (done.failure() != null) {
        reporter.fail(input.name(), done.failure());
      } else {
        stats.add(input.size(), done.nanos());
        if (done.debug() != null) {
          synchronized (err) {
            err.print(done.debug());
            err.flush();
          }
        }
        try {
          sink.write(input, java.util.Objects.requireNonNull(done.rendered()));
          pages++;
          ReportIndex.Row row = done.row();
          if (row != null) {
            sink.indexed(input, row);
          }
        } catch (Throwable t) { // NOPMD: a sink failure is this input's, not the run's
          reporter.fail(input.name(), Reasons.of(t));
        }
      }
      progress.page(input.size());
    } else if (warcEnd != null) {
      try {
        sink.endWarc(warcEnd);
      } catch (IOException e) {
        reporter.fail(warcEnd.toString(), Reasons.io(e));
      } catch (Throwable t) { // NOPMD: as for a page, the run goes on
        reporter.fail(warcEnd.toString(), Reasons.of(t));
      }
    }
  }

  /** The next result in input order, waiting for it; never gives up a future it has taken. */
  private static Done take(BlockingQueue<Future<Done>> queue) {
    boolean interrupted = false;
    try {
      Future<Done> next;
      while (true) {
        try {
          next = queue.take();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      while (true) {
        try {
          return next.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          // process() catches everything; only a task rejected at shutdown could land here.
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static <T> void putUninterruptibly(BlockingQueue<T> queue, T item) {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(item);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
