package dev.winnow.eval;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article a listing page should yield, as its gold file gives it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param section the section label, or {@code null} (scored as equal to the empty string)
 * @param headline the headline, or {@code null}
 * @param paragraphs the body paragraphs every extraction must find
 * @param optional lines that may be kept or dropped (a dek, a byline): never counted missing,
 *     never counted as surplus
 * @since 0.1
 */
public record GoldArticle(
    @Nullable String section, @Nullable String headline, List<String> paragraphs, List<String> optional) {

  /** Copies the paragraph lists; neither may be null. */
  public GoldArticle {
    paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    optional = List.copyOf(Objects.requireNonNull(optional, "optional"));
  }
}
