/**
 * The filters: each one finds one family of noise or structure on a page of blocks and records
 * why. {@link dev.winnow.filter.Filter} is the contract; the filters themselves are grouped by what
 * they do, one package each:
 *
 * <ul>
 *   <li>{@link dev.winnow.filter.noise}: the noise families, on text and HTML alike (read-more
 *       stubs, ad labels, banner tokens, identifiers, placeholders, photo credits, carousel
 *       controls, page chrome, site names, social links, cookie notices, newsletter prompts, teaser
 *       lists, repeated blocks, widget remainders, teasers inside a story);
 *   <li>{@link dev.winnow.filter.html}: the structure finders of HTML pages (noise containers,
 *       listing units, the main content, boilerplate inside it, captions, the story's header);
 *   <li>{@link dev.winnow.filter.structure}: the structure finders of text pages (the page's
 *       kind, each paragraph's class, the main article, headlines and sections, orphan lines).
 * </ul>
 *
 * <p>What several filters read of a page (the blocks' folded keys and words, their shallow
 * features, the page's language, where articles' heads are, the phrase vocabularies) is computed
 * once per page by {@link dev.winnow.analysis} and read from there; no filter package reaches into
 * another's classes. {@code Pipeline.news()} chains them in the order the README's table gives.
 */
@NullMarked
package dev.winnow.filter;

import org.jspecify.annotations.NullMarked;
