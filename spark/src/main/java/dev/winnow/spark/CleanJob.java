package dev.winnow.spark;

import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.cli.WarcPages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The job: pages in, one row per page out, with the command line's fields. Input is WARC files
 * (paths or globs on any Hadoop file system, each file read whole by one task, record by record)
 * or tables of pages ({@code .jsonl}, {@code .json} or {@code .parquet}, with a {@code url} column
 * and an {@code html} or {@code text} column). Each executor builds the pipeline once
 * ({@link ExecutorPipeline}). Stateless.
 */
final class CleanJob {
  private CleanJob() {}

  /** What one run did. */
  record Summary(long pages, long failed) {}

  static Summary run(SparkSession spark, List<String> inputs, String output, String format) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LongAccumulator pages = jsc.sc().longAccumulator("winnow.pages");
    CollectionAccumulator<String> problems = jsc.sc().collectionAccumulator("winnow.problems");
    List<String> warcs = new ArrayList<>();
    List<String> tables = new ArrayList<>();
    for (String in : inputs) {
      (isTable(in) ? tables : warcs).add(in);
    }
    Dataset<String> lines = null;
    if (!warcs.isEmpty()) {
      JavaRDD<String> fromWarcs = jsc.binaryFiles(String.join(",", warcs), jsc.defaultParallelism())
          .flatMap((Tuple2<String, PortableDataStream> file) -> new WarcLines(file._2().open(), file._1(),
              ExecutorPipeline.get(), problems::add, () -> pages.add(1)));
      lines = spark.createDataset(fromWarcs.rdd(), Encoders.STRING());
    }
    for (String table : tables) {
      Dataset<Row> rows = table.toLowerCase(Locale.ROOT).endsWith(".parquet")
          ? spark.read().parquet(table) : spark.read().json(table);
      Dataset<String> more = tableLines(rows, table, pages, problems);
      lines = lines == null ? more : lines.union(more);
    }
    if (lines == null) {
      throw new IllegalArgumentException("no input");
    }
    Dataset<Row> rows = spark.read().schema(Rows.SCHEMA).json(lines);
    if (format.equals("parquet")) {
      rows.write().mode(SaveMode.ErrorIfExists).parquet(output);
    } else {
      // Nulls are written, as the command line writes them.
      rows.write().mode(SaveMode.ErrorIfExists).option("ignoreNullFields", "false").json(output);
    }
    for (String p : problems.value()) {
      System.err.println("winnow-spark: " + p);
    }
    return new Summary(pages.value(), problems.value().size());
  }

  private static Dataset<String> tableLines(Dataset<Row> rows, String table, LongAccumulator pages,
      CollectionAccumulator<String> problems) {
    List<String> columns = Arrays.asList(rows.columns());
    if (!columns.contains("url") || !(columns.contains("html") || columns.contains("text"))) {
      throw new IllegalArgumentException(table + ": a table needs a url column and an html or text column, has "
          + columns);
    }
    boolean html = columns.contains("html");
    Dataset<Row> pagesOnly = rows.select("url", html ? "html" : "text");
    return pagesOnly.mapPartitions((Iterator<Row> it) -> {
      Pipeline pipeline = ExecutorPipeline.get();
      List<String> out = new ArrayList<>();
      while (it.hasNext()) {
        Row r = it.next();
        String url = r.isNullAt(0) ? "" : r.getString(0);
        if (r.isNullAt(1)) {
          problems.add(url + ": no " + (html ? "html" : "text"));
          continue;
        }
        Input input = (html ? Input.html(r.getString(1)) : Input.text(r.getString(1))).named(url);
        try {
          out.add(WarcPages.jsonLine(pipeline, new WarcPages.Page(input, null, null)));
          pages.add(1);
        } catch (RuntimeException e) {
          problems.add(url + ": " + e);
        }
      }
      return out.iterator();
    }, Encoders.STRING());
  }

  static boolean isTable(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".jsonl") || p.endsWith(".json") || p.endsWith(".parquet");
  }
}
