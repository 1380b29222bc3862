/**
 * The structure finders of HTML pages: they act when {@code page.input()} is HTML and leave text
 * pages alone. In chain order: {@link dev.winnow.filter.html.NoiseContainerFilter} drops the
 * containers that markup names as ads and widgets; {@link dev.winnow.filter.html.ListingFilter}
 * splits a listing page into its units; {@link dev.winnow.filter.html.MainContentFilter} finds a
 * story's main content ({@code ContentScorer} scores a {@code ContentTree} of the kept blocks'
 * elements); {@link dev.winnow.filter.html.HtmlBoilerplateFilter} cleans chrome out of it;
 * {@link dev.winnow.filter.html.CaptionFilter} drops captions; and
 * {@link dev.winnow.filter.html.ArticleHeaderFilter} labels the story's headline, byline and date.
 */
@NullMarked
package dev.winnow.filter.html;

import org.jspecify.annotations.NullMarked;
