/**
 * The structure finders of text pages, and the labels every page's articles are split by. On a
 * text page {@link dev.winnow.filter.structure.PageKindFilter} judges the page one article or a
 * listing, {@link dev.winnow.filter.structure.ContentClassFilter} classifies each paragraph from
 * its shallow features (smoothed over its neighbours), and
 * {@link dev.winnow.filter.structure.MainArticleFilter} keeps a one-article page's story. On
 * every page {@link dev.winnow.filter.structure.HeadlineFilter} labels each article's section,
 * headline, dek, byline and date, and {@link dev.winnow.filter.structure.OrphanBlockFilter} drops
 * the lines no article owns. Where the heads are is the analysis's
 * ({@link dev.winnow.analysis.ArticleHeads}), shared with the noise filters that must not cut
 * through a head.
 */
@NullMarked
package dev.winnow.filter.structure;

import org.jspecify.annotations.NullMarked;
