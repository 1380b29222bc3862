package dev.winnow.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** One in-process run of {@link Main#run}, with what it wrote. */
record CliRun(int status, String out, String err) {

  static CliRun of(String... args) {
    return withStdin(new byte[0], args);
  }

  static CliRun withStdin(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> outLines() {
    return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
  }

  List<String> errLines() {
    return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
  }
}
