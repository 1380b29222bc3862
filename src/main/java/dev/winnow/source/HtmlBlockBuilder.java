package dev.winnow.source;

import dev.winnow.Limits;
import dev.winnow.block.Block;
import dev.winnow.block.Container;
import dev.winnow.block.DomNode;
import dev.winnow.block.Markup;
import dev.winnow.internal.Texts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jspecify.annotations.Nullable;

/**
 * Makes blocks in one walk over a parsed document: text accumulates until an element that breaks
 * text ({@link HtmlBlocks#BREAKING}) opens or closes, then becomes a block owned by the innermost
 * open breaking element. Link text, tag counts, hints, paths and containers are tracked on the
 * way, so nothing is recomputed per element. Runs inside {@link org.jsoup.select.NodeTraversor},
 * which iterates rather than recursing, so no nesting depth overflows the stack.
 *
 * <p>One instance reads one document; not thread-safe.
 */
final class HtmlBlockBuilder implements NodeFilter {
  /**
   * A form holding less text than this is a search box, a sign-up or a comment form; more, and
   * it is a page wrapper (ASP.NET pages wrap the whole body in one form).
   */
  static final int FORM_WRAPPER_MIN_CHARS = 1000;

  /**
   * A block's path names its element and this many ancestors at most: enough to tell a template's
   * slots apart, and constant work per element however deep the page nests.
   */
  static final int PATH_MAX_SEGMENTS = 8;

  /** Ancestor hints past this many chars add nothing a filter needs; capping keeps long pages linear. */
  static final int HINTS_MAX_CHARS = 1000;

  /** A block to remove once the page exists, and why. */
  record Removal(int block, String reason) {}

  /** One open element that breaks text. */
  private static final class Frame {
    final Element element;
    final String tag;
    final int id;
    final @Nullable Frame parent;
    final int containers;
    final @Nullable String hidden;
    final int firstBlock;
    /** Made when a block first needs it: most elements never hold text, and never need one. */
    @Nullable DomNode node;
    @Nullable String allHints;
    @Nullable String path;
    int pathSegments;

    Frame(Element element, String tag, int id, @Nullable Frame parent, int containers, @Nullable String hidden,
        int firstBlock) {
      this.element = element;
      this.tag = tag;
      this.id = id;
      this.parent = parent;
      this.containers = containers;
      this.hidden = hidden;
      this.firstBlock = firstBlock;
    }
  }

  private static final Container[] CONTAINERS = Container.values();

  private final Limits limits;
  private final MetadataExtractor metadata;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Removal> removals = new ArrayList<>();
  private final Map<Integer, Integer> groups = new HashMap<>();
  private final Map<Integer, Set<Container>> containerSets = new HashMap<>();
  /** The pending text, already trimmed at the start and with white space folded to single spaces. */
  private final StringBuilder run = new StringBuilder();
  private boolean pendingSpace;
  /** Whether an inline element opened or closed since the last text was appended. */
  private boolean atInlineEdge;
  private @Nullable Frame top;
  private int runLinkChars;
  private int runChars;
  private int runTags;
  private int linkDepth;
  private int headDepth;
  private int nodes;
  private int nextId;
  private boolean truncated;

  HtmlBlockBuilder(Limits limits, MetadataExtractor metadata) {
    this.limits = limits;
    this.metadata = metadata;
  }

  List<Block> blocks() {
    return blocks;
  }

  List<Removal> removals() {
    return removals;
  }

