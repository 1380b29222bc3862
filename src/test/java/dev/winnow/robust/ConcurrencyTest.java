package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.InputException;
import dev.winnow.Pipeline;
import dev.winnow.output.Format;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One pipeline shared by many threads gives, byte for byte, what one thread gives, whatever the
 * order the pages come in: no state leaks between pages or threads. Runs over every page under
 * testdata/ and, when ../shared/bench is there, the benchmark's dev pages (HTML and text).
 */
class ConcurrencyTest {
  static final int THREADS = 8;

  private static List<Corpus.Page> pages;
  /** Each page's JSON (with the explain trail) from one thread, processing pages in order. */
  private static Map<String, String> expected;

  @BeforeAll
  static void processOnOneThread() {
    pages = Corpus.pages();
    Pipeline news = Pipeline.news();
    expected = new LinkedHashMap<>();
    for (Corpus.Page p : pages) {
      expected.put(p.name(), json(news, p));
    }
  }

  /** The page's JSON, or the InputException's message: both must be the same every time. */
  static String json(Pipeline pipeline, Corpus.Page page) {
    try {
      return Format.JSON.write(pipeline.process(page.input()), true);
    } catch (InputException e) {
      return "InputException: " + e.getMessage();
    }
  }

  @Test
  void thereArePages() {
    assertThat(pages).isNotEmpty();
  }

  @Test
  void eightThreadsSharingOnePipelineGiveWhatOneThreadGives() throws Exception {
    Pipeline shared = Pipeline.news();
    List<Corpus.Page> work = new ArrayList<>(pages);
    work.addAll(pages);
    Collections.shuffle(work, new Random(42));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger next = new AtomicInteger();
    Map<String, String> differing = new ConcurrentHashMap<>();
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          for (int i; (i = next.getAndIncrement()) < work.size(); ) {
            Corpus.Page p = work.get(i);
            String got = json(shared, p);
            if (!got.equals(expected.get(p.name()))) {
              differing.put(p.name(), got);
            }
            done.incrementAndGet();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(done.get()).isEqualTo(work.size());
    assertThat(differing.keySet()).as("pages whose result differs from the single-threaded one").isEmpty();
  }

  @Test
  void aResultNeverDependsOnWhatWasProcessedBefore() {
    Pipeline news = Pipeline.news();
    int n = Math.min(pages.size(), 40);
    for (int i = 0; i < n; i++) {
      Corpus.Page a = pages.get(i);
      Corpus.Page b = pages.get(pages.size() - 1 - i);
      String first = json(news, a);
      json(news, b);
      assertThat(json(news, a)).as("%s after %s", a.name(), b.name()).isEqualTo(first).isEqualTo(expected.get(a.name()));
    }
  }

  @Test
  void twoPipelinesBuiltAlikeGiveTheSameResults() {
    Pipeline other = Pipeline.news();
    int n = Math.min(pages.size(), 40);
    for (int i = 0; i < n; i++) {
      Corpus.Page p = pages.get(i);
      assertThat(json(other, p)).as(p.name()).isEqualTo(expected.get(p.name()));
    }
  }
}
