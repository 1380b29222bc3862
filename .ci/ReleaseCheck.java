import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks what the release profile built (issue 20), after {@code mvn -Prelease verify -Dgpg.skip}
 * and an {@code install} of the same version:
 *
 * <ul>
 *   <li>every artifact Central takes is there: the jar, -sources, -javadoc, the -cli jar, the SBOM;
 *   <li>the -sources jar holds every file of src/main/java, and nothing else that ends in .java;
 *   <li>the -javadoc jar documents exactly the packages module-info exports;
 *   <li>the SBOM lists exactly the runtime dependencies, as required components;
 *   <li>the POM that is installed (and would be published) names only the four runtime
 *       dependencies, carries no profile or build section, and has what Central asks for;
 *   <li>the library jar stays under 500 KB plus its vocabularies and other resource files.
 * </ul>
 *
 * <p>Run from the repository's root with no arguments ({@code java .ci/ReleaseCheck.java}); it
 * prints one line per figure and exits 1 on the first failed check. Plain JDK, no dependencies.
 */
public class ReleaseCheck {
  /** The POM's direct dependencies: these four and nothing else (README, "Use it"). */
  static final Set<String> DIRECT = Set.of(
      "org.jsoup:jsoup", "org.apache.commons:commons-text", "com.google.guava:guava", "org.jspecify:jspecify");

  /**
   * The runtime graph a user resolves from that POM: the four and what they bring (Commons
   * Text's Commons Lang; Guava's failureaccess, listenablefuture's empty stand-in, and its
   * annotations). A dependency change that alters it fails here, and this list changes with it.
   */
  static final Set<String> RUNTIME = Set.of(
      "org.jsoup:jsoup",
      "org.apache.commons:commons-text", "org.apache.commons:commons-lang3",
      "com.google.guava:guava", "com.google.guava:failureaccess", "com.google.guava:listenablefuture",
      "com.google.errorprone:error_prone_annotations", "com.google.j2objc:j2objc-annotations",
      "org.jspecify:jspecify");

  static final long JAR_LIMIT = 500_000;

  static int failures;

  public static void main(String[] args) throws Exception {
    Path target = Path.of("target");
    Element pom = xml(Path.of("pom.xml"));
    String group = text(pom, "groupId");
    String artifact = text(pom, "artifactId");
    String version = text(pom, "version");
    String base = artifact + "-" + version;
    Path repo = args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty("user.home"), ".m2", "repository");

