package dev.winnow.source;

import dev.winnow.block.Container;
import dev.winnow.block.DomNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * One element that breaks text, open during {@link HtmlBlockBuilder}'s walk: what the blocks
 * made from its text inherit (containers, a hidden reason) and what their markup names (its
 * node, hints and path), each computed once per element when a block first needs it, and
 * iteratively, so deep nesting costs no stack.
 *
 * <p>Belongs to one walk; not thread-safe.
 */
final class OpenElement {
  /**
   * A block's path names its element and this many ancestors at most: enough to tell a template's
   * slots apart, and constant work per element however deep the page nests.
   */
  static final int PATH_MAX_SEGMENTS = 8;

  /** Ancestor hints past this many chars add nothing a filter needs; capping keeps long pages linear. */
  static final int HINTS_MAX_CHARS = 1000;

  final Element element;
  final String tag;
  final HtmlBlocks.Kind kind;
  final int id;
  final @Nullable OpenElement parent;
  /** The containers it sits in, itself included, as bits of {@link Container} ordinals. */
  final int containers;
  /** Why its text is never shown, its own reason or an ancestor's; null when it is shown. */
  final @Nullable String hidden;
  /** The index the first block inside it will have. */
  final int firstBlock;
  /** Made when a block first needs it: most elements never hold text, and never need one. */
  private @Nullable DomNode node;
  private @Nullable String allHints;
  private @Nullable String path;
  private int pathSegments;

  OpenElement(Element element, String tag, HtmlBlocks.Kind kind, int id, @Nullable OpenElement parent,
      int containers, @Nullable String hidden, int firstBlock) {
    this.element = element;
    this.tag = tag;
    this.kind = kind;
    this.id = id;
    this.parent = parent;
    this.containers = containers;
    this.hidden = hidden;
    this.firstBlock = firstBlock;
  }

  /** The element's node, made on first need together with those of its ancestors, outermost first. */
  DomNode node() {
    if (node == null && (parent == null || parent.node != null)) {
      // The usual case: the element of the block before, or a sibling of it, made the parent's.
      node = new DomNode(id, tag, HintWords.of(element), parent == null ? null : parent.node);
    } else if (node == null) {
      List<OpenElement> chain = new ArrayList<>();
      for (OpenElement q = this; q != null && q.node == null; q = q.parent) {
        chain.add(q);
      }
      for (int i = chain.size() - 1; i >= 0; i--) {
        OpenElement q = chain.get(i);
        q.node = new DomNode(q.id, q.tag, HintWords.of(q.element), q.parent == null ? null : q.parent.node);
      }
    }
    return node;
  }

  /** The hints of the element and its ancestors, innermost first, capped at {@link #HINTS_MAX_CHARS}. */
  String hints() {
    if (allHints == null) {
      List<OpenElement> chain = new ArrayList<>();
      for (OpenElement q = this; q != null && q.allHints == null; q = q.parent) {
        chain.add(q);
      }
      for (int i = chain.size() - 1; i >= 0; i--) {
        OpenElement q = chain.get(i);
        String own = q.node().hints();
        String outer = q.parent == null ? "" : capped(q.parent.allHints);
        q.allHints = outer.isEmpty() ? own : own.isEmpty() ? outer : own + " " + outer;
      }
    }
    return allHints;
  }

  private static String capped(@Nullable String hints) {
    if (hints == null || hints.length() <= HINTS_MAX_CHARS) {
      return hints == null ? "" : hints;
    }
    int cut = hints.lastIndexOf(' ', HINTS_MAX_CHARS);
    return hints.substring(0, Math.max(cut, 0));
  }

  /** The labels of the element and its nearest ancestors, outermost first: a compact path. */
  String path() {
    if (path == null) {
      List<OpenElement> chain = new ArrayList<>();
      for (OpenElement q = this; q != null && q.path == null; q = q.parent) {
        chain.add(q);
      }
      for (int i = chain.size() - 1; i >= 0; i--) {
        OpenElement q = chain.get(i);
        String label = q.node().label();
        OpenElement p = q.parent;
        if (p == null) {
          q.path = label;
          q.pathSegments = 1;
        } else if (p.pathSegments < PATH_MAX_SEGMENTS) {
          q.path = p.path + "/" + label;
          q.pathSegments = p.pathSegments + 1;
        } else {
          String outer = p.path;
          q.path = outer.substring(outer.indexOf('/') + 1) + "/" + label;
          q.pathSegments = PATH_MAX_SEGMENTS;
        }
      }
    }
    return path;
  }

  /** The containers an element opens by its tag and ARIA role, as bits. */
  static int containerBits(HtmlBlocks.Kind kind, Element e, int attributes) {
    int bits = kind.containerBits();
    if (attributes > 0) {
      String role = e.attributes().get("role");
      if (!role.isEmpty()) {
        Container byRole = HtmlBlocks.CONTAINER_ROLES.get(role.trim().toLowerCase(Locale.ROOT));
        if (byRole != null) {
          bits |= bit(byRole);
        }
      }
    }
    return bits;
  }

  static int bit(Container c) {
    return 1 << c.ordinal();
  }
}
