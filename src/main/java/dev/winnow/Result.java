package dev.winnow;

import dev.winnow.block.Block;
import dev.winnow.block.Decision;
import dev.winnow.block.PageMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a pipeline made of one page: the articles, what the page said about itself, and the
 * explain trail.
 *
 * <p>Immutable and thread-safe: every list in it is an unmodifiable copy.
 *
 * @param source the input's name
 * @param input what kind of input it was read as
 * @param page whether the page was judged one article or a listing
 * @param pageReason who judged the page's kind and why ("PageKindFilter: 4 article heads with
 *     prose under them ..."); empty when the result was made without one
 * @param articles the articles, in page order; empty when the page has none
 * @param metadata what the page said about itself
 * @param removed every removed block, with the filter and reason, in page order
 * @param blocks every block of the page, kept or removed
 * @param decisions every decision of every filter, in the order made
 * @param truncated whether a {@link Limits limit} cut the input short
 * @since 0.1
 */
public record Result(
    String source,
    InputKind input,
    PageKind page,
    String pageReason,
    List<Article> articles,
    PageMetadata metadata,
    List<Removal> removed,
    List<Block> blocks,
    List<Decision> decisions,
    boolean truncated) {

  /** Copies the lists; none of the fields may be null. */
  public Result {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(pageReason, "pageReason");
    Objects.requireNonNull(metadata, "metadata");
    articles = List.copyOf(articles);
    removed = List.copyOf(removed);
    blocks = List.copyOf(blocks);
    decisions = List.copyOf(decisions);
  }

  /** A result with no reason for its page kind: the form before {@code pageReason} came. */
  public Result(String source, InputKind input, PageKind page, List<Article> articles, PageMetadata metadata,
      List<Removal> removed, List<Block> blocks, List<Decision> decisions, boolean truncated) {
    this(source, input, page, "", articles, metadata, removed, blocks, decisions, truncated);
  }

  /** All articles' paragraphs joined by blank lines: the page's clean body text. */
  public String text() {
    List<String> all = new ArrayList<>();
    for (Article a : articles) {
      all.addAll(a.paragraphs());
    }
    return String.join("\n\n", all);
  }
}
