package dev.winnow.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One in-process run of {@link Main#run}, with what it wrote. {@code err} is standard error without
 * the summary line every run ends with, which {@code summary} holds.
 */
record CliRun(int status, String out, String err, String summary) {

  static CliRun of(String... args) {
    return withStdin(new byte[0], args);
  }

  static CliRun withStdin(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String errText = err.toString(StandardCharsets.UTF_8);
    String summary = "";
    int at = errText.lastIndexOf(Progress.SUMMARY_PREFIX);
    if (at >= 0 && (at == 0 || errText.charAt(at - 1) == '\n')) {
      summary = errText.substring(at).strip();
      errText = errText.substring(0, at);
    }
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), errText, summary);
  }

  List<String> outLines() {
    return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
  }

  List<String> errLines() {
    return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
  }
}
