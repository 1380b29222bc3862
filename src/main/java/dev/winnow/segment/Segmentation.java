package dev.winnow.segment;

import dev.winnow.Article;
import dev.winnow.PageKind;
import java.util.List;
import java.util.Objects;

/**
 * The articles a segmenter found, and whether it judged the page one article or a listing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind one article or a listing
 * @param articles the articles in page order
 * @since 0.1
 */
public record Segmentation(PageKind kind, List<Article> articles) {
  /** Copies the articles; the kind may not be null. */
  public Segmentation {
    Objects.requireNonNull(kind, "kind");
    articles = List.copyOf(articles);
  }
}
