package dev.winnow.eval;

import java.util.List;
import java.util.Objects;

/**
 * The gold of one listing page: the articles it should yield and the noise lines on it, as in
 * {@code listing-dev-text/gold/P###.json}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articles the articles, in page order
 * @param noise every noise line on the page; one that also appears as article content is never
 *     counted as a leak
 * @since 0.1
 */
public record ListingGold(List<GoldArticle> articles, List<String> noise) {

  /** Copies the article and noise lists; neither may be null. */
  public ListingGold {
    articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
    noise = List.copyOf(Objects.requireNonNull(noise, "noise"));
  }
}