  boolean truncated() {
    return truncated;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      if (headDepth == 0 && top != null) {
        append(t.getWholeText());
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    if (++nodes > limits.maxDomNodes() || blocks.size() >= limits.maxBlocks()) {
      truncated = true;
      return FilterResult.STOP;
    }
    if (depth >= limits.maxDomDepth()) {
      // The parser flattened what lies deeper into this level.
      truncated = true;
    }
    String tag = e.normalName();
    int attributes = e.attributesSize();
    metadata.onElement(e, tag, attributes);
    switch (tag) {
      case "head" -> {
        headDepth++;
        return FilterResult.CONTINUE;
      }
      case "title", "script", "style" -> {
        return FilterResult.SKIP_ENTIRELY;
      }
      case "br", "hr" -> {
        flush();
        return FilterResult.CONTINUE;
      }
      default -> { }
    }
    if (headDepth > 0) {
      return FilterResult.CONTINUE;
    }
    if (DomCleaner.isCode(tag)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String hidden = DomCleaner.hiddenReason(e, tag, attributes);
    if (hidden == null && !HtmlBlocks.breaks(tag)) {
      runTags++;
      atInlineEdge = true;
      if ("a".equals(tag)) {
        linkDepth++;
      }
      return FilterResult.CONTINUE;
    }
    flush();
    Frame parent = top;
    int containers = (parent == null ? 0 : parent.containers) | containerBits(tag, e, attributes);
    String inherited = parent == null ? null : parent.hidden;
    top = new Frame(e, tag, nextId++, parent, containers, inherited != null ? inherited : hidden, blocks.size());
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    Frame f = top;
    if (f != null && f.element == e) {
      flush();
      finish(f);
      top = f.parent;
    } else if ("head".equals(e.normalName())) {
      headDepth = Math.max(0, headDepth - 1);
    } else {
      atInlineEdge = true;
      if ("a".equals(e.normalName()) && linkDepth > 0) {
        linkDepth--;
      }
    }
    return FilterResult.CONTINUE;
  }

  /** Ends the walk: the text still pending becomes a block. */
  void finishWalk() {
    flush();
  }

  private void finish(Frame f) {
    if (!"form".equals(f.tag) || f.hidden != null) {
      return;
    }
    int chars = 0;
    for (int i = f.firstBlock; i < blocks.size(); i++) {
      chars += blocks.get(i).length();
    }
    if (chars < FORM_WRAPPER_MIN_CHARS) {
      for (int i = f.firstBlock; i < blocks.size(); i++) {
        removals.add(new Removal(i, "inside a form (" + chars + " chars: a search, sign-up or comment form)"));
      }
    }
  }

  /** Appends text to the pending run, folding white space as it goes: one pass per char. */
  private void append(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pendingSpace = run.length() > 0;
        i++;
        continue;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      if (pendingSpace || (atInlineEdge && run.length() > 0 && Scripts.wordBreakBetween(run.charAt(run.length() - 1), c))) {
        run.append(' ');
        pendingSpace = false;
      }
      atInlineEdge = false;
      run.append(text, start, i);
      runChars += i - start;
      if (linkDepth > 0) {
        runLinkChars += i - start;
      }
    }
  }

  private static boolean isSpace(char c) {
    // Printable ASCII and the usual white space are the common cases: decide them without the
    // Unicode tables.
    if (c > ' ' && c < '\u007f') {
      return false;
    }
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || Texts.isSpace(c);
  }

  /** Turns the pending text into a block owned by the innermost breaking element. */
  private void flush() {
    Frame owner = top;
    if (runChars == 0 || owner == null) {
      resetRun();
      return;
    }
    if (blocks.size() >= limits.maxBlocks()) {
      truncated = true;
      resetRun();
      return;
    }
    String text = run.toString();
    int index = blocks.size();
    double linkDensity = (double) runLinkChars / runChars;
    double textDensity = (double) runChars / (runTags + 1);
    Markup markup = new Markup(owner.tag, HtmlBlocks.headingLevel(owner.tag), path(owner), linkDensity, textDensity,
        hints(owner), containerSet(owner), node(owner));
    blocks.add(new Block(index, text, group(owner), 0, markup));
    if (owner.hidden != null) {
      removals.add(new Removal(index, owner.hidden));
    }
    if (owner.tag.equals("h1")) {
      metadata.onHeading(text, (owner.containers & (bit(Container.ARTICLE) | bit(Container.MAIN))) != 0);
    }
    resetRun();
  }

  private void resetRun() {
    run.setLength(0);
    pendingSpace = false;
    atInlineEdge = false;
    runChars = 0;
    runLinkChars = 0;
    runTags = 0;
  }

  /** Leaf blocks group with their siblings under the parent; a container's own text groups under it. */
  private int group(Frame owner) {
    Frame key = HtmlBlocks.LEAVES.contains(owner.tag) && owner.parent != null ? owner.parent : owner;
    Integer g = groups.get(key.id);
    if (g == null) {
      g = groups.size();
      groups.put(key.id, g);
    }
    return g;
  }

  /** The hints of the element and its ancestors, innermost first; computed once per element, iteratively. */
  private static String hints(Frame f) {
    if (f.allHints == null) {
      List<Frame> chain = new ArrayList<>();
      for (Frame q = f; q != null && q.allHints == null; q = q.parent) {
        chain.add(q);
      }
      for (int i = chain.size() - 1; i >= 0; i--) {
        Frame q = chain.get(i);
        String own = node(q).hints();
        String outer = q.parent == null ? "" : capped(q.parent.allHints);
        q.allHints = outer.isEmpty() ? own : own.isEmpty() ? outer : own + " " + outer;
      }
    }
    return f.allHints;
  }

  private static String capped(@Nullable String hints) {
    if (hints == null || hints.length() <= HINTS_MAX_CHARS) {
      return hints == null ? "" : hints;
    }
    int cut = hints.lastIndexOf(' ', HINTS_MAX_CHARS);
    return hints.substring(0, Math.max(cut, 0));
  }

  /** The labels of the element and its nearest ancestors, outermost first: a compact path. */
  private static String path(Frame f) {
    if (f.path == null) {
      List<Frame> chain = new ArrayList<>();
      for (Frame q = f; q != null && q.path == null; q = q.parent) {
        chain.add(q);
      }
      for (int i = chain.size() - 1; i >= 0; i--) {
        Frame q = chain.get(i);
        String label = node(q).label();
        if (q.parent == null) {
          q.path = label;
          q.pathSegments = 1;
        } else if (q.parent.pathSegments < PATH_MAX_SEGMENTS) {
          q.path = q.parent.path + "/" + label;
          q.pathSegments = q.parent.pathSegments + 1;
        } else {
          String outer = q.parent.path;
          q.path = outer.substring(outer.indexOf('/') + 1) + "/" + label;
          q.pathSegments = PATH_MAX_SEGMENTS;
        }
      }
    }
    return f.path;
  }

  /** The element's node, made on first need together with those of its ancestors, outermost first. */
  private static DomNode node(Frame f) {
    if (f.node == null) {
      List<Frame> chain = new ArrayList<>();
      for (Frame q = f; q != null && q.node == null; q = q.parent) {
        chain.add(q);
      }
      for (int i = chain.size() - 1; i >= 0; i--) {
        Frame q = chain.get(i);
        q.node = new DomNode(q.id, q.tag, HintWords.of(q.element), q.parent == null ? null : q.parent.node);
      }
    }
    return f.node;
  }

  /** The containers of a bit set, one shared set per distinct combination on the page. */
  private Set<Container> containerSet(Frame f) {
    Set<Container> set = containerSets.get(f.containers);
    if (set == null) {
      EnumSet<Container> e = EnumSet.noneOf(Container.class);
      for (Container c : CONTAINERS) {
        if ((f.containers & bit(c)) != 0) {
          e.add(c);
        }
      }
      set = Set.copyOf(e);
      containerSets.put(f.containers, set);
    }
    return set;
  }

  private static int containerBits(String tag, Element e, int attributes) {
    int bits = 0;
    Container byTag = HtmlBlocks.CONTAINER_TAGS.get(tag);
    if (byTag != null) {
      bits |= bit(byTag);
    }
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

  private static int bit(Container c) {
    return 1 << c.ordinal();
  }
}
