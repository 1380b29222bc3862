package dev.winnow.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH's own command line ({@code -h} lists it; with no arguments, every
 * benchmark with the settings in its annotations), keeps the results as JSON in {@value
 * #DEFAULT_RESULT} unless {@code -rff}/{@code -rf} say otherwise, and ends with a table of MB/s per
 * benchmark. Started by {@code mvn -q -B test-compile exec:exec@bench -Djmh.args="..."}; with
 * {@code stages html|text} first, runs {@link StageTimes} instead.
 */
public final class BenchMain {
  static final String DEFAULT_RESULT = "target/jmh.json";

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("stages")) {
      StageTimes.main(Arrays.copyOfRange(args, 1, args.length), System.out);
      return;
    }
    if (args.length > 0 && args[0].equals("compare")) {
      CompareBuilds.main(Arrays.copyOfRange(args, 1, args.length), System.out);
      return;
    }
    CommandLineOptions cmd = new CommandLineOptions(args);
    if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListWithParams() || cmd.shouldListProfilers()
        || cmd.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    ChainedOptionsBuilder options = new OptionsBuilder().parent(cmd);
    if (!cmd.getResult().hasValue() && !cmd.getResultFormat().hasValue()) {
      options.result(DEFAULT_RESULT).resultFormat(ResultFormatType.JSON);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    printTable(results, System.out);
  }

  /** One row per benchmark and parameter set: MB/s with its 99.9% error, MB per op, ops/s. */
  static void printTable(Collection<RunResult> results, PrintStream out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Benchmark", "MB/s", "± (99.9%)", "MB/op", "ops/s"});
    for (RunResult r : results) {
      BenchmarkParams p = r.getParams();
      String name = p.getBenchmark().replaceFirst("^.*\\.(\\w+\\.\\w+)$", "$1");
      for (String key : p.getParamsKeys()) {
        name += " " + key + "=" + p.getParam(key);
      }
      Result<?> ops = r.getPrimaryResult();
      Result<?> mb = r.getSecondaryResults().get("megabytes");
      if (mb == null) {
        rows.add(new String[] {name, "-", "-", "-", number(ops.getScore())});
      } else {
        rows.add(new String[] {name, number(mb.getScore()), number(mb.getScoreError()),
            number(mb.getScore() / ops.getScore()), number(ops.getScore())});
      }
    }
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    out.println();
    out.println("Throughput (MB = 10^6 bytes of input, UTF-8; one thread):");
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(String.format("%-" + width[0] + "s", row[0]));
      for (int i = 1; i < row.length; i++) {
        line.append("  ").append(String.format("%" + width[i] + "s", row[i]));
      }
      out.println(line);
    }
  }

  private static String number(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    double a = Math.abs(d);
    return String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 1 ? "%.2f" : "%.4f", d);
  }
}
