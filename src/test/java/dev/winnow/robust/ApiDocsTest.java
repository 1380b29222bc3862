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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The public API is documented as a Maven Central library's should be: every exported package is
 * {@code @NullMarked}, and every public type has Javadoc, which says since when it exists and
 * whether it may be shared between threads.
 */
class ApiDocsTest {
  private static final Path SRC = Path.of("src/main/java");

  /**
   * Public types whose Javadoc does not yet say a word about threads. They belong to others; the
   * list may only shrink. (Records and enums here are immutable, but the docs should say so in
   * terms of threads, as Pipeline's do.)
   */
  private static final Set<String> THREAD_SAFETY_NOT_YET_DOCUMENTED = Set.of();

  /** A top-level public type's declaration, at the start of a line. */
  private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
      "^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)",
      Pattern.MULTILINE);
  /** Annotations standing between a type's Javadoc and its declaration, a line each. */
  private static final Pattern TRAILING_ANNOTATIONS = Pattern.compile("(?:\\s*\\n@[^\\n]*)+\\s*$");

  /**
   * The Javadoc right above the file's top-level public type (annotations may stand between), or
   * null when it has none: a comment further up, or one above a nested type, does not count.
   */
  static @Nullable String typeDoc(String src, int declaration) {
    String before = src.substring(0, declaration);
    before = TRAILING_ANNOTATIONS.matcher("\n" + before).replaceFirst("").stripTrailing();
    if (!before.endsWith("*/")) {
      return null;
    }
    int start = before.lastIndexOf("/**");
    return start < 0 || before.indexOf("*/", start) != before.length() - 2 ? null : before.substring(start);
  }

  static List<String> exportedPackages() throws IOException {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("exports\\s+([\\w.]+)\\s*;").matcher(Files.readString(SRC.resolve("module-info.java")));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void aTypeWithoutJavadocIsCaught() {
    String documented = "package p;\n\nimport x.Y;\n\n/** A thing. */\n@NullMarked\n@Deprecated(since = \"1\")\npublic final class A {}\n";
    String bare = "package p;\n\n/** A file comment, then code. */\nimport x.Y;\n\npublic final class A {\n  /** A nested one. */\n  public static class B {}\n}\n";
    String noneAtAll = "package p;\n\n@NullMarked\npublic record A(int x) {}\n";
    assertThat(typeDoc(documented, firstType(documented))).isEqualTo("/** A thing. */");
    assertThat(typeDoc(bare, firstType(bare))).isNull();
    assertThat(typeDoc(noneAtAll, firstType(noneAtAll))).isNull();
  }

  private static int firstType(String src) {
    Matcher m = TOP_LEVEL_TYPE.matcher(src);
    assertThat(m.find()).isTrue();
    return m.start();
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
    List<String> noDoc = new ArrayList<>();
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
        Matcher m = TOP_LEVEL_TYPE.matcher(src);
        if (!m.find()) {
          continue; // no public top-level type: a package-private helper
        }
        types++;
        String doc = typeDoc(src, m.start());
        if (doc == null) {
          noDoc.add(name);
          continue;
        }
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
    assertThat(noDoc).as("public types with no Javadoc at all").isEmpty();
    assertThat(noSince).as("public types without @since").isEmpty();
    assertThat(noThreads).as("public types whose Javadoc says nothing of threads").isEmpty();
    assertThat(documentedNow).as("documented now: take them off THREAD_SAFETY_NOT_YET_DOCUMENTED").isEmpty();
  }
}
