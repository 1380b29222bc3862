package dev.winnow.spark;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jar's main class. Under {@code spark-submit} Spark is on the class path and it hands straight
 * over to {@link WinnowSpark}. Run with {@code java -jar}, it finds Spark's jars in {@code lib/}
 * beside the jar (where the build copies them), sets what Spark's own launcher would on Java 17,
 * and runs {@link WinnowSpark} in a class loader that sees them. The manifest's {@code Add-Opens}
 * covers both cases. Refers to no Spark class itself, so that it loads without Spark. Stateless.
 */
public final class Launcher {
  private Launcher() {}

  private static final String SPARK_CLASS = "org.apache.spark.sql.SparkSession";
  private static final String MAIN = "dev.winnow.spark.WinnowSpark";

  public static void main(String[] args) throws Exception {
    if (present(SPARK_CLASS, Launcher.class.getClassLoader())) {
      run(Launcher.class.getClassLoader(), args);
      return;
    }
    Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path lib = jar.resolveSibling("lib");
    if (!Files.isDirectory(lib)) {
      System.err.println("winnow-spark: Spark is not on the class path and there is no " + lib
          + "; run it with spark-submit, or build it with mvn package, which puts Spark's jars there");
      System.exit(2);
    }
    // What Spark's launch scripts pass on Java 17; read by Spark and Netty when their classes load.
    System.setProperty("jdk.reflect.useDirectMethodHandle", "false");
    System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    List<URL> urls = new ArrayList<>();
    urls.add(jar.toUri().toURL());
    for (Path p : jars(lib)) {
      urls.add(p.toUri().toURL());
    }
    ClassLoader loader = new URLClassLoader("winnow-spark", urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    run(loader, args);
  }

  private static List<Path> jars(Path lib) throws IOException {
    try (Stream<Path> s = Files.list(lib)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
    }
  }

  private static boolean present(String name, ClassLoader loader) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static void run(ClassLoader loader, String[] args) throws Exception {
    Method main = Class.forName(MAIN, true, loader).getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      throw (Error) cause;
    }
  }
}