    for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar", "-cli.jar", "-cyclonedx.json", "-cyclonedx.xml")) {
      check(Files.isRegularFile(target.resolve(base + suffix)), "artifact " + base + suffix, "there");
    }
    if (failures > 0) {
      System.exit(1);
    }

    // Sources: the same .java paths as src/main/java.
    Set<String> sources = new TreeSet<>();
    Path main = Path.of("src/main/java");
    try (Stream<Path> s = Files.walk(main)) {
      s.filter(p -> p.toString().endsWith(".java")).forEach(p -> sources.add(main.relativize(p).toString().replace('\\', '/')));
    }
    Set<String> inJar = entries(target.resolve(base + "-sources.jar"), ".java");
    check(inJar.equals(sources), "sources jar", inJar.size() + " .java files of src/main/java's " + sources.size()
        + diff(sources, inJar));

    // Javadoc: one package summary per exported package.
    Set<String> exports = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;").matcher(Files.readString(main.resolve("module-info.java")));
    while (m.find()) {
      exports.add(m.group(1));
    }
    Set<String> documented = new TreeSet<>();
    for (String e : entries(target.resolve(base + "-javadoc.jar"), "/package-summary.html")) {
      String path = e.substring(0, e.length() - "/package-summary.html".length());
      documented.add(path.substring(path.indexOf('/') + 1).replace('/', '.')); // <module>/dev/winnow/... with modules
    }
    check(documented.equals(exports), "javadoc jar", documented.size() + " packages documented, "
        + exports.size() + " exported" + diff(exports, documented));

    // SBOM: exactly the runtime graph, every component required.
    Element bom = xml(target.resolve(base + "-cyclonedx.xml"));
    Set<String> components = new TreeSet<>();
    List<String> notRequired = new ArrayList<>();
    for (Element c : children(child(bom, "components"), "component")) {
      String ga = text(c, "group") + ":" + text(c, "name");
      components.add(ga);
      String scope = text(c, "scope");
      if (!scope.isEmpty() && !scope.equals("required")) {
        notRequired.add(ga + " (" + scope + ")");
      }
    }
    Element described = child(child(bom, "metadata"), "component");
    check((text(described, "group") + ":" + text(described, "name") + ":" + text(described, "version"))
        .equals(group + ":" + artifact + ":" + version), "SBOM subject", group + ":" + artifact + ":" + version);
    check(components.equals(RUNTIME) && notRequired.isEmpty(), "SBOM", components.size() + " components, "
        + RUNTIME.size() + " runtime dependencies" + diff(RUNTIME, components)
        + (notRequired.isEmpty() ? "" : ", not required: " + notRequired));

    // The POM users get: the installed one, and the flattened one it was copied from.
    Path installed = repo.resolve(group.replace('.', '/')).resolve(artifact).resolve(version).resolve(base + ".pom");
    Path flattened = target.resolve("flattened-pom.xml");
    checkPublishedPom(flattened, xml(flattened));
    // The local repository may be shared with other builds of the same version (another clone's
    // mvn install), which would install their own POM over ours: compare, and say so.
    boolean same = Files.isRegularFile(installed) && Files.mismatch(installed, flattened) == -1;
    check(same, "installed POM " + installed, same ? "the flattened POM, byte for byte"
        : "not the flattened POM: run mvn install first (or another build installed over it)");

    // Size: the jar, and the jar less the bytes its resource entries take (data and headers).
    Path jar = target.resolve(base + ".jar");
    long size = Files.size(jar);
    long resources = 0;
    int resourceFiles = 0;
    try (ZipFile z = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String name = entry.getName();
        if (entry.isDirectory() || name.endsWith(".class") || name.startsWith("META-INF/")) {
          continue;
        }
        int extra = entry.getExtra() == null ? 0 : entry.getExtra().length;
        int nameBytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        // local header 30 + name + extra, the data, central directory 46 + name + extra.
        resources += 30 + nameBytes + extra + entry.getCompressedSize() + 46 + nameBytes + extra;
        resourceFiles++;
      }
    }
    check(size - resources < JAR_LIMIT, "library jar size", String.format(
        "%,d bytes; %,d without its %d resource files (vocabularies, stopwords, hints); limit %,d",
        size, size - resources, resourceFiles, JAR_LIMIT));

    System.out.println(failures == 0 ? "release check: all passed" : "release check: " + failures + " failed");
    System.exit(failures == 0 ? 0 : 1);
  }

  static void checkPublishedPom(Path path, Element pom) {
    String name = "POM " + path;
    List<String> deps = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (Element d : children(child(pom, "dependencies"), "dependency")) {
      String ga = text(d, "groupId") + ":" + text(d, "artifactId");
      deps.add(ga);
      String scope = text(d, "scope");
      if (text(d, "optional").equals("true") || !(scope.isEmpty() || scope.equals("compile") || scope.equals("runtime"))) {
        bad.add(ga + " (" + (scope.isEmpty() ? "optional" : scope) + ")");
      }
    }
    check(new TreeSet<>(deps).equals(new TreeSet<>(DIRECT)) && deps.size() == DIRECT.size() && bad.isEmpty(),
        name, "dependencies " + deps + (bad.isEmpty() ? "" : ", not runtime: " + bad));
    check(child(pom, "profiles") == null && child(pom, "build") == null, name, "no profiles, no build section");
    List<String> missing = new ArrayList<>();
    for (String required : List.of("name", "description", "url", "licenses/license/name", "licenses/license/url",
        "developers/developer/name", "scm/connection", "scm/developerConnection", "scm/url", "issueManagement/url")) {
      Element e = pom;
      for (String step : required.split("/")) {
        e = e == null ? null : child(e, step);
      }
      if (e == null || e.getTextContent().isBlank()) {
        missing.add(required);
      }
    }
    check(missing.isEmpty(), name, missing.isEmpty() ? "name, description, url, license, developers, scm, issueManagement"
        : "missing " + missing);
  }

  static void check(boolean ok, String what, String figure) {
    System.out.println((ok ? "ok    " : "FAIL  ") + what + ": " + figure);
    if (!ok) {
      failures++;
    }
  }

  static String diff(Set<String> expected, Set<String> actual) {
    Set<String> lacking = new TreeSet<>(expected);
    lacking.removeAll(actual);
    Set<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    return (lacking.isEmpty() ? "" : "; lacking " + lacking) + (extra.isEmpty() ? "" : "; extra " + extra);
  }

  static Set<String> entries(Path zip, String suffix) throws IOException {
    Set<String> out = new TreeSet<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      z.stream().map(ZipEntry::getName).filter(n -> n.endsWith(suffix)).forEach(out::add);
    }
    return out;
  }

  static Element xml(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(file)) {
      Document d = f.newDocumentBuilder().parse(in);
      return d.getDocumentElement();
    }
  }

  /** The first child element of that local name, or null. */
  static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent != null) {
      NodeList all = parent.getChildNodes();
      for (int i = 0; i < all.getLength(); i++) {
        if (all.item(i) instanceof Element e && e.getLocalName().equals(name)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().strip();
  }
}
