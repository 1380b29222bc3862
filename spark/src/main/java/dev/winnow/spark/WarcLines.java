package dev.winnow.spark;

import dev.winnow.Pipeline;
import dev.winnow.cli.WarcPages;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The JSON lines of one WARC file, as the command line writes them, produced as they are read: a
 * thread reads and cleans the pages and hands the lines over a short queue, so a task holds a few
 * pages at a time however big the file is. Problems (an unreadable record, a binary payload) go to
 * {@code problems} and the file goes on. Not thread-safe; one per file.
 */
final class WarcLines implements Iterator<String> {
  private static final String END = new String("end"); // compared by identity

  private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(16);
  private final Thread reader;
  private String next;

  WarcLines(InputStream in, String name, Pipeline pipeline, Consumer<String> problems, Runnable onPage) {
    reader = new Thread(() -> {
      try (in) {
        WarcPages.read(in, name, pipeline, page -> {
          String line;
          try {
            line = WarcPages.jsonLine(pipeline, page);
          } catch (RuntimeException | StackOverflowError e) { // InputException among them {
            problems.accept(page.input().name() + ": " + e);
            return;
          }
          onPage.run();
          put(line);
        }, problems);
      } catch (IOException e) {
        problems.accept(name + ": " + e);
      } finally {
        put(END);
      }
    }, "winnow-warc-" + name);
    reader.setDaemon(true);
    reader.start();
  }

  private void put(String line) {
    try {
      queue.put(line);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        reader.interrupt();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return next != END;
  }

  @Override
  public String next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    String line = next;
    next = null;
    return line;
  }
}
