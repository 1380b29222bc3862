package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is documented as a Maven Central library's should be: every exported package is
 * {@code @NullMarked}, and every public type's Javadoc says since when it exists and whether it
 * may be shared between threads.
 */
class ApiDocsTest {
  private static final Path SRC = Path.of("src/main/java");

  /**
   * Public types whose Javadoc does not yet say a word about threads. They belong to others; the
   * list may only shrink. (Records and enums here are immutable, but the docs should say so in
   * terms of threads, as Pipeline's do.)
   */
  private static final Set<String> THREAD_SAFETY_NOT_YET_DOCUMENTED = Set.of();

  private static final Pattern TYPE = Pattern.compile(
      "(/\\*\\*(?:(?!\\*/).)*\\*/)\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*"
          + "(?:class|interface|enum|record|@interface)\\s+(\\w+)",
      Pattern.DOTALL);

  static List<String> exportedPackages() throws IOException {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("exports\\s+([\\w.]+)\\s*;").matcher(Files.readString(SRC.resolve("module-info.java")));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void everyExportedPackageIsNullMarked() throws IOException {
    for (String pkg : exportedPackages()) {
      Path info = SRC.resolve(pkg.replace('.', '/')).resolve("package-info.java");
      assertThat(info).as(pkg).exists();
      assertThat(Files.readString(info)).as(pkg).contains("@NullMarked");
    }
  }

  @Test
  void everyPublicTypeSaysSinceWhenAndWhetherItIsThreadSafe() throws IOException {
    List<String> noSince = new ArrayList<>();
    List<String> noThreads = new ArrayList<>();
    List<String> documentedNow = new ArrayList<>();
    int types = 0;
    for (String pkg : exportedPackages()) {
      Path dir = SRC.resolve(pkg.replace('.', '/'));
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).sorted().toList();
      }
      for (Path file : files) {
        String src = Files.readString(file);
        String name = pkg + "." + file.getFileName().toString().replace(".java", "");
        Matcher m = TYPE.matcher(src);
        if (!m.find() || !src.contains("public ")) {
          continue;
        }
        if (!Pattern.compile("^public ", Pattern.MULTILINE).matcher(src).find()) {
          continue;
        }
        types++;
        String doc = m.group(1);
        if (!doc.contains("@since")) {
          noSince.add(name);
        }
        boolean threads = doc.toLowerCase(Locale.ROOT).contains("thread");
        if (!threads && !THREAD_SAFETY_NOT_YET_DOCUMENTED.contains(name)) {
          noThreads.add(name);
        }
        if (threads && THREAD_SAFETY_NOT_YET_DOCUMENTED.contains(name)) {
          documentedNow.add(name);
        }
      }
    }
    assertThat(types).isGreaterThan(20);
    assertThat(noSince).as("public types without @since").isEmpty();
    assertThat(noThreads).as("public types whose Javadoc says nothing of threads").isEmpty();
    assertThat(documentedNow).as("documented now: take them off THREAD_SAFETY_NOT_YET_DOCUMENTED").isEmpty();
  }
}
