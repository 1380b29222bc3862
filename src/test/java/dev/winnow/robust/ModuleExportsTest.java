package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API is exactly what the documentation says it is (issue 20): {@code module-info} exports
 * every package whose {@code package-info} does not say "not exported", and no other, and the
 * README's "Layout" marks the same packages "(not exported)". Until a release exists for japicmp
 * to compare against ({@code -Papi-check}), this is what keeps a package from becoming API, or
 * ceasing to be, without anyone deciding it.
 */
class ModuleExportsTest {
  private static final Path SRC = Path.of("src/main/java");
  private static final Pattern NOT_EXPORTED = Pattern.compile("\\bnot exported\\b");

  @Test
  void moduleInfoExportsExactlyThePackagesThePackageDocsCallPublic() throws IOException {
    assertThat(ApiDocsTest.exportedPackages()).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(ApiDocsTest.exportedPackages())).isEqualTo(documentedAsPublic());
  }

  @Test
  void theReadmeLayoutMarksTheSamePackagesNotExported() throws IOException {
    Set<String> all = new TreeSet<>();
    Set<String> exported = new TreeSet<>();
    readmeLayout(Files.readString(Path.of("README.md")), all, exported);
    assertThat(all).as("packages in the README's Layout").isEqualTo(packagesWithSources());
    assertThat(exported).as("packages the README's Layout leaves exported")
        .isEqualTo(new TreeSet<>(ApiDocsTest.exportedPackages()));
  }

  @Test
  void everyPackageSaysWhetherItIsApi() throws IOException {
    for (String pkg : packagesWithSources()) {
      assertThat(packageInfo(pkg)).as(pkg + " has a package-info.java").exists();
    }
  }

  @Test
  void theLayoutReaderReadsNestingAndMarks() {
    String readme = "## Layout\n\n```\nsrc/main/java/dev/winnow/\n  Pipeline, Input   entry points\n"
        + "  a/     things\n           more about a/ and b/\n    b/      nested\n  c/     helpers (not exported)\n"
        + "src/main/resources/dev/winnow/\n  vocab/  data\n```\n";
    Set<String> all = new TreeSet<>();
    Set<String> exported = new TreeSet<>();
    readmeLayout(readme, all, exported);
    assertThat(all).containsExactly("dev.winnow", "dev.winnow.a", "dev.winnow.a.b", "dev.winnow.c");
    assertThat(exported).containsExactly("dev.winnow", "dev.winnow.a", "dev.winnow.a.b");
  }

  /** Every package whose package-info's Javadoc does not say it is not exported. */
  private static Set<String> documentedAsPublic() throws IOException {
    Set<String> out = new TreeSet<>();
    for (String pkg : packagesWithSources()) {
      Path info = packageInfo(pkg);
      if (Files.exists(info) && !NOT_EXPORTED.matcher(javadoc(Files.readString(info))).find()) {
        out.add(pkg);
      }
    }
    return out;
  }

  /** The package-info's Javadoc, lower-cased and on one line, so a phrase may wrap. */
  private static String javadoc(String src) {
    int start = src.indexOf("/**");
    int end = src.indexOf("*/", start);
    String doc = start < 0 || end < 0 ? "" : src.substring(start + 3, end);
    return doc.replaceAll("\\s*\\n\\s*\\*?", " ").toLowerCase(Locale.ROOT);
  }

  private static Path packageInfo(String pkg) {
    return SRC.resolve(pkg.replace('.', '/')).resolve("package-info.java");
  }

  /** Every package with at least one Java file of its own. */
  private static Set<String> packagesWithSources() throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SRC)) {
      files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java"))
          .forEach(p -> out.add(SRC.relativize(p.getParent()).toString().replace('/', '.').replace('\\', '.')));
    }
    return out;
  }

  /**
   * Reads the code block under "## Layout": below {@code src/main/java/dev/winnow/}, a line
   * {@code name/} at two spaces is a package of dev.winnow, one at two more spaces a package of
   * the one above it, and "(not exported)" on the line marks it; the top line of names is
   * dev.winnow itself. The block ends at the next path that is not indented.
   */
  static void readmeLayout(String readme, Set<String> all, Set<String> exported) {
    String section = readme.substring(readme.indexOf("## Layout"));
    Matcher line = Pattern.compile("(?m)^( *)(\\S.*)$").matcher(section.substring(section.indexOf("src/main/java/")));
    Pattern dir = Pattern.compile("^([a-z][a-z0-9]*)/\\s");
    Deque<String> parents = new ArrayDeque<>();
    boolean first = true;
    while (line.find()) {
      int indent = line.group(1).length();
      String text = line.group(2);
      if (first) {
        first = false; // src/main/java/dev/winnow/
        continue;
      }
      if (indent == 0) {
        break;
      }
      Matcher m = dir.matcher(text + " ");
      int depth = indent / 2;
      if (!m.find()) {
        if (depth == 1 && all.isEmpty()) {
          all.add("dev.winnow"); // the entry points' line
          exported.add("dev.winnow");
        }
        continue; // a description's second line, indented deeper
      }
      while (parents.size() >= depth) {
        parents.removeLast();
      }
      String pkg = (parents.isEmpty() ? "dev.winnow" : parents.getLast()) + "." + m.group(1);
      parents.addLast(pkg);
      all.add(pkg);
      if (!text.contains("(not exported)")) {
        exported.add(pkg);
      }
    }
  }
}
