package dev.winnow.block;

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
 * @param byline the author(s)
 * @param published the publication date, ISO 8601
 * @param siteName the site's name
 * @param language a BCP 47 language tag
 * @param canonicalUrl the canonical address of the page
 * @param description the page's summary ({@code og:description}, {@code description})
 * @since 0.1
 */
public record PageMetadata(
    @Nullable String title,
    @Nullable String headline,
    @Nullable String section,
    @Nullable String byline,
    @Nullable String published,
    @Nullable String siteName,
    @Nullable String language,
    @Nullable String canonicalUrl,
    @Nullable String description) {

  /** Nothing known. */
  public static final PageMetadata EMPTY =
      new PageMetadata(null, null, null, null, null, null, null, null, null);

  public PageMetadata withTitle(@Nullable String v) {
    return new PageMetadata(v, headline, section, byline, published, siteName, language, canonicalUrl, description);
  }

  public PageMetadata withHeadline(@Nullable String v) {
    return new PageMetadata(title, v, section, byline, published, siteName, language, canonicalUrl, description);
  }

  public PageMetadata withSection(@Nullable String v) {
    return new PageMetadata(title, headline, v, byline, published, siteName, language, canonicalUrl, description);
  }

  public PageMetadata withByline(@Nullable String v) {
    return new PageMetadata(title, headline, section, v, published, siteName, language, canonicalUrl, description);
  }

  public PageMetadata withPublished(@Nullable String v) {
    return new PageMetadata(title, headline, section, byline, v, siteName, language, canonicalUrl, description);
  }

  public PageMetadata withSiteName(@Nullable String v) {
    return new PageMetadata(title, headline, section, byline, published, v, language, canonicalUrl, description);
  }

  public PageMetadata withLanguage(@Nullable String v) {
    return new PageMetadata(title, headline, section, byline, published, siteName, v, canonicalUrl, description);
  }

  public PageMetadata withCanonicalUrl(@Nullable String v) {
    return new PageMetadata(title, headline, section, byline, published, siteName, language, v, description);
  }

  public PageMetadata withDescription(@Nullable String v) {
    return new PageMetadata(title, headline, section, byline, published, siteName, language, canonicalUrl, v);
  }
}
