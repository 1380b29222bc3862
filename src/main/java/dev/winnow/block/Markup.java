package dev.winnow.block;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the HTML around a block says about it. Plain-text blocks carry {@link #NONE}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tag the lower-case name of the element the block was made from ({@code p}, {@code h2},
 *     {@code li}, ...), or {@code null} for plain text
 * @param headingLevel 1 to 6 for {@code h1}..{@code h6}, 0 otherwise
 * @param path a compact DOM path of the element, like {@code body/div.content/article/p}: tag and
 *     first class word of the element and its nearest ancestors (HTML sources name at most eight)
 * @param linkDensity the share of the block's characters that sit inside links, 0 to 1
 * @param textDensity characters per tag inside the element, as Boilerpipe's text density
 * @param hints lower-case class, id, role and aria-label words of the element and its ancestors,
 *     space-separated, innermost first; HTML sources also add {@code itemprop} words, and split
 *     camel-case words with a hyphen ({@code relatedPosts} becomes {@code related-posts})
 * @param containers the structural containers the element sits inside
 * @param node the element the block was made from, linked to its ancestors, or {@code null} for
 *     plain text; blocks made from one element share one node
 * @since 0.1
 */
public record Markup(
    @Nullable String tag,
    int headingLevel,
    String path,
    double linkDensity,
    double textDensity,
    String hints,
    Set<Container> containers,
    @Nullable DomNode node) {

  /** The markup of a plain-text block: nothing known. */
  public static final Markup NONE = new Markup(null, 0, "", 0, 0, "", Set.of(), null);

  /** The heading level a tag gives: 1 to 6 for {@code h1}..{@code h6}, 0 for any other tag. */
  public static int headingLevel(String tag) {
    if (tag.length() == 2 && tag.charAt(0) == 'h') {
      char c = tag.charAt(1);
      if (c >= '1' && c <= '6') {
        return c - '0';
      }
    }
    return 0;
  }

  /** Markup without an element node, as made by hand in tests and by sources that have no tree. */
  public Markup(@Nullable String tag, int headingLevel, String path, double linkDensity, double textDensity,
      String hints, Set<Container> containers) {
    this(tag, headingLevel, path, linkDensity, textDensity, hints, containers, null);
  }

  /** Checks the heading level (0 for none, else 1 to 6) and copies the containers. */
  public Markup {
    if (headingLevel < 0 || headingLevel > 6) {
      throw new IllegalArgumentException("headingLevel must be 0..6, was " + headingLevel);
    }
    containers = Set.copyOf(containers);
  }

  /** Whether the block sits inside the given container. */
  public boolean in(Container container) {
    return containers.contains(container);
  }

  /** Whether the block came from HTML. */
  public boolean isHtml() {
    return tag != null;
  }
}
