package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Pipeline;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No static mutable state in the library: every static field is final, and what it holds cannot
 * change (an unmodifiable collection, a value, a stateless object), so that a result never
 * depends on what was processed before or on another thread. Scans the compiled main classes.
 */
class NoStaticStateTest {

  /** Class-name prefixes of collections that cannot be modified. */
  private static final List<String> UNMODIFIABLE = List.of(
      "java.util.ImmutableCollections$", "java.util.Collections$Unmodifiable", "java.util.Collections$Empty",
      "java.util.Collections$Singleton", "com.google.common.collect.Immutable", "com.google.common.collect.Regular",
      "com.google.common.collect.Singleton", "com.google.common.collect.Empty", "java.util.KeyValueHolder");

  /** Types whose instances are state by nature. */
  private static final List<Class<?>> MUTABLE = List.of(
      StringBuilder.class, StringBuffer.class, Random.class, ThreadLocal.class, java.util.Date.class,
      java.util.Calendar.class, java.text.Format.class, java.util.regex.Matcher.class, java.util.Iterator.class,
      java.util.concurrent.atomic.AtomicInteger.class, java.util.concurrent.atomic.AtomicLong.class,
      java.util.concurrent.atomic.AtomicBoolean.class, java.util.concurrent.atomic.AtomicReference.class,
      java.util.concurrent.atomic.LongAdder.class);

  @Test
  void noStaticMutableStateInMainClasses() throws Exception {
    List<String> classes = mainClasses();
    assertThat(classes).contains("dev.winnow.Pipeline");
    List<String> problems = new ArrayList<>();
    for (String name : classes) {
      Class<?> c = Class.forName(name, false, Pipeline.class.getClassLoader());
      for (Field f : c.getDeclaredFields()) {
        check(c, f, problems);
      }
    }
    assertThat(problems).as("static mutable state").isEmpty();
  }

  private static void check(Class<?> c, Field f, List<String> problems) throws IllegalAccessException {
    int m = f.getModifiers();
    String where = c.getName() + "." + f.getName();
    if (f.isSynthetic()) {
      return;
    }
    if (!Modifier.isStatic(m)) {
      // An enum constant is a global singleton: its fields are global state too.
      if (c.isEnum() && !Modifier.isFinal(m)) {
        problems.add(where + ": non-final field of an enum");
      }
      return;
    }
    if (!Modifier.isFinal(m)) {
      problems.add(where + ": static but not final");
      return;
    }
    f.setAccessible(true);
    Object value = f.get(null);
    if (value == null || f.isEnumConstant()) {
      return;
    }
    String problem = mutability(value, Modifier.isPrivate(m));
    if (problem != null) {
      problems.add(where + ": " + problem);
    }
  }

  /** Why the value is mutable state, or null when it is not. */
  static String mutability(Object value, boolean isPrivate) {
    Class<?> type = value.getClass();
    if (type.isArray()) {
      // A private constant table is read only by its class; a visible array anyone can write.
      return isPrivate ? null : "a non-private static array (" + type.getSimpleName() + ")";
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      for (String prefix : UNMODIFIABLE) {
        if (type.getName().startsWith(prefix)) {
          return null;
        }
      }
      return "a modifiable " + type.getName();
    }
    for (Class<?> mutable : MUTABLE) {
      if (mutable.isInstance(value)) {
        return "a " + type.getName() + ", which is mutable";
      }
    }
    // One of ours, like a preset filter or a default value: all its fields must be final.
    if (type.getName().startsWith("dev.winnow.") && !type.isEnum()) {
      for (Class<?> k = type; k != null && k.getName().startsWith("dev.winnow."); k = k.getSuperclass()) {
        for (Field inner : k.getDeclaredFields()) {
          if (!Modifier.isStatic(inner.getModifiers()) && !Modifier.isFinal(inner.getModifiers())) {
            return "a " + type.getName() + " with the non-final field " + inner.getName();
          }
        }
      }
    }
    return null;
  }

  static List<String> mainClasses() throws IOException, URISyntaxException {
    Path root = Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".class"))
          .map(p -> root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "."))
          .filter(p -> !p.endsWith("module-info.class") && !p.endsWith("package-info.class"))
          .map(p -> p.substring(0, p.length() - ".class".length()))
          .sorted()
          .toList();
    }
  }

  @Test
  void theCheckSeesMutableState() {
    assertThat(mutability(new java.util.HashMap<String, String>(), true)).isNotNull();
    assertThat(mutability(new java.util.ArrayList<String>(), true)).isNotNull();
    assertThat(mutability(java.util.EnumSet.noneOf(java.time.DayOfWeek.class), true)).isNotNull();
    assertThat(mutability(new String[0], false)).isNotNull();
    assertThat(mutability(new StringBuilder(), true)).isNotNull();
    assertThat(mutability(List.of("a"), false)).isNull();
    assertThat(mutability(Map.of(), false)).isNull();
    assertThat(mutability(java.util.Set.copyOf(List.of("a", "b", "c")), false)).isNull();
    assertThat(mutability(java.util.Collections.unmodifiableList(new ArrayList<>()), false)).isNull();
    assertThat(mutability(com.google.common.collect.ImmutableSet.of("a", "b"), false)).isNull();
    assertThat(mutability("text", false)).isNull();
  }
}
