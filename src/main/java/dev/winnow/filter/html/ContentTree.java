package dev.winnow.filter.html;

import dev.winnow.block.Block;
import dev.winnow.block.DomNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The element tree of a page's blocks, with text statistics summed per element: how many chars,
 * how many of them in links, how many blocks. Built in one pass over the blocks plus one over the
 * elements, so every filter question about a container ("how link-heavy is it?") is a lookup.
 * Only elements that hold a block, or contain one that does, are in the tree.
 *
 * <p>Made for one filter run over one page; not thread-safe.
 */
final class ContentTree {

  /** One element of the tree and its sums. */
  static final class Node {
    final DomNode dom;
    final @Nullable Node parent;
    /**
     * The children, in page order (each registered when the first block inside it was). Empty and
     * shared until the first child: most elements of a page are leaves, and the tree is built by
     * several filters per page.
     */
    List<Node> children = List.of();
    /** The blocks made from this element itself (its own text), in page order; shared until the first. */
    List<Block> own = List.of();
    int chars;
    double linkChars;
    /** Chars of the blocks inside that read as prose ({@link #isProse}). */
    int prose;
    int blocks;
    int first = Integer.MAX_VALUE;
    /** The positions of the first and last block inside, in the list the tree was built over. */
    int from = Integer.MAX_VALUE;
    int to = -1;
    /** {@link NoiseContainerFilter}'s verdict: the removal reason, or empty. */
    String noise = "";
    /** The class weight, once asked for (NaN before). */
    double weight = Double.NaN;
    /** Readability's content score, once the element is a candidate. */
    double score;
    boolean candidate;

    Node(DomNode dom, @Nullable Node parent) {
      this.dom = dom;
      this.parent = parent;
    }

    void addChild(Node child) {
      if (children.isEmpty()) {
        children = new ArrayList<>(2);
      }
      children.add(child);
    }

    void addOwn(Block b) {
      if (own.isEmpty()) {
        own = new ArrayList<>(1);
      }
      own.add(b);
    }

    double linkDensity() {
      return chars == 0 ? 0 : linkChars / chars;
    }

    String tag() {
      return dom.tag();
    }

    @Override
    public String toString() {
      return dom.label() + "#" + dom.id() + "[" + chars + " chars, score " + Math.round(score) + "]";
    }
  }

  /** A paragraph of prose has at least this many chars ({@link TextWeight} units): a couple of sentences. */
  static final int PROSE_MIN_CHARS = 80;

  /** ... and less link text than this share (a teaser is mostly its link). */
  static final double PROSE_MAX_LINK_DENSITY = 0.5;

  /** Nodes by element id: ids are dense on a page, so an array beats hashing. */
  private Node[] byId = new Node[INITIAL_IDS];
  /** Nodes whose id does not fit the array or is taken by another element (hand-made markup). */
  private final Map<DomNode, Node> others = new IdentityHashMap<>();
  /** The id array starts this long and doubles as needed. */
  private static final int INITIAL_IDS = 256;
  /** Ids past this (far beyond any page's element count) go to the map. */
  private static final int MAX_DENSE_ID = 1 << 22;

  /** Class weights by hint words: pages repeat the same few class lists on many elements. */
  final Map<String, Double> weights = new HashMap<>();
  private final List<Node> ordered = new ArrayList<>();
  /** Scratch for {@link #register}: the unknown ancestors of an element, innermost first. */
  private DomNode[] chain = new DomNode[32];
  private @Nullable Node root;

  private final List<Block> blocks;

  private ContentTree(List<Block> blocks) {
    this.blocks = blocks;
  }

  /**
   * The blocks inside the element, in page order. Blocks are made in document order, so those of
   * one element are consecutive in the list the tree was built over: a view, no search.
   */
  List<Block> blocksOf(Node n) {
    return n.to < 0 ? List.of() : blocks.subList(n.from, n.to + 1);
  }

  /** The tree of the given blocks (blocks without an element node are left out). */
  static ContentTree of(List<Block> blocks) {
    ContentTree t = new ContentTree(blocks);
    for (int pos = 0; pos < blocks.size(); pos++) {
      Block b = blocks.get(pos);
      DomNode dom = b.markup().node();
      if (dom == null) {
        continue;
      }
      Node n = t.register(dom);
      n.addOwn(b);
      int len = b.length();
      n.chars += len;
      n.linkChars += len * b.markup().linkDensity();
      n.blocks++;
      if (isProse(b)) {
        n.prose += len;
      }
      n.first = Math.min(n.first, b.index());
      n.from = Math.min(n.from, pos);
      n.to = Math.max(n.to, pos);
    }
    // Elements were registered parents first, so walking the list backwards sums children into
    // parents before the parents are summed into theirs: each element is visited once.
    for (int i = t.ordered.size() - 1; i >= 0; i--) {
      Node n = t.ordered.get(i);
      if (n.parent != null) {
        n.parent.chars += n.chars;
        n.parent.linkChars += n.linkChars;
        n.parent.prose += n.prose;
        n.parent.blocks += n.blocks;
        n.parent.first = Math.min(n.parent.first, n.first);
        n.parent.from = Math.min(n.parent.from, n.from);
        n.parent.to = Math.max(n.parent.to, n.to);
      }
    }
    return t;
  }

  /** Whether a block reads as a paragraph of prose: long, a full sentence, mostly not links. */
  static boolean isProse(Block b) {
    return b.markup().linkDensity() < PROSE_MAX_LINK_DENSITY && b.endsSentence()
        && (b.length() >= PROSE_MIN_CHARS || TextWeight.of(b.text()) >= PROSE_MIN_CHARS);
  }

  private Node register(DomNode dom) {
    Node existing = lookup(dom);
    if (existing != null) {
      return existing;
    }
    // Create the missing chain from the outermost unknown ancestor down, without recursion.
    int missing = 0;
    Node known = null;
    for (DomNode d = dom; d != null; d = d.parent()) {
      known = lookup(d);
      if (known != null) {
        break;
      }
      if (missing == chain.length) {
        chain = java.util.Arrays.copyOf(chain, missing * 2);
      }
      chain[missing++] = d;
    }
    Node parent = known;
    for (int i = missing - 1; i >= 0; i--) {
      Node n = new Node(chain[i], parent);
      chain[i] = null;
      store(n);
      ordered.add(n);
      if (parent != null) {
        parent.addChild(n);
      } else if (root == null) {
        root = n;
      }
      parent = n;
    }
    return parent;
  }

  /** The tree node of an element, or null when no block lies inside it. */
  @Nullable Node get(@Nullable DomNode dom) {
    return dom == null ? null : lookup(dom);
  }

  private @Nullable Node lookup(DomNode dom) {
    int id = dom.id();
    if (id >= 0 && id < byId.length && byId[id] != null && byId[id].dom == dom) {
      return byId[id];
    }
    return others.isEmpty() ? null : others.get(dom);
  }

  private void store(Node n) {
    int id = n.dom.id();
    if (id >= 0 && id < MAX_DENSE_ID) {
      if (id >= byId.length) {
        byId = java.util.Arrays.copyOf(byId, Math.max(id + 1, byId.length * 2));
      }
      if (byId[id] == null) {
        byId[id] = n;
        return;
      }
    }
    others.put(n.dom, n);
  }

  /** The outermost element, or null when no block has one. */
  @Nullable Node root() {
    return root;
  }

  /** Every element of the tree, each after its parent. */
  List<Node> all() {
    return ordered;
  }
}
