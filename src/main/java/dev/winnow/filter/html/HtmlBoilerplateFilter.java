package dev.winnow.filter.html;

import dev.winnow.InputKind;
import dev.winnow.block.Block;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.filter.html.ContentTree.Node;
import dev.winnow.source.HintPatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes the chrome that sits inside an HTML page's main content, as Readability's clean-up of
 * its result does: after {@link MainContentFilter}, the kept blocks are the article and what came
 * along with it, and this filter drops the containers among them that are not article text.
 *
 * <ul>
 *   <li>{@code aside}, {@code nav} and {@code footer} elements (and their ARIA roles) inside the
 *       content;
 *   <li>containers called chrome ({@link HintPatterns#chrome()}) that score below zero;
 *   <li>link-heavy containers: more than {@link #MAX_LINK_DENSITY} of their text in links, or more
 *       than {@link #MAX_LINK_DENSITY_CONTENT} when their words call them content, when they hold
 *       few commas (a list of related stories, tags, previous and next posts);
 *   <li>runs of {@link #MIN_LINK_RUN} or more link blocks in a row (teaser lists that are not in
 *       one container);
 *   <li>the heading of such a box, when it is left last in the content ("Read also:", "Tags").
 * </ul>
 * A container that holds at least half of the content's prose is the article itself and never
 * removed. Plain-text pages are left alone.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(new MainContentFilter(), new HtmlBoilerplateFilter());
 * p.process(Input.html(html)).removed();   // "... link list (80% links) inside the content: ul.more"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HtmlBoilerplateFilter implements Filter {
  /** Containers with more link text than this share are link lists (Readability: 0.2). */
  static final double MAX_LINK_DENSITY = 0.33;
  /** ... or than this, when their class words say content (Readability: 0.5). */
  static final double MAX_LINK_DENSITY_CONTENT = 0.5;
  /** Containers with this many commas are prose, whatever their links (Readability: 10). */
  static final int PROSE_COMMAS = 10;
  /** A block with this share of link text is a link. */
  static final double LINK_BLOCK_DENSITY = 0.75;
  /** This many link blocks in a row are a list of links. */
  static final int MIN_LINK_RUN = 3;
  /** A container holding this share of the content's prose is the article itself. */
  static final double ARTICLE_PROSE_SHARE = 0.5;

  /** Elements that are never article text (their ARIA roles open the same containers). */
  private static final Set<String> CHROME_TAGS = Set.of("aside", "nav", "footer");

  /** Containers judged as a whole, as Readability's conditional clean judges div, ul, table, form. */
  private static final Set<String> JUDGED_TAGS = Set.of("div", "section", "ul", "ol", "dl", "table", "form",
      "fieldset", "header", "footer", "aside", "nav", "figure", "center", "span", "details", "menu");

  private final ContentScorer scorer;
  private final HintPatterns content;

  /** A filter with the default content and chrome vocabularies. */
  public HtmlBoilerplateFilter() {
    this(HintPatterns.content(), HintPatterns.chrome());
  }

  /**
   * A filter with the given vocabularies.
   *
   * @param content words of containers that hold the article body
   * @param chrome words of containers that hold page chrome
   */
  public HtmlBoilerplateFilter(HintPatterns content, HintPatterns chrome) {
    this.content = Objects.requireNonNull(content, "content");
    this.scorer = new ContentScorer(content, Objects.requireNonNull(chrome, "chrome"));
  }

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
    int articleProse = (int) Math.ceil(root.prose * ARTICLE_PROSE_SHARE);
    // Outermost first, so a container's reason covers everything inside it.
    List<Node> nodes = new ArrayList<>(tree.all());
    nodes.sort((a, b) -> Integer.compare(a.dom.depth(), b.dom.depth()));
    for (Node n : nodes) {
      if ((root.prose > 0 && n.prose >= articleProse) || holdsHeadline(page, tree, n)) {
        continue;
      }
      String why = judge(tree, root, n);
      if (why != null) {
        // A paragraph with a link or two, in a box of links: the box's links go, the paragraph stays.
        boolean linksOnly = why.startsWith(LINK_LIST) && holdsPlainProse(tree, n);
        removeInside(page, tree, n, why + " inside the content: " + n.dom.label(), linksOnly);
      }
    }
    removeLinkRuns(page);
    removeShoutedLinks(page);
    removeOrphanedHeading(page);
  }

  /** A box's heading has at most this many words ("Read more from this column:"). */
  static final int MAX_HEADING_WORDS = 12;

  /**
   * Removes the heading of a box that went, when it is the last thing left of the content: a
   * heading, or a line that ends in a colon, whose next block was removed and after which nothing
   * is kept ("Read also:", "Sources", "More from the column:" over a list of links). A line that
   * ends a sentence is the story's, and stays.
   */
  private void removeOrphanedHeading(Page page) {
    List<Block> kept = page.kept();
    if (kept.isEmpty()) {
      return;
    }
    Block last = kept.get(kept.size() - 1);
    String t = last.text();
    boolean heading = last.markup().headingLevel() > 0 || t.endsWith(":");
    if (heading && !page.isLabelled(last) && last.wordCount() <= MAX_HEADING_WORDS && !last.endsSentence()
        && last.index() + 1 < page.size() && page.isRemoved(page.block(last.index() + 1))) {
      page.remove(last, name(), "the heading of a box that went, last in the content");
    }
  }

  /** A link in capitals, alone in its paragraph, has at least this many words ("CLICK HERE TO ..."). */
  static final int MIN_SHOUTED_WORDS = 3;

  /**
   * Removes the paragraphs that are one link written in capitals: the promotions a newsroom sets
   * between a story's paragraphs ("CLICK HERE TO GET THE APP", the title of a related story in
   * capitals). A sentence of the story is not a link from end to end, and not in capitals.
   */
  private void removeShoutedLinks(Page page) {
    for (Block b : page.kept()) {
      if (b.markup().linkDensity() >= LINK_BLOCK_DENSITY && b.markup().headingLevel() == 0 && !page.isLabelled(b)
          && b.wordCount() >= MIN_SHOUTED_WORDS && isCapitals(b.text())) {
        page.remove(b, name(), "a link in capitals inside the content: a promotion");
      }
    }
  }

  /** Whether the text has letters and every one of them is a capital. */
  static boolean isCapitals(String t) {
    boolean upper = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper |= Character.isUpperCase(c);
    }
    return upper;
  }

  private @Nullable String judge(ContentTree tree, Node root, Node n) {
    String tag = n.tag();
    if (CHROME_TAGS.contains(tag)) {
      return "<" + tag + ">";
    }
    if (!JUDGED_TAGS.contains(tag)) {
      return null;
    }
    double weight = scorer.classWeight(tree, n);
    if (weight < 0 && !NoiseContainerFilter.BODY_WORDS.matches(n.dom.hints()) && !isProseBox(tree, n)) {
      return "chrome-named container";
    }
    if (commas(tree, n) >= PROSE_COMMAS) {
      return null;
    }
    boolean contentNamed = content.matches(n.dom.hints());
    double limit = contentNamed ? MAX_LINK_DENSITY_CONTENT : MAX_LINK_DENSITY;
    // A box that holds all that is left of the page is the content itself, however many links it has.
    if (n.linkDensity() > limit && n.blocks < root.blocks) {
      return LINK_LIST + " (" + Math.round(n.linkDensity() * 100) + "% links)";
    }
    return null;
  }

  private static final String LINK_LIST = "link list";

  /** A chrome-named box with this many paragraphs of plain prose in it is text, whatever its name. */
  static final int PROSE_BOX_PARAGRAPHS = 3;

  /**
   * Whether the box holds {@value #PROSE_BOX_PARAGRAPHS} or more paragraphs of plain prose (see
   * {@link #PLAIN_PROSE_LINK_DENSITY}) and, all in all, no more links than such a paragraph: a
   * body's sections that a theme wraps in boxes named for what it usually puts there ("media",
   * "panel"), not a teaser box, whose paragraphs each come with a link.
   */
  private static boolean isProseBox(ContentTree tree, Node n) {
    if (n.linkDensity() > PLAIN_PROSE_LINK_DENSITY) {
      return false;
    }
    int paragraphs = 0;
    for (Block b : tree.blocksOf(n)) {
      if (ContentTree.isProse(b) && b.markup().linkDensity() <= PLAIN_PROSE_LINK_DENSITY
          && ++paragraphs >= PROSE_BOX_PARAGRAPHS) {
        return true;
      }
    }
    return false;
  }

  /** A paragraph with no more than this share of its text in links reads as text, not as a teaser. */
  static final double PLAIN_PROSE_LINK_DENSITY = 0.2;

  /** Whether a paragraph of prose with few links of its own lies inside. */
  private static boolean holdsPlainProse(ContentTree tree, Node n) {
    for (Block b : tree.blocksOf(n)) {
      if (ContentTree.isProse(b) && b.markup().linkDensity() <= PLAIN_PROSE_LINK_DENSITY) {
        return true;
      }
    }
    return false;
  }

  /** Whether a listed article's headline lies inside: the unit is content, whatever its links. */
  private static boolean holdsHeadline(Page page, ContentTree tree, Node n) {
    for (Block b : tree.blocksOf(n)) {
      if (page.has(b, Label.HEADLINE)) {
        return true;
      }
    }
    return false;
  }

  private static int commas(ContentTree tree, Node n) {
    int c = 0;
    for (Block b : tree.blocksOf(n)) {
      c += ContentScorer.commas(b.text());
    }
    return c;
  }

  /**
   * Removes the blocks inside, or with {@code linksOnly} only those that are links ({@link
   * #LINK_BLOCK_DENSITY}), leaving the text.
   */
  private void removeInside(Page page, ContentTree tree, Node n, String reason, boolean linksOnly) {
    for (Block b : tree.blocksOf(n)) {
      // A block an earlier filter labelled (a listed article's kicker) is structure, not chrome.
      if (!page.isLabelled(b) && (!linksOnly || b.markup().linkDensity() >= LINK_BLOCK_DENSITY)) {
        page.remove(b, name(), reason);
      }
    }
  }

  private void removeLinkRuns(Page page) {
    List<Block> kept = page.kept();
    int start = 0;
    for (int i = 0; i <= kept.size(); i++) {
      boolean link = i < kept.size() && kept.get(i).markup().linkDensity() >= LINK_BLOCK_DENSITY
          && !page.isLabelled(kept.get(i));
      if (!link) {
        if (i - start >= MIN_LINK_RUN) {
          for (int k = start; k < i; k++) {
            page.remove(kept.get(k), name(), "one of " + (i - start) + " links in a row inside the content");
          }
        }
        start = i + 1;
      }
    }
  }
}
