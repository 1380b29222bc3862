package dev.winnow.filter.html;

import dev.winnow.block.Block;
import dev.winnow.filter.html.ContentTree.Node;
import dev.winnow.source.HintPatterns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Mozilla Readability's candidate scoring, over blocks (lengths in {@link TextWeight} units, so
 * Chinese and Japanese paragraphs score like English ones): every paragraph-like block gives its
 * parent element a score for its length and commas, its grandparent half, and further ancestors
 * less; each candidate starts from its tag and class words and is scaled down by its link
 * density; the best candidate, moved up where its parent holds more of the article, is the main
 * content, with the siblings that belong to it.
 *
 * <p>Stateless and thread-safe; each {@link #select} call builds its own state.
 */
final class ContentScorer {
  /** Blocks shorter than this score nothing: captions, labels, buttons (Readability: 25). */
  static final int MIN_PARAGRAPH_CHARS = 25;
  /** Each full hundred chars adds one point, up to this many (Readability: 3). */
  static final int MAX_LENGTH_POINTS = 3;
  /** Ancestors this many levels above a paragraph still get a share of its score (Readability: 5). */
  static final int SCORED_LEVELS = 5;
  /** The weight a class or id word adds or takes away (Readability: 25). */
  static final double CLASS_WEIGHT = 25;
  /** How many runners-up are consulted for a common ancestor (Readability: 5). */
  static final int TOP_CANDIDATES = 5;
  /** Runners-up scoring this share of the best are near-equal parts of one article (Readability: 0.75). */
  static final double NEAR_TOP_SHARE = 0.75;
  /** This many near-equal runners-up under one ancestor make that ancestor the article (Readability: 3). */
  static final int MIN_SHARED_CANDIDATES = 3;
  /** A sibling needs this share of the best score to join (Readability: 0.2). */
  static final double SIBLING_SHARE = 0.2;
  /** ... and at least this score (Readability: 10). */
  static final double SIBLING_MIN_SCORE = 10;
  /** A sibling paragraph this long with little link text joins (Readability: 80). */
  static final int SIBLING_PARAGRAPH_CHARS = 80;
  /** ... when at most this share of it is link text (Readability: 0.25). */
  static final double SIBLING_MAX_LINK_DENSITY = 0.25;

  /** Tags whose blocks are paragraphs that score (Readability scores p, td, pre; divs of text become p). */
  private static final Set<String> SCORED_TAGS = Set.of("p", "td", "pre", "div", "section", "article", "main", "span",
      "font", "center", "blockquote", "dd");

  /** Tags whose element is the paragraph itself; for other tags the block is the element's loose text. */
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "td", "pre", "li", "dd", "dt", "blockquote", "h1", "h2",
      "h3", "h4", "h5", "h6", "th", "figcaption", "caption", "address");

  private final HintPatterns positive;
  private final HintPatterns negative;

  ContentScorer(HintPatterns positive, HintPatterns negative) {
    this.positive = positive;
    this.negative = negative;
  }

  /** What was selected: whole elements, and loose paragraphs next to them. */
  record Selection(Node top, List<Node> elements, List<Block> paragraphs) {
    boolean contains(Node n) {
      for (Node e : elements) {
        if (n.dom.isInside(e.dom) || e.dom.isInside(n.dom)) {
          return true;
        }
      }
      return false;
    }

    boolean contains(Block b) {
      if (paragraphs.contains(b)) {
        return true;
      }
      for (Node n : elements) {
        if (b.markup().node() != null && b.markup().node().isInside(n.dom)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Scores the tree and picks the main content.
   *
   * @param weighClasses whether class and id words count (the fallback ladder turns this off)
   * @return the selection, or null when no block is long enough to score
   */
  @Nullable Selection select(ContentTree tree, boolean weighClasses) {
    List<Node> candidates = score(tree, weighClasses);
    if (candidates.isEmpty()) {
      return null;
    }
    candidates.sort(Comparator.comparingDouble((Node n) -> n.score).reversed());
    Node top = candidates.get(0);
    top = sharedAncestor(top, candidates);
    top = climb(top);
    if (weighClasses) {
      top = contentNamedAncestor(top);
    }
    Selection s = siblings(top);
    addTwins(s, tree.all());
    return s;
  }

  /**
   * Adds the parts of an article split by pictures or sidebars: candidates elsewhere that carry
   * exactly the top candidate's tag and class words and hold prose.
   */
  private static void addTwins(Selection s, List<Node> nodes) {
    Node top = s.top();
    String hints = top.dom.hints();
    if (hints.isEmpty()) {
      return;
    }
    for (Node c : nodes) {
      if (c != top && c.prose > 0 && c.tag().equals(top.tag()) && c.dom.hints().equals(hints) && !s.contains(c)) {
        s.elements().add(c);
      }
    }
  }

  private List<Node> score(ContentTree tree, boolean weighClasses) {
    List<Node> candidates = new ArrayList<>();
    for (Node n : tree.all()) {
      n.score = 0;
      n.candidate = false;
    }
    for (Node n : tree.all()) {
      for (Block b : n.own) {
        if (!SCORED_TAGS.contains(n.tag())) {
          continue;
        }
        int weight = TextWeight.of(b.text());
        if (weight < MIN_PARAGRAPH_CHARS) {
          continue;
        }
        double points = 1 + commas(b.text()) + Math.min(weight / 100, MAX_LENGTH_POINTS);
        Node start = PARAGRAPH_TAGS.contains(n.tag()) ? n.parent : n;
        int level = 0;
        for (Node a = start; a != null && level < SCORED_LEVELS; a = a.parent, level++) {
          if (!a.candidate) {
            a.candidate = true;
            a.score = initialScore(tree, a, weighClasses);
            candidates.add(a);
          }
          a.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        }
      }
    }
    for (Node c : candidates) {
      c.score *= 1 - c.linkDensity();
    }
    return candidates;
  }

  private double initialScore(ContentTree tree, Node n, boolean weighClasses) {
    double s = switch (n.tag()) {
      case "div" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return weighClasses ? s + classWeight(tree, n) : s;
  }

  /**
   * Readability's class weight: minus for chrome words, plus for content words; a page builder's
   * name for its boxes is no word of either ({@link BuilderBoxes}).
   */
  double classWeight(ContentTree tree, Node n) {
    if (Double.isNaN(n.weight)) {
      String hints = n.dom.hints();
      Double known = hints.isEmpty() ? Double.valueOf(0) : tree.weights.get(hints);
      if (known == null) {
        double w = 0;
        String own = BuilderBoxes.withoutPrefixes(hints);
        if (negative.matches(own)) {
          w -= CLASS_WEIGHT;
        }
        if (positive.matches(own)) {
          w += CLASS_WEIGHT;
        }
        known = w;
        tree.weights.put(hints, known);
      }
      n.weight = known;
    }
    return n.weight;
  }

  /** When several near-best candidates share an ancestor of the best, the article is that ancestor. */
  private static Node sharedAncestor(Node top, List<Node> sorted) {
    List<Node> near = new ArrayList<>();
    for (int i = 1; i < Math.min(TOP_CANDIDATES, sorted.size()); i++) {
      if (sorted.get(i).score >= top.score * NEAR_TOP_SHARE) {
        near.add(sorted.get(i));
      }
    }
    if (near.size() < MIN_SHARED_CANDIDATES) {
      return top;
    }
    for (Node a = top.parent; a != null && a.parent != null; a = a.parent) {
      int sharing = 0;
      for (Node c : near) {
        if (c.dom.isInside(a.dom)) {
          sharing++;
        }
      }
      if (sharing >= MIN_SHARED_CANDIDATES) {
        return a;
      }
    }
    return top;
  }

  /**
   * The nearest ancestor, a few levels up, whose class words say it holds the body ("entry-content",
   * "article-body") and that holds more prose than the top, with few links: the body of a page
   * that a layout builder cut into rows and columns, each scored apart. Else the top itself.
   */
  private Node contentNamedAncestor(Node top) {
    int level = 0;
    for (Node a = top.parent; a != null && a.parent != null && level < CONTENT_ANCESTOR_LEVELS; a = a.parent, level++) {
      if (!a.dom.hints().isEmpty() && positive.matches(a.dom.hints()) && !negative.matches(a.dom.hints())) {
        return a.prose >= top.prose * CONTENT_ANCESTOR_MIN_GROWTH && a.linkDensity() <= CONTENT_ANCESTOR_MAX_LINK_DENSITY ? a : top;
      }
    }
    return top;
  }

  /**
   * How much more prose a content-named ancestor must hold than the top: twice as much. A body
   * cut into columns leaves the top one part of several; an ancestor that adds only a summary or
   * an author's note to the top is no reason to climb.
   */
  static final double CONTENT_ANCESTOR_MIN_GROWTH = 2.0;

  /** How far up a content-named ancestor is looked for. */
  static final int CONTENT_ANCESTOR_LEVELS = 6;

  /** The most link text a content-named ancestor may hold to be taken for the body. */
  static final double CONTENT_ANCESTOR_MAX_LINK_DENSITY = 0.15;

  /** Moves up while the parent scores higher, or while the top is its parent's only text. */
  private static Node climb(Node start) {
    Node top = start;
    double last = top.score;
    double threshold = last / 3;
    for (Node p = top.parent; p != null && p.parent != null; p = p.parent) {
      if (!p.candidate) {
        continue;
      }
      if (p.score < threshold) {
        break;
      }
      if (p.score > last) {
        top = p;
        break;
      }
      last = p.score;
    }
    while (top.parent != null && top.parent.parent != null && top.parent.chars == top.chars) {
      top = top.parent;
    }
    return top;
  }

  /** The top candidate and the siblings that belong with it. */
  private static Selection siblings(Node top) {
    List<Node> elements = new ArrayList<>();
    List<Block> paragraphs = new ArrayList<>();
    Node parent = top.parent;
    if (parent == null) {
      elements.add(top);
      return new Selection(top, elements, paragraphs);
    }
    double threshold = Math.max(SIBLING_MIN_SCORE, top.score * SIBLING_SHARE);
    String topHints = top.dom.hints();
    for (Node s : parent.children) {
      if (s == top) {
        elements.add(s);
        continue;
      }
      double bonus = !topHints.isEmpty() && topHints.equals(s.dom.hints()) ? top.score * SIBLING_SHARE : 0;
      if (s.candidate && s.score + bonus >= threshold) {
        elements.add(s);
      } else if ("p".equals(s.tag()) && s.blocks == s.own.size()) {
        for (Block b : s.own) {
          if (isSiblingParagraph(b)) {
            paragraphs.add(b);
          }
        }
      }
    }
    for (Block b : parent.own) {
      if (isSiblingParagraph(b)) {
        paragraphs.add(b);
      }
    }
    return new Selection(top, elements, paragraphs);
  }

  private static boolean isSiblingParagraph(Block b) {
    double ld = b.markup().linkDensity();
    int len = TextWeight.of(b.text());
    if (len > SIBLING_PARAGRAPH_CHARS) {
      return ld < SIBLING_MAX_LINK_DENSITY;
    }
    return len > 0 && ld == 0 && (b.text().endsWith(".") || b.text().contains(". "));
  }

  /** Commas of any script: {@code , ، ﹐ ︐ ︑ ⹁ ⸴ ⸲ ，}, as Readability counts them. */
  static int commas(String s) {
    int n = 0;
    // String.indexOf is vectorized, and answers at once for a char a Latin-1 string cannot hold.
    for (int k = 0; k < COMMAS.length(); k++) {
      char comma = COMMAS.charAt(k);
      for (int i = s.indexOf(comma); i >= 0; i = s.indexOf(comma, i + 1)) {
        n++;
      }
    }
    return n;
  }

  private static final String COMMAS = ",\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C";
}
