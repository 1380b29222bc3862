package dev.winnow.block;

/**
 * What a filter can say a block is, besides noise. Labels are the side channel through which one
 * filter tells a later one, and the segmenter, what it found: a section label opens an article, a
 * read-more stub closes one, a headline titles one.
 *
 * <p>Immutable and thread-safe, as every enum.
 *
 * @since 0.1
 */
public enum Label {
  /** A section or category label that precedes headlines, like "International". */
  SECTION,
  /** The title line that opens an article. */
  HEADLINE,
  /** A subtitle right under the headline (also called standfirst or subhead). */
  DEK,
  /** The author line ("By Jane Doe"). */
  BYLINE,
  /** A publication date or dateline. */
  DATE,
  /** A read-more stub ("Continue Reading") that closes a teaser; the block itself is removed. */
  STUB,
  /** A sub-heading inside an article body. */
  HEADING,
  /** An item of a list that belongs to the body. */
  LIST_ITEM,
  /** A quotation set off from the body text. */
  QUOTE,
  /** A caption of a figure inside the body. */
  CAPTION,
  /** A block positively judged to be article content. */
  CONTENT,
  /** A hard article boundary: nothing after it belongs to the article before it. */
  BOUNDARY
}
