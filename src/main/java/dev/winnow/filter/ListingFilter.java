package dev.winnow.filter;

import dev.winnow.InputKind;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.ContentTree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognizes an HTML page that lists several articles or teasers, like a section front or a blog
 * index, and splits it into them: each unit's heading is labelled {@link Label#HEADLINE} (a short
 * kicker above it {@link Label#SECTION}), so the segmenter makes one article per unit, and what
 * lies outside the units is removed.
 *
 * <p>Units are sibling elements of one kind: {@code <article>} elements (two or more), or
 * elements with the same tag and class words ({@link #MIN_REPEATED_UNITS} or more), each opening
 * with a heading and holding some text besides. They make a listing only when together they hold
 * most of the page's text ({@link #MIN_LISTING_SHARE}) and no one of them dominates
 * ({@link #MAX_UNIT_SHARE}), and when no story outside them is longer than the longest of them:
 * a story page with a rail of related teasers stays one article, and
 * is left to {@link MainContentFilter}, which skips pages this filter has split. Plain-text pages
 * are left alone.
 *
 * <pre>{@code
 * Result r = Pipeline.news().process(Input.html(sectionFrontHtml));
 * r.page();                                   // PageKind.LISTING
 * r.articles().forEach(a -> System.out.println(a.section() + ": " + a.headline()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ListingFilter implements Filter {
  /** Two {@code <article>} elements side by side already say "list". */
  static final int MIN_ARTICLE_UNITS = 2;
  /** Other repeated elements need more repeats to be more than a pair of boxes. */
  static final int MIN_REPEATED_UNITS = 3;
  /** The units hold at least this share of the page's non-link text. */
  static final double MIN_LISTING_SHARE = 0.5;
  /** No unit holds more than this share of the units' text: otherwise it is the story, the rest teasers. */
  static final double MAX_UNIT_SHARE = 0.6;
  /** A unit's heading is among its first this many blocks (a kicker or date may come first). */
  static final int HEADING_WITHIN = 3;
  /** A kicker above a unit's heading has at most this many words. */
  static final int MAX_KICKER_WORDS = 4;

  @Override
  public void apply(Page page) {
    if (page.input() != InputKind.HTML) {
      return;
    }
    List<Block> kept = page.kept();
    ContentTree tree = ContentTree.of(kept);
    Node root = tree.root();
    if (root == null) {
      return;
    }
    List<Node> best = null;
    double bestText = 0;
    for (Node parent : tree.all()) {
      for (List<Node> group : unitGroups(tree, parent)) {
        double text = 0;
        for (Node u : group) {
          text += text(u);
        }
        if (text > bestText) {
          best = group;
          bestText = text;
        }
      }
    }
    if (best == null || bestText < text(root) * MIN_LISTING_SHARE) {
      return;
    }
    double largest = 0;
    int unitsProse = 0;
    for (Node u : best) {
      if (text(u) > bestText * MAX_UNIT_SHARE) {
        return;
      }
      largest = Math.max(largest, text(u));
      unitsProse += u.prose;
    }
    if (root.prose - unitsProse > largest) {
      // A story outside the units, longer than any of them: they are teasers around it.
      return;
    }
    split(page, tree, kept, best);
  }

  /** The groups of the parent's children that could be units: same kind, each opening with a heading. */
  private static List<List<Node>> unitGroups(ContentTree tree, Node parent) {
    if (parent.children.size() < MIN_ARTICLE_UNITS) {
      return List.of();
    }
    Map<String, List<Node>> bySignature = null;
    for (Node c : parent.children) {
      if (opensWithHeading(tree, c) && c.chars > headingChars(tree, c)) {
        if (bySignature == null) {
          bySignature = new HashMap<>();
        }
        bySignature.computeIfAbsent(c.tag() + " " + c.dom.hints(), k -> new ArrayList<>()).add(c);
      }
    }
    if (bySignature == null) {
      return List.of();
    }
    List<List<Node>> out = new ArrayList<>();
    for (List<Node> g : bySignature.values()) {
      boolean articles = g.get(0).tag().equals("article");
      if (g.size() >= (articles ? MIN_ARTICLE_UNITS : MIN_REPEATED_UNITS)) {
        out.add(g);
      }
    }
    return out;
  }

  private void split(Page page, ContentTree tree, List<Block> kept, List<Node> units) {
    List<Block> inside = new ArrayList<>();
    for (Node u : units) {
      List<Block> blocks = tree.blocksOf(u);
      inside.addAll(blocks);
      int h = headingIndex(blocks);
      page.label(blocks.get(h), Label.HEADLINE, name(), "heading of one of " + units.size() + " listed "
          + u.dom.label() + " units");
      if (h > 0 && blocks.get(h - 1).wordCount() <= MAX_KICKER_WORDS && !blocks.get(h - 1).endsSentence()) {
        page.label(blocks.get(h - 1), Label.SECTION, name(), "short line above a listed unit's heading");
      }
    }
    inside.sort(Comparator.comparingInt(Block::index));
    for (Block b : kept) {
      if (!contains(inside, b)) {
        page.remove(b, name(), "outside the " + units.size() + " listed " + units.get(0).dom.label() + " units");
      }
    }
  }

  private static boolean contains(List<Block> sorted, Block b) {
    int i = java.util.Collections.binarySearch(sorted, b, Comparator.comparingInt(Block::index));
    return i >= 0;
  }

  private static boolean opensWithHeading(ContentTree tree, Node n) {
    return headingIndex(tree.blocksOf(n)) >= 0;
  }

  /** The index of the first heading among the first blocks, or -1. */
  private static int headingIndex(List<Block> blocks) {
    for (int i = 0; i < Math.min(HEADING_WITHIN, blocks.size()); i++) {
      if (blocks.get(i).markup().headingLevel() > 0) {
        return i;
      }
    }
    return -1;
  }

  private static int headingChars(ContentTree tree, Node n) {
    List<Block> blocks = tree.blocksOf(n);
    int h = headingIndex(blocks);
    return h < 0 ? 0 : blocks.get(h).length();
  }

  private static double text(Node n) {
    return n.chars - n.linkChars;
  }
}
