package dev.winnow.block;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about itself outside its body text: mostly read from HTML head and JSON-LD.
 * Every field is optional and never invented; plain-text pages have {@link #EMPTY}.
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return new instances.
 *
 * @param title the document title ({@code <title>}), as given
 * @param headline the article headline, where the page states it
 * @param section the article's section or category
 * @param byline the author(s), names only, joined by commas for display
 * @param authors the authors' names, one an entry; empty when none is known
 * @param published the publication date, ISO 8601
 * @param modified the date of the last change the page states, ISO 8601; never taken for
 *     {@code published}
 * @param siteName the site's name
 * @param language a BCP 47 language tag
 * @param canonicalUrl the canonical address of the page
 * @param description the page's summary ({@code og:description}, {@code description})
 * @param type what the page says it is, lower case: {@code article} when its Open Graph type or
 *     its JSON-LD main object says it is a news article or blog post, else the Open Graph type
 *     as given ({@code website}), or {@code null}
 * @since 0.1
 */
public record PageMetadata(
    @Nullable String title,
    @Nullable String headline,
    @Nullable String section,
    @Nullable String byline,
    List<String> authors,
    @Nullable String published,
    @Nullable String modified,
    @Nullable String siteName,
    @Nullable String language,
    @Nullable String canonicalUrl,
    @Nullable String description,
    @Nullable String type) {

  /** Nothing known. */
  public static final PageMetadata EMPTY =
      new PageMetadata(null, null, null, null, List.of(), null, null, null, null, null, null, null);

  /** Copies the authors, which may not be null. */
  public PageMetadata {
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
  }

  /** The fields known before authors and modified dates were read: both stay unknown. */
  public PageMetadata(@Nullable String title, @Nullable String headline, @Nullable String section,
      @Nullable String byline, @Nullable String published, @Nullable String siteName,
      @Nullable String language, @Nullable String canonicalUrl, @Nullable String description) {
    this(title, headline, section, byline, List.of(), published, null, siteName, language, canonicalUrl, description,
        null);
  }

  /** This metadata with another {@linkplain #title() title}. */
  public PageMetadata withTitle(@Nullable String v) {
    return new PageMetadata(v, headline, section, byline, authors, published, modified, siteName, language, canonicalUrl, description, type);
  }

  /** This metadata with another {@linkplain #headline() headline}. */
  public PageMetadata withHeadline(@Nullable String v) {
    return new PageMetadata(title, v, section, byline, authors, published, modified, siteName, language, canonicalUrl, description, type);
  }

  /** This metadata with another {@linkplain #section() section}. */
  public PageMetadata withSection(@Nullable String v) {
    return new PageMetadata(title, headline, v, byline, authors, published, modified, siteName, language, canonicalUrl, description, type);
  }

  /** This metadata with another {@linkplain #byline() byline}. */
  public PageMetadata withByline(@Nullable String v) {
    return new PageMetadata(title, headline, section, v, authors, published, modified, siteName, language, canonicalUrl, description, type);
  }

  /** This metadata with other {@linkplain #authors() authors}. */
  public PageMetadata withAuthors(List<String> v) {
    return new PageMetadata(title, headline, section, byline, v, published, modified, siteName, language, canonicalUrl, description, type);
  }

  /** This metadata with another {@linkplain #published() publication date}. */
  public PageMetadata withPublished(@Nullable String v) {
    return new PageMetadata(title, headline, section, byline, authors, v, modified, siteName, language, canonicalUrl, description, type);
  }

  /** This metadata with another {@linkplain #modified() date of the last change}. */
  public PageMetadata withModified(@Nullable String v) {
    return new PageMetadata(title, headline, section, byline, authors, published, v, siteName, language, canonicalUrl, description, type);
  }

  /** This metadata with another {@linkplain #siteName() site name}. */
  public PageMetadata withSiteName(@Nullable String v) {
    return new PageMetadata(title, headline, section, byline, authors, published, modified, v, language, canonicalUrl, description, type);
  }

  /** This metadata with another {@linkplain #language() language}. */
  public PageMetadata withLanguage(@Nullable String v) {
    return new PageMetadata(title, headline, section, byline, authors, published, modified, siteName, v, canonicalUrl, description, type);
  }

  /** This metadata with another {@linkplain #canonicalUrl() canonical address}. */
  public PageMetadata withCanonicalUrl(@Nullable String v) {
    return new PageMetadata(title, headline, section, byline, authors, published, modified, siteName, language, v, description, type);
  }

  /** This metadata with another {@linkplain #description() description}. */
  public PageMetadata withDescription(@Nullable String v) {
    return new PageMetadata(title, headline, section, byline, authors, published, modified, siteName, language, canonicalUrl, v, type);
  }

  /** This metadata with another {@linkplain #type() type}. */
  public PageMetadata withType(@Nullable String v) {
    return new PageMetadata(title, headline, section, byline, authors, published, modified, siteName, language,
        canonicalUrl, description, v);
  }
}
