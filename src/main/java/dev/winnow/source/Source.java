package dev.winnow.source;

import dev.winnow.Limits;
import dev.winnow.block.Page;

/**
 * Turns decoded content into a {@link Page} of blocks. Text and HTML are two sources of the same
 * block stream, so every filter runs on both. Implementations are stateless and thread-safe.
 *
 * @since 0.1
 */
public interface Source {

  /**
   * Reads the content into a page.
   *
   * @param name the input's name, for the page
   * @param content the decoded content
   * @param limits bounds on the work; past one the page is marked truncated
   */
  Page read(String name, String content, Limits limits);
}
