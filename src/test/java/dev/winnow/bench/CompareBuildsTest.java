package dev.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompareBuildsTest {

  @Test
  void wrongArgumentsGiveTheUsage() throws Exception {
    assertThat(run("html")).startsWith("usage: compare html|text");
    assertThat(run("pdf", "target/classes", "target/classes")).startsWith("usage:");
    assertThat(run("text", "no/such/folder", "target/classes")).startsWith("usage:");
    assertThat(run("text", "target/classes", "target/classes", "0")).startsWith("usage:");
  }

  private static String run(String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompareBuilds.main(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
