package dev.winnow;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One clean article: its headline, section, dek, byline and date where the page has them, and its
 * body paragraphs in order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param headline the title line, or {@code null} when the article has none
 * @param section the section label it ran under ("International"), or {@code null}
 * @param dek the subtitle under the headline, or {@code null}
 * @param byline the author line, or {@code null}
 * @param date the publication date as the page gives it (ISO 8601 where known), or {@code null}
 * @param paragraphs the body paragraphs, in order
 * @since 0.1
 */
public record Article(
    @Nullable String headline,
    @Nullable String section,
    @Nullable String dek,
    @Nullable String byline,
    @Nullable String date,
    List<String> paragraphs) {

  public Article {
    paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
  }

  /** The body: the paragraphs joined by blank lines. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
