/**
 * What the filters read of a page, computed once per page and shared: the filters decide, this
 * package describes.
 *
 * <ul>
 *   <li>{@link dev.winnow.analysis.TextFeatures}: every block's shallow features (word, letter,
 *       digit and symbol counts, stopword density in the page's language, sentence ends, list
 *       bullets, placeholders, group sizes, repeats), from one pass of {@code LineScan} over each
 *       block's chars, which also stores the block's words ({@code BlockWords});
 *   <li>{@link dev.winnow.analysis.BlockKeys}: every block's folded key ({@link
 *       dev.winnow.analysis.Keys}), the form the vocabularies are looked up in;
 *   <li>{@link dev.winnow.analysis.Vocabulary} and {@link dev.winnow.analysis.WordIndex}: the
 *       phrase families (data in {@code /dev/winnow/vocab/}) and the word sets that tell cheaply
 *       whether a block can hold one of their phrases ({@code CharTable}, {@code PackedWords});
 *   <li>line classes several filters agree on: {@link dev.winnow.analysis.Bylines}, {@link
 *       dev.winnow.analysis.DateLines}, {@link dev.winnow.analysis.TimeLines}, {@link
 *       dev.winnow.analysis.Shape};
 *   <li>{@link dev.winnow.analysis.ArticleHeads} and {@code Head}: where the
 *       articles of a text page begin (section, headline, dek, byline, date, first paragraph).
 * </ul>
 *
 * <p>Each analysis is made by the first filter that asks and kept with the page ({@code
 * Page.analysis}), so a chain pays for it once. Exported for the authors of their own filters;
 * the classes are immutable once made, or confined to one page.
 */
@NullMarked
package dev.winnow.analysis;

import org.jspecify.annotations.NullMarked;
