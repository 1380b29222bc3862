package dev.winnow.spark;

import dev.winnow.Pipeline;

/**
 * The pipeline each executor uses: built once per executor JVM, when a task first needs it, and
 * shared by all the tasks that run there (a {@link Pipeline} is immutable and thread-safe). Never
 * serialized: tasks reach it through this class, not through their closures.
 */
final class ExecutorPipeline {
  private ExecutorPipeline() {}

  /** Built when the class is first used, in each JVM, once. */
  private static final class Holder {
    static final Pipeline PIPELINE = Pipeline.news();
  }

  static Pipeline get() {
    return Holder.PIPELINE;
  }
}
