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
 * @param reason who judged the kind and why ("PageKindFilter: 4 article heads ..."), for the
 *     explain trail
 * @since 0.1
 */
public record Segmentation(PageKind kind, List<Article> articles, String reason) {
  /** Copies the articles; nothing may be null. */
  public Segmentation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    articles = List.copyOf(articles);
  }

  /** A segmentation whose kind needs no reason beyond its articles' count. */
  public Segmentation(PageKind kind, List<Article> articles) {
    this(kind, articles, articles.size() + (articles.size() == 1 ? " article" : " articles"));
  }
}
