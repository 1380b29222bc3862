package dev.winnow.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Runs Winnow on Spark:
 *
 * <pre>{@code
 * java -jar spark/target/winnow-spark-<version>.jar --input crawl/*.warc.gz --output clean/
 * spark-submit --master yarn spark/target/winnow-spark-<version>.jar --input s3a://b/crawl/ --output s3a://b/clean/ --format parquet
 * }</pre>
 *
 * Without {@code --master}, and outside {@code spark-submit} (which sets the master), it runs on
 * {@code local[*]}. Output rows have the command line's JSON fields; see {@link CleanJob}.
 */
public final class WinnowSpark {
  private WinnowSpark() {}

  static final String USAGE = "usage: winnow-spark --input PATH... --output DIR [--format jsonl|parquet] [--master URL]";

  /** The parsed command line. */
  record Options(List<String> inputs, String output, String format, String master) {
    static Options parse(String[] args) {
      List<String> inputs = new ArrayList<>();
      String output = null;
      String format = "jsonl";
      String master = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--input" -> {
            while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
              inputs.add(args[++i]);
            }
          }
          case "--output" -> output = value(args, ++i);
          case "--format" -> format = value(args, ++i);
          case "--master" -> master = value(args, ++i);
          default -> throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
      if (inputs.isEmpty() || output == null) {
        throw new IllegalArgumentException("--input and --output are required");
      }
      if (!format.equals("jsonl") && !format.equals("parquet")) {
        throw new IllegalArgumentException("--format is jsonl or parquet, was " + format);
      }
      return new Options(List.copyOf(inputs), output, format, master);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException(args[i - 1] + " needs a value");
      }
      return args[i];
    }
  }

  public static void main(String[] args) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("winnow-spark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("winnow");
    if (o.master() != null) {
      builder.master(o.master());
    } else if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    int status;
    try {
      CleanJob.Summary s = CleanJob.run(spark, o.inputs(), o.output(), o.format());
      System.err.println("winnow-spark: pages=" + s.pages() + " failed=" + s.failed());
      status = s.failed() == 0 ? 0 : 1;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }
}
