package dev.winnow.source;

import dev.winnow.Limits;
import dev.winnow.block.Block;
import dev.winnow.block.Container;
import dev.winnow.block.Markup;
import dev.winnow.internal.CountedBlocks;
import dev.winnow.internal.Texts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
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

  /** How many levels up a block's element is looked at for an {@code <h1>} that holds it. */
  static final int MAX_HEADING_DEPTH = 3;

  /** A block to remove once the page exists, and why. */
  record Removal(int block, String reason) {}

  private static final Container[] CONTAINERS = Container.values();

  private final Limits limits;
  private final MetadataExtractor metadata;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Removal> removals = new ArrayList<>();
  private final Map<Integer, Integer> groups = new HashMap<>();
  private final Map<Integer, Set<Container>> containerSets = new HashMap<>();
  /** The last answers of {@link #group} and {@link #containerSet}, asked again block after block. */
  private int lastGroupKey = -1;
  private int lastGroup;
  private int lastContainerBits;
  private @Nullable Set<Container> lastContainers;
  /** The pending text, already trimmed at the start and with white space folded to single spaces. */
  private final StringBuilder run = new StringBuilder();
  private boolean pendingSpace;
  /** Whether an inline element opened or closed since the last text was appended. */
  private boolean atInlineEdge;
  private @Nullable OpenElement top;
  /** The open table row whose cells join into one block ({@link TableRows}), or null. */
  private @Nullable OpenElement joinedRow;
  /** Whether a cell of {@link #joinedRow} opened since the last text: the next text starts with a separator. */
  private boolean pendingCell;
  private int runLinkChars;
  private int runChars;
  /**
   * The words of the pending text, counted as it is appended as {@link Block#wordCount()} would
   * count them: the closed tokens with a letter or digit, and whether the open one has one.
   */
  private int runWords;
  private boolean tokenAlnum;
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
    HtmlBlocks.Kind kind = HtmlBlocks.kind(tag);
    metadata.onElement(e, tag, attributes);
    switch (kind.action()) {
      case HtmlBlocks.HEAD -> {
        headDepth++;
        return FilterResult.CONTINUE;
      }
      case HtmlBlocks.SKIP -> {
        return FilterResult.SKIP_ENTIRELY;
      }
      case HtmlBlocks.LINE -> {
        flush();
        return FilterResult.CONTINUE;
      }
      default -> { }
    }
    if (headDepth > 0) {
      return FilterResult.CONTINUE;
    }
    if (kind.action() == HtmlBlocks.CODE) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (top != null && top == joinedRow && e.parent() == top.element) {
      // A cell of a row read as one line: TableRows checked it holds inline, shown text only.
      runTags++;
      pendingCell = run.length() > 0;
      return FilterResult.CONTINUE;
    }
    String hidden = kind.neverShown() != null ? kind.neverShown() : DomCleaner.hiddenByAttributes(e, tag, attributes);
    if (hidden == null && !kind.breaks()) {
      runTags++;
      atInlineEdge = true;
      if ("a".equals(tag)) {
        linkDepth++;
      }
      return FilterResult.CONTINUE;
    }
    flush();
    OpenElement parent = top;
    int containers = (parent == null ? 0 : parent.containers) | OpenElement.containerBits(kind, e, attributes);
    String inherited = parent == null ? null : parent.hidden;
    top = new OpenElement(e, tag, kind, nextId++, parent, containers, inherited != null ? inherited : hidden,
        blocks.size());
    if ("tr".equals(tag) && TableRows.joinsCells(e)) {
      joinedRow = top;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    OpenElement f = top;
    if (f != null && f.element == e) {
      flush();
      finish(f);
      top = f.parent;
      if (f == joinedRow) {
        joinedRow = null;
      }
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

  private void finish(OpenElement f) {
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
      boolean alnum = false;
      for (char d; i < n && !isSpace(d = text.charAt(i)); i++) {
        alnum |= Texts.isLetterOrDigit(d);
      }
      if (pendingCell) {
        run.append(TableRows.CELL_SEPARATOR);
        runChars++;
        pendingCell = false;
        pendingSpace = false;
        runWords += tokenAlnum ? 1 : 0;
        tokenAlnum = false;
      } else if (pendingSpace
          || (atInlineEdge && run.length() > 0 && Scripts.wordBreakBetween(run.charAt(run.length() - 1), c))) {
        run.append(' ');
        pendingSpace = false;
        runWords += tokenAlnum ? 1 : 0;
        tokenAlnum = false;
      }
      tokenAlnum |= alnum;
      atInlineEdge = false;
      run.append(text, start, i);
      runChars += i - start;
      if (linkDepth > 0) {
        runLinkChars += i - start;
      }
    }
  }

  /** {@link Texts#isSpace} without its table look-ups for the common chars. */
  static boolean isSpace(char c) {
    if (c > ' ' && c < '\u00a0') {
      // Printable ASCII and Latin-1 controls other than white space: the common case by far.
      return false;
    }
    if (c <= ' ') {
      return c == ' ' || c == '\n' || c == '\t' || c == '\r' || Texts.isSpace(c);
    }
    // The only white space above U+00A0: the space separators, line and paragraph separators, BOM.
    return c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029'
        || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
  }

  /** Turns the pending text into a block owned by the innermost breaking element. */
  private void flush() {
    OpenElement owner = top;
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
    Markup markup = new Markup(owner.tag, owner.kind.headingLevel(), owner.path(), linkDensity, textDensity,
        owner.hints(), containerSet(owner), owner.node());
    int words = runWords + (tokenAlnum ? 1 : 0);
    blocks.add(CountedBlocks.make(index, text, group(owner), 0, markup, words));
    if (owner.hidden != null) {
      removals.add(new Removal(index, owner.hidden));
    }
    if (owner.kind.headingLevel() == 1 || inTopHeading(owner)) {
      metadata.onHeading(text, (owner.containers & (OpenElement.bit(Container.ARTICLE) | OpenElement.bit(Container.MAIN))) != 0);
    }
    resetRun();
  }

  /**
   * Whether the block's element stands inside an {@code <h1>} a few levels up: {@code <h1><div
   * class="pane-content">Headline</div></h1>}, as panel layouts write it, is the page's top
   * heading all the same.
   */
  private static boolean inTopHeading(OpenElement owner) {
    OpenElement p = owner.parent;
    for (int i = 0; i < MAX_HEADING_DEPTH && p != null; i++, p = p.parent) {
      if (p.kind.headingLevel() == 1) {
        return true;
      }
    }
    return false;
  }

  private void resetRun() {
    run.setLength(0);
    pendingSpace = false;
    pendingCell = false;
    atInlineEdge = false;
    runChars = 0;
    runWords = 0;
    tokenAlnum = false;
    runLinkChars = 0;
    runTags = 0;
  }

  /**
   * Leaf blocks group with their siblings under the parent, and so do the rows of a table read a
   * line at a row; a container's own text groups under it.
   */
  private int group(OpenElement owner) {
    OpenElement key = (owner.kind.leaf() || owner == joinedRow) && owner.parent != null ? owner.parent : owner;
    if (key.id == lastGroupKey) {
      return lastGroup; // the blocks of one parent come one after another
    }
    Integer g = groups.get(key.id);
    if (g == null) {
      g = groups.size();
      groups.put(key.id, g);
    }
    lastGroupKey = key.id;
    lastGroup = g;
    return g;
  }

  /** The containers of a bit set, one shared set per distinct combination on the page. */
  private Set<Container> containerSet(OpenElement f) {
    if (f.containers == lastContainerBits && lastContainers != null) {
      return lastContainers; // most blocks sit in the containers of the block before
    }
    Set<Container> set = containerSets.get(f.containers);
    if (set == null) {
      EnumSet<Container> e = EnumSet.noneOf(Container.class);
      for (Container c : CONTAINERS) {
        if ((f.containers & OpenElement.bit(c)) != 0) {
          e.add(c);
        }
      }
      set = Set.copyOf(e);
      containerSets.put(f.containers, set);
    }
    lastContainerBits = f.containers;
    lastContainers = set;
    return set;
  }
}
