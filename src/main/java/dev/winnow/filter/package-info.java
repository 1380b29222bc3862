/**
 * The filters: each one finds one family of noise or structure and records why.
 *
 * <p>The public classes ending in {@code Filter} are the filters themselves, in the order
 * {@code Presets} chains them for news: the noise families first (read-more stubs, ad labels,
 * banner tokens, identifiers, placeholders, photo credits, carousel controls, page chrome, social
 * links, cookie notices, newsletter prompts, teaser lists, repeated blocks, widget remainders), then the HTML structure finders
 * ({@link dev.winnow.filter.NoiseContainerFilter} to {@link dev.winnow.filter.ArticleHeaderFilter}),
 * then the text-mode ones ({@link dev.winnow.filter.PageKindFilter} to
 * {@link dev.winnow.filter.OrphanBlockFilter}). {@link dev.winnow.filter.Vocabulary} holds the
 * phrases they match, {@link dev.winnow.filter.TextFeatures} the shallow features of a text page.
 *
 * <p>What several filters need of a page is computed once and kept with it
 * ({@code Page.analysis}): {@code TextFeatures} (one pass over a text page's blocks, by
 * {@code LineScan}, with {@code TextRepeats} counting repeated texts), {@code BlockKeys} (every
 * block's normalized key, by {@code Keys}) and {@code BlockWords} (every block's words, which
 * {@code WordIndex}es look up in a {@code CharTable}). The HTML structure finders build a
 * {@code ContentTree} of the kept blocks' elements as they find them ({@code ContentScorer} scores
 * it for the main content). The other package-private classes are the helpers of one or two
 * filters.
 */
@NullMarked
package dev.winnow.filter;

import org.jspecify.annotations.NullMarked;
