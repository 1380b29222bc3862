package dev.winnow;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One clean article: its headline, section, dek, byline and dates where the page has them, and
 * its body paragraphs in order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param headline the title line, or {@code null} when the article has none
 * @param section the section label it ran under ("International"), or {@code null}
 * @param dek the subtitle under the headline, or {@code null}
 * @param byline the authors' names joined for display ("Ann Lee, Bo Kim"), or {@code null}
 * @param authors the authors' names, one an entry, without "By" and without dates or job titles;
 *     empty when none is known
 * @param date the publication date as the page gives it (ISO 8601 where known), or {@code null}
 * @param modified the date of the last change, ISO 8601, or {@code null}; never the publication date
 *     in disguise
 * @param paragraphs the body paragraphs, in order
 * @since 0.1
 */
public record Article(
    @Nullable String headline,
    @Nullable String section,
    @Nullable String dek,
    @Nullable String byline,
    List<String> authors,
    @Nullable String date,
    @Nullable String modified,
    List<String> paragraphs) {

  /** Copies the authors and paragraphs; neither list may be null. */
  public Article {
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
  }

  /** An article whose authors and modified date are not known apart from its byline and date. */
  public Article(@Nullable String headline, @Nullable String section, @Nullable String dek,
      @Nullable String byline, @Nullable String date, List<String> paragraphs) {
    this(headline, section, dek, byline, List.of(), date, null, paragraphs);
  }

  /** The body: the paragraphs joined by blank lines. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
