package dev.winnow.segment;

import dev.winnow.block.Page;

/**
 * Turns a filtered page into articles: the last step of a pipeline. Stateless and thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Segmenter {

  /** Splits the page's kept blocks into articles. */
  Segmentation segment(Page page);
}
