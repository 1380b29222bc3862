package dev.winnow.block;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTML element a block came from or sat inside: its tag, its own class, id, role and
 * microdata words, and its parent. The nodes of a page form the element tree of the blocks, so an
 * HTML filter can ask which blocks share a container without seeing the DOM itself. A page's
 * nodes are numbered in document order, so {@link #id()} is unique on a page; two nodes are
 * {@linkplain #equals equal} when their ids, tags, hints and parents are, so on one page a node
 * equals only itself, and the nodes of one page read twice are equal.
 *
 * <pre>{@code
 * DomNode body = new DomNode(0, "body", "", null);
 * DomNode story = new DomNode(1, "div", "story-body", body);
 * story.isInside(body);                  // true
 * story.path();                          // "body/div.story-body"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DomNode {
  private final int id;
  private final String tag;
  private final String hints;
  private final @Nullable DomNode parent;
  private final int depth;
  private final String label;

  /**
   * Makes a node.
   *
   * @param id the element's position on the page in document order, unique on the page
   * @param tag the lower-case tag name
   * @param hints the element's own lower-case class, id, role, aria-label and itemprop words,
   *     space-separated (see {@link Markup#hints()} for how they are normalized)
   * @param parent the enclosing element's node, or {@code null} for the root
   */
  public DomNode(int id, String tag, String hints, @Nullable DomNode parent) {
    this.id = id;
    this.tag = Objects.requireNonNull(tag, "tag");
    this.hints = Objects.requireNonNull(hints, "hints");
    this.parent = parent;
    this.depth = parent == null ? 0 : parent.depth + 1;
    int space = hints.indexOf(' ');
    this.label = hints.isEmpty() ? tag : tag + "." + (space < 0 ? hints : hints.substring(0, space));
  }

  /** The element's position on the page in document order, unique on the page. */
  public int id() {
    return id;
  }

  /** The lower-case tag name. */
  public String tag() {
    return tag;
  }

  /** The element's own hint words (not its ancestors'). */
  public String hints() {
    return hints;
  }

  /** The enclosing element's node, or {@code null} for the root. */
  public @Nullable DomNode parent() {
    return parent;
  }

  /** The number of ancestors: 0 for the root. */
  public int depth() {
    return depth;
  }

  /** Whether this node is the given one or sits inside it. */
  public boolean isInside(DomNode ancestor) {
    for (DomNode n = this; n != null && n.depth >= ancestor.depth; n = n.parent) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The ancestor (or this node) at the given depth, or {@code null} when this node is shallower. */
  public @Nullable DomNode atDepth(int d) {
    DomNode n = this;
    while (n != null && n.depth > d) {
      n = n.parent;
    }
    return n != null && n.depth == d ? n : null;
  }

  /** The tag with the first hint word, as in a compact path: {@code div.story-body}. */
  public String label() {
    return label;
  }

  /** The labels of the ancestors and this node, outermost first, joined by {@code /}. */
  public String path() {
    String[] labels = new String[depth + 1];
    for (DomNode n = this; n != null; n = n.parent) {
      labels[n.depth] = n.label();
    }
    return String.join("/", labels);
  }

  @Override
  public String toString() {
    return "DomNode#" + id + " " + label();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DomNode)) {
      return false;
    }
    // Up both ancestor chains at once, without recursion: a deep tree must not overflow the stack.
    DomNode a = this;
    DomNode b = (DomNode) o;
    while (a != b) {
      if (a == null || b == null || a.id != b.id || a.depth != b.depth || !a.tag.equals(b.tag)
          || !a.hints.equals(b.hints)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  /** From the node's own id, tag and hints; its ancestors take part in {@link #equals} only. */
  @Override
  public int hashCode() {
    return Objects.hash(id, tag, hints);
  }
}
