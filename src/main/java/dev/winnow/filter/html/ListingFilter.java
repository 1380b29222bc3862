package dev.winnow.filter.html;

import com.google.common.base.Suppliers;
import dev.winnow.InputKind;
import dev.winnow.analysis.Bylines;
import dev.winnow.analysis.DateLines;
import dev.winnow.block.Block;
import dev.winnow.block.DomNode;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.filter.html.ContentTree.Node;
import dev.winnow.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Recognizes an HTML page that lists several articles or teasers, like a section front or a blog
 * index, and splits it into them: each unit's heading is labelled {@link Label#HEADLINE}, so the
 * segmenter makes one article per unit, and what lies outside the units (header, modules between
 * them, footer) is removed.
 *
 * <p>Units are sibling elements of one kind, each opening with a heading and holding some text
 * besides, found by structure, never by class names alone (on many sites they are obfuscated or
 * differ per item):
 * <ul>
 *   <li>{@code <article>} elements, two or more;
 *   <li>cards, two or more: boxes of one tag whose one headline, of one level, links to its story
 *       elsewhere;
 *   <li>other boxes with the same tag and class words, {@link #MIN_REPEATED_UNITS} or more.
 * </ul>
 * They make a listing only when their units hold prose and together most of the page's text
 * ({@link #MIN_LISTING_SHARE}), when no one of them dominates ({@link #MAX_UNIT_SHARE}) unless they
 * are cards or {@code <article>}s of which two or more are stories ({@link #MIN_STORY_PROSE}), and
 * when no story outside them is longer than the longest of them: a story page with a rail of
 * related teasers stays one article, and is left to {@link MainContentFilter}, which skips pages
 * this filter has split. A front page that shows one story today, in the page's one
 * {@code <article>} or in one card, is a listing of one ({@link #MIN_LONE_PARAGRAPHS}); a story
 * page, whose headline is its own and no link, is not. Plain-text pages are left alone.
 *
 * <p>Each unit is then read as an article: of the short lines above the heading, the nearest, a
 * link to the section's page rather than a plain line, is its {@link Label#SECTION}, and the
 * others are its byline, its date or removed; between the heading and the body, a dek, an author
 * line and a date are labelled {@link Label#DEK}, {@link Label#BYLINE} and {@link Label#DATE},
 * once each, and the other lines there are removed; in the body, short lines in other elements
 * than the paragraphs (a {@code <div>} among {@code <p>}s) are removed.
 *
 * <p>Units that all open with the same heading are the panes of one item (a recipe's tabs), read
 * as one article under that heading. A page
 * that states it is one article (its JSON-LD or Open Graph type), and whose stated
 * headline stands on the first unit's heading or on no unit's, is one story whose sections look
 * like units: it is not split, and the main-content filters read it.
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
  /**
   * A unit with this many chars of prose is a story of its own, not a teaser: {@code <article>}
   * units of unequal length are a listing when two of them are stories.
   */
  static final int MIN_STORY_PROSE = 400;
  /**
   * A lone {@code <article>} or card is a listed story when it has this many paragraphs of prose:
   * fewer, and it is a teaser, a review or a comment, as likely the page's own item as a list of one.
   */
  static final int MIN_LONE_PARAGRAPHS = 3;
  /** A unit's heading is among its first this many blocks (a kicker or date may come first). */
  static final int HEADING_WITHIN = 5;
  /** A kicker above a unit's heading has at most this many words. */
  static final int MAX_KICKER_WORDS = 4;
  /** A dek under a unit's heading has at least this many words (fewer: a label, a name, a time). */
  static final int MIN_DEK_WORDS = 6;
  /** A line with this share of link text is a link, not a dek. */
  static final double LINK_LINE = 0.5;
  /**
   * Elements that hold body text of their own kind beside the paragraphs (list items, quotes,
   * cells, captions), so a short one among the paragraphs is not chrome for being another element.
   */
  private static final Set<String> TEXT_TAGS = Set.of("p", "li", "dd", "dt", "blockquote", "pre", "td", "th",
      "figcaption", "caption", "h1", "h2", "h3", "h4", "h5", "h6");

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
    List<Node> units = listedUnits(tree, root);
    if (units == null) {
      units = loneArticle(tree, root);
    }
    if (units != null && !statedStory(page, tree, kept, units)) {
      split(page, tree, kept, units);
      if (oneHeading(tree, units)) {
        joinPanes(page, tree, units);
      }
    }
  }

  /**
   * Whether the page says it is one story, and its units are parts of it: its structured data or
   * Open Graph type is an article, and the headline it states stands on a heading that is the
   * first unit's or no unit's (a story whose sections look like a listing's units).
   */
  private static boolean statedStory(Page page, ContentTree tree, List<Block> kept, List<Node> units) {
    String stated = page.metadata().headline();
    if (!"article".equals(page.metadata().type()) || stated == null) {
      return false;
    }
    int h = ArticleHeaderFilter.findHeadline(kept, stated); // a heading, or -1
    if (h < 0) {
      return false;
    }
    Block headline = kept.get(h);
    for (int i = 1; i < units.size(); i++) {
      List<Block> blocks = tree.blocksOf(units.get(i));
      if (blocks.get(headingIndex(blocks)) == headline) {
        return false; // the stated headline is a later unit's: a listing that names one of its stories
      }
    }
    return true;
  }

  /**
   * Whether two units or more all open with the same heading: the tabs or panes of one item
   * (a recipe's ingredients, nutrition and steps, each under the recipe's name), not stories of a
   * listing, whose headlines differ.
   */
  private static boolean oneHeading(ContentTree tree, List<Node> units) {
    String first = null;
    for (Node u : units) {
      List<Block> blocks = tree.blocksOf(u);
      int h = headingIndex(blocks);
      String heading = h < 0 ? "" : Texts.lettersAndDigits(blocks.get(h).text());
      if (heading.isEmpty() || (first != null && !first.equals(heading))) {
        return false;
      }
      first = heading;
    }
    return units.size() >= 2;
  }

  /**
   * Makes the units one article, the panes of one item under its one heading: the heading each
   * later pane repeats goes, and so does the label above each pane (its tab's name, "Ingredients",
   * no section of the item), so that no pane opens or closes an article.
   */
  private void joinPanes(Page page, ContentTree tree, List<Node> units) {
    for (int i = 0; i < units.size(); i++) {
      List<Block> blocks = tree.blocksOf(units.get(i));
      int h = headingIndex(blocks);
      for (int j = 0; j < h; j++) {
        Block b = blocks.get(j);
        page.unlabel(b, Label.BOUNDARY, name(), "a pane of one item, not a listed unit");
        if (page.has(b, Label.SECTION)) {
          page.unlabel(b, Label.SECTION, name(), "a tab's name, no section");
          page.remove(b, name(), "a tab's name over a pane of one item");
        }
      }
      if (i > 0) {
        page.unlabel(blocks.get(h), Label.HEADLINE, name(), "the item's heading again, over another pane");
        page.remove(blocks.get(h), name(), "the item's heading again, over another pane");
      }
    }
  }

  /** The units of the page's listing, or null when it has none. */
  private static @Nullable List<Node> listedUnits(ContentTree tree, Node root) {
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
      return null;
    }
    double largest = 0;
    int unitsProse = 0;
    int stories = 0;
    boolean allLinked = true;
    for (Node u : best) {
      largest = Math.max(largest, text(u));
      unitsProse += u.prose;
      stories += u.prose >= MIN_STORY_PROSE ? 1 : 0;
      allLinked &= linkedCard(tree, u);
    }
    boolean articles = best.get(0).tag().equals("article");
    if (largest > bestText * MAX_UNIT_SHARE && !allLinked && !(articles && stories >= MIN_ARTICLE_UNITS)) {
      // One unit is the story, the others teasers of a line or two around it. Units are a listing
      // of unequal stories when each is a card whose one headline links to its story elsewhere, or
      // when they are <article>s, "one story each" by their tag, and two of them hold a story's
      // prose. Other boxes of unequal length are as often a story's sections.
      return null;
    }
    if (unitsProse == 0) {
      // Boxes of links under linked headings (a site map, a menu of sections): no article.
      return null;
    }
    if (root.prose - unitsProse > largest) {
      // A story outside the units, longer than any of them: they are teasers around it.
      return null;
    }
    return best;
  }

  /**
   * The one story of a front page that shows one today: the page's one {@code <article>} element,
   * or else the innermost box that is a card ({@link #linkedCard}: its headline links to the story
   * elsewhere), when it holds most of the page's text and prose, {@link #MIN_LONE_PARAGRAPHS}
   * paragraphs of it or more, and no {@code <h1>}. It is read as listed units are. A story page's
   * own article, titled in place, is left to {@link MainContentFilter} and
   * {@link ArticleHeaderFilter}.
   */
  private static @Nullable List<Node> loneArticle(ContentTree tree, Node root) {
    Node article = null;
    Node card = null;
    for (Node n : tree.all()) {
      if (n.tag().equals("article")) {
        if (article != null) {
          return null;
        }
        article = n;
      } else if (n != root && (card == null || n.dom.depth() > card.dom.depth()) && opensWithHeading(tree, n)
          && n.chars > headingChars(tree, n) && linkedCard(tree, n)) {
        card = n;
      }
    }
    Node only = article != null ? article : card;
    if (only == null || !opensWithHeading(tree, only) || !headingLinksAway(tree, only) || holdsTopHeading(tree, only)
        || only.chars <= headingChars(tree, only) || !holdsMost(root, only)
        || proseBlocks(tree, only) < MIN_LONE_PARAGRAPHS) {
      return null;
    }
    return List.of(only);
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
        bySignature.computeIfAbsent(signature(tree, c), k -> new ArrayList<>()).add(c);
      }
    }
    if (bySignature == null) {
      return List.of();
    }
    List<List<Node>> out = new ArrayList<>();
    for (List<Node> g : bySignature.values()) {
      Node first = g.get(0);
      int min = first.tag().equals("article") || linkedCard(tree, first) ? MIN_ARTICLE_UNITS : MIN_REPEATED_UNITS;
      // A module built like the cards but with no prose (a "most read" box with a heading) is
      // not one of them, when enough of them have prose to say what a card holds.
      List<Node> withProse = new ArrayList<>(g.size());
      for (Node u : g) {
        if (u.prose > 0) {
          withProse.add(u);
        }
      }
      if (withProse.size() >= min) {
        out.add(withProse);
      } else if (g.size() >= min) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * What units of one kind share. An {@code <article>} is a unit by its tag alone. Another box whose
   * heading links to its story is a card, grouped with the others by its tag, the level of that
   * heading and the tags of its children, runs of one tag counted once: cards of one list are built
   * by one template, and obfuscated or per-item class names say nothing. A box under a plain
   * heading is as often a section of one story, so it groups only with boxes of the same tag and
   * class words, which say "one kind of item" on the sites that name them.
   */
  private static String signature(ContentTree tree, Node n) {
    if (n.tag().equals("article")) {
      return "article";
    }
    if (!linkedCard(tree, n)) {
      return n.tag() + "." + n.dom.hints();
    }
    List<Block> blocks = tree.blocksOf(n);
    return n.tag() + " h" + blocks.get(headingIndex(blocks)).markup().headingLevel();
  }

  private void split(Page page, ContentTree tree, List<Block> kept, List<Node> units) {
    String kind = units.size() + " listed " + units.get(0).dom.label() + " units";
    for (Node u : units) {
      readUnit(page, tree, u, kind);
    }
    // Most blocks of a page may be outside: one reason, put into words when first read, serves them.
    Supplier<String> outside = Suppliers.memoize(() -> "outside the " + kind);
    // The units are siblings in page order, each a run of positions in kept.
    int next = 0;
    for (int pos = 0; pos < kept.size(); pos++) {
      while (next < units.size() && units.get(next).to < pos) {
        next++;
      }
      if (next == units.size() || units.get(next).from > pos) {
        page.remove(kept.get(pos), name(), outside);
      }
    }
  }

  /**
   * Reads one unit as an article: a head (kicker, headline, dek, byline, date) and a body. Above
   * the heading, the short line nearest to it is the section; under it, until the body starts,
   * lines are the dek, the byline and the date; each field is taken once, and the other lines
   * there (a second date, a reading time, a menu) are removed, so that none becomes a paragraph.
   * In the body, a short line in another element than the body's paragraphs (a {@code <div>}
   * between {@code <p>}s: an ad slot, a player's controls, a sponsor's name) is removed.
   */
  private void readUnit(Page page, ContentTree tree, Node u, String kind) {
    List<Block> blocks = tree.blocksOf(u);
    int h = headingIndex(blocks);
    page.label(blocks.get(h), Label.HEADLINE, name(), () -> "heading of one of " + kind);
    if (h > 0) {
      // Whatever the unit opens with, the unit before ends here (a date above the section line
      // must not fill the previous article's field).
      page.label(blocks.get(0), Label.BOUNDARY, name(), () -> "first line of one of " + kind);
    }
    int section = sectionIndex(blocks, h);
    Fields above = new Fields();
    for (int i = h - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      if (i == section) {
        page.label(b, Label.SECTION, name(), "short line above a listed unit's heading");
      } else if (!above.takeDateOrByline(page, b, "above")) {
        page.remove(b, name(), "above a listed unit's heading, no field of the article");
      }
    }
    int start = bodyStart(tree, u, blocks, h);
    Fields under = new Fields();
    for (int i = h + 1; i < start; i++) {
      Block b = blocks.get(i);
      if (b.markup().headingLevel() > 0 || under.takeDateOrByline(page, b, "under")) {
        // A heading under the heading is a subtitle some pages count as body: left as it is.
        continue;
      }
      if ((under.byline || under.date) && b.endsSentence()) {
        // A dek stands above the byline; a sentence under it opens the body, however short.
        continue;
      }
      if (!under.dek && b.wordCount() >= MIN_DEK_WORDS && b.markup().linkDensity() < LINK_LINE) {
        under.dek = true;
        page.label(b, Label.DEK, name(), "line between a listed unit's heading and its body");
      } else {
        page.remove(b, name(), "between a listed unit's heading and its body, no field of the article");
      }
    }
    String paragraphTag = paragraphTag(blocks, start);
    if (paragraphTag == null) {
      return;
    }
    for (int i = Math.max(start, h + 1); i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String tag = b.markup().tag();
      if (!ContentTree.isProse(b) && b.markup().headingLevel() == 0 && tag != null && !tag.equals(paragraphTag)
          && !TEXT_TAGS.contains(tag)) {
        page.remove(b, name(), () -> "a short <" + tag + "> line among the <" + paragraphTag
            + "> paragraphs of a listed unit");
      }
    }
  }

  /** The date and byline fields of one side of a unit's heading, each taken once. */
  private final class Fields {
    boolean date;
    boolean byline;
    boolean dek;

    /** Labels or removes the block when it is a date or a byline; false when it is neither. */
    boolean takeDateOrByline(Page page, Block b, String where) {
      if (b.length() > ArticleHeaderFilter.MAX_LINE_CHARS || ContentTree.isProse(b)) {
        return false;
      }
      if (Bylines.opensWithByline(b.text())) {
        if (Texts.hasDigit(b.text())) {
          // "By Jane Roe/June 12, 2020 9:49 am": as a field it would be neither a name nor a date;
          // the page's metadata states either better.
          page.remove(b, name(), "an author line with a date or time in it " + where + " a listed unit's heading");
        } else if (byline) {
          page.remove(b, name(), "a second author line " + where + " a listed unit's heading");
        } else {
          byline = true;
          page.label(b, Label.BYLINE, name(), "author line " + where + " a listed unit's heading");
        }
        return true;
      }
      if (DateLines.looksLikeDate(b.text())) {
        if (date) {
          page.remove(b, name(), "a second date line " + where + " a listed unit's heading");
        } else {
          date = true;
          page.label(b, Label.DATE, name(), "date line " + where + " a listed unit's heading");
        }
        return true;
      }
      return false;
    }
  }

  /**
   * Where a unit's body starts: at the first block of the element that holds most of its prose, or
   * at its first paragraph of prose, whichever comes first, and never above the heading. When the
   * body has no element of its own (a flat card), the paragraphs right above the first prose that
   * are siblings of it, of its tag, belong to the body too ("PARIS" over the first paragraph).
   */
  private static int bodyStart(ContentTree tree, Node u, List<Block> blocks, int h) {
    int headingPos = u.from + h;
    int start = blocks.size();
    for (int i = h + 1; i < blocks.size(); i++) {
      if (ContentTree.isProse(blocks.get(i))) {
        start = i;
        break;
      }
    }
    Node body = bodyElement(u, headingPos);
    if (body != null && body.from > headingPos) {
      return Math.min(start, body.from - u.from);
    }
    if (start == blocks.size()) {
      return h + 1;
    }
    Block first = blocks.get(start);
    while (start - 1 > h && sameParagraph(first, blocks.get(start - 1))) {
      start--;
    }
    return start;
  }

  /** The child element holding most of the unit's prose, below any wrapper around heading and body. */
  private static @Nullable Node bodyElement(Node u, int headingPos) {
    Node n = u;
    while (true) {
      Node best = null;
      for (Node c : n.children) {
        if (c.prose > 0 && (best == null || c.prose > best.prose)) {
          best = c;
        }
      }
      if (best == null) {
        return null;
      }
      if (best.from <= headingPos && headingPos <= best.to) {
        n = best;
      } else {
        return best;
      }
    }
  }

  private static boolean sameParagraph(Block first, Block b) {
    DomNode a = first.markup().node();
    DomNode o = b.markup().node();
    return a != null && o != null && a.parent() == o.parent() && a.tag().equals(o.tag())
        && !Bylines.opensWithByline(b.text()) && !DateLines.looksLikeDate(b.text());
  }

  /** The element of the body's first paragraph of prose, which the body's other paragraphs share. */
  private static @Nullable String paragraphTag(List<Block> blocks, int start) {
    for (int i = start; i < blocks.size(); i++) {
      if (ContentTree.isProse(blocks.get(i))) {
        return blocks.get(i).markup().tag();
      }
    }
    return null;
  }


  /**
   * The unit's section line: of the short lines above the heading that are neither a byline nor a
   * date, the nearest that is a link (to the section's page), else the nearest; -1 when none is.
   */
  private static int sectionIndex(List<Block> blocks, int h) {
    int nearest = -1;
    for (int i = h - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      boolean link = b.markup().linkDensity() >= LINK_LINE;
      // A link may end in a period ("U.S."): it names the section's page, it is no sentence.
      boolean kicker = isKicker(b) || (link && b.wordCount() >= 1 && b.wordCount() <= MAX_KICKER_WORDS);
      if (!kicker || Bylines.opensWithByline(b.text()) || DateLines.looksLikeDate(b.text())) {
        continue;
      }
      if (link) {
        return i;
      }
      if (nearest < 0) {
        nearest = i;
      }
    }
    return nearest;
  }

  private static boolean isKicker(Block b) {
    return b.wordCount() >= 1 && b.wordCount() <= MAX_KICKER_WORDS && !b.endsSentence();
  }

  private static boolean opensWithHeading(ContentTree tree, Node n) {
    return headingIndex(tree.blocksOf(n)) >= 0;
  }

  /**
   * The index of the first heading among the first blocks, or -1. Short lines may stand above it
   * (a kicker, a byline, a date, in any order); a paragraph of prose above it means the box does
   * not open with it.
   */
  private static int headingIndex(List<Block> blocks) {
    for (int i = 0; i < Math.min(HEADING_WITHIN, blocks.size()); i++) {
      Block b = blocks.get(i);
      if (b.markup().headingLevel() > 0) {
        return i;
      }
      if (b.length() > ArticleHeaderFilter.MAX_LINE_CHARS || ContentTree.isProse(b)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the unit's heading is below the page's top rank and is a link: a list shows a story's
   * headline as a link to the story's own page, which titles it with its {@code <h1>}.
   */
  private static boolean headingLinksAway(ContentTree tree, Node n) {
    List<Block> blocks = tree.blocksOf(n);
    int h = headingIndex(blocks);
    if (h < 0) {
      return false;
    }
    Block heading = blocks.get(h);
    return heading.markup().headingLevel() > 1 && heading.markup().linkDensity() >= LINK_LINE;
  }

  /** Whether the box holds most of the page's text and at least half of its prose. */
  private static boolean holdsMost(Node root, Node n) {
    return text(n) >= text(root) * MIN_LISTING_SHARE && root.prose - n.prose <= n.prose;
  }

  private static int proseBlocks(ContentTree tree, Node n) {
    int count = 0;
    for (Block b : tree.blocksOf(n)) {
      count += ContentTree.isProse(b) ? 1 : 0;
    }
    return count;
  }

  /**
   * Whether the unit is a card: its heading links to its story ({@link #headingLinksAway}) and no
   * other heading inside is a link, as in a box listing several teasers.
   */
  private static boolean linkedCard(ContentTree tree, Node n) {
    if (!headingLinksAway(tree, n)) {
      return false;
    }
    List<Block> blocks = tree.blocksOf(n);
    for (int i = headingIndex(blocks) + 1; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.markup().headingLevel() > 0 && b.markup().linkDensity() >= LINK_LINE) {
        return false;
      }
    }
    return true;
  }

  /** Whether an {@code <h1>} lies inside: the story's own title, below a kicker heading. */
  private static boolean holdsTopHeading(ContentTree tree, Node n) {
    for (Block b : tree.blocksOf(n)) {
      if (b.markup().headingLevel() == 1) {
        return true;
      }
    }
    return false;
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
