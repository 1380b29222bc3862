package dev.winnow.robust;

import java.lang.reflect.Method;

/**
 * The CPU time of the current thread, in nanoseconds, or the wall clock where the JVM cannot say.
 * CPU time leaves out what other processes and the garbage collector's threads take, so timings
 * hold on a busy machine. Reached by reflection because the test sources compile inside the
 * dev.winnow module, which does not read java.management.
 */
final class CpuClock {
  private static final Object BEAN;
  private static final Method CPU_TIME;

  static {
    Object bean = null;
    Method cpuTime = null;
    try {
      Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
      Class<?> type = Class.forName("java.lang.management.ThreadMXBean");
      bean = factory.getMethod("getThreadMXBean").invoke(null);
      if ((Boolean) type.getMethod("isCurrentThreadCpuTimeSupported").invoke(bean)) {
        cpuTime = type.getMethod("getCurrentThreadCpuTime");
      }
    } catch (ReflectiveOperationException | LinkageError e) {
      cpuTime = null;
    }
    BEAN = bean;
    CPU_TIME = cpuTime;
  }

  private CpuClock() {}

  static boolean measuresCpu() {
    return CPU_TIME != null;
  }

  static long nanos() {
    if (CPU_TIME != null) {
      try {
        return (Long) CPU_TIME.invoke(BEAN);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return System.nanoTime();
  }
}
