package dev.winnow.filter.html;

import dev.winnow.InputKind;
import dev.winnow.block.Block;
import dev.winnow.block.DomNode;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.source.HintPatterns;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes the blocks of HTML containers that hold no article text by what they call themselves:
 * ad slots, share bars, related-story rails, newsletter boxes, comment sections, cookie banners,
 * paywall prompts, recognized by whole words of their class, id, role and aria-label
 * ({@link HintPatterns#noise()}, a resource list users can extend). The reason names the
 * container: {@code inside div.ad-container}.
 *
 * <p>A container is never taken for noise when its own words also call it the article body
 * ({@link #BODY_WORDS}, as in {@code class="entry-content share-enabled"}), when it holds most of
 * the page's prose ({@link #PROTECTED_PROSE_SHARE}), or when it is the {@code body}, {@code html}
 * or {@code main} element; taxonomy classes ({@code category-ads}, {@code tag-social}) say what a
 * story is about, not what its container is, and are passed over. Plain-text pages are left
 * alone.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.news().replacing("NoiseContainerFilter",
 *     new NoiseContainerFilter(HintPatterns.noise().with("my-promo-box")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NoiseContainerFilter implements Filter {
  /**
   * Words that make a container the article body whatever else it is called, or a post the
   * article quotes (an embedded tweet sits in a "social" container but is part of the story):
   * {@code embed*} takes in every wrapper named for an embed ({@code social-embed},
   * {@code embedded-post}, {@code tweet-embed}), not one site's spelling of it.
   */
  static final HintPatterns BODY_WORDS = HintPatterns.of(
      "article-body", "articlebody", "article-content", "article-text", "story-body", "story-content",
      "story-text", "entry-content", "post-content", "post-body", "post-text", "main-content", "body-text",
      "twitter-tweet", "tweet", "instagram-media", "embed*");

  /** Elements that are the page itself, never an ad box. */
  private static final Set<String> PAGE_TAGS = Set.of("html", "body", "main");

  private static final String NOT_NOISE = "";

  /** Token prefixes of taxonomy classes, which describe the topic, not the container. */
  private static final List<String> TAXONOMY_PREFIXES =
      List.of("category-", "tag-", "tags-", "topic-", "topics-", "section-", "channel-", "keyword-", "subject-");

  /**
   * A container holding at least this share of the page's prose is the article, whatever its
   * name says: ads, share bars and widgets hold little prose.
   */
  static final double PROTECTED_PROSE_SHARE = 0.5;

  /** ... when that is at least this many chars of prose (a few paragraphs). */
  static final int MIN_PROTECTED_PROSE = 400;

  private final HintPatterns noise;

  /** A filter with the default vocabulary, {@link HintPatterns#noise()}. */
  public NoiseContainerFilter() {
    this(HintPatterns.noise());
  }

  /** A filter with the given vocabulary. */
  public NoiseContainerFilter(HintPatterns noise) {
    this.noise = Objects.requireNonNull(noise, "noise");
  }

  @Override
  public void apply(Page page) {
    if (page.input() != InputKind.HTML) {
      return;
    }
    List<Block> kept = page.kept();
    ContentTree tree = ContentTree.of(kept);
    ContentTree.Node root = tree.root();
    int pageProse = root == null ? 0 : root.prose;
    Map<String, String> tokens = new HashMap<>();
    // Parents come before their children in the tree's list: one pass settles every element.
    for (ContentTree.Node n : tree.all()) {
      String outer = n.parent == null ? NOT_NOISE : n.parent.noise;
      n.noise = outer.isEmpty() ? ownVerdict(n.dom, tokens, tree, pageProse) : outer;
    }
    for (Block b : kept) {
      ContentTree.Node n = tree.get(b.markup().node());
      if (n != null && !n.noise.isEmpty()) {
        page.remove(b, name(), n.noise);
      }
    }
  }

  private String ownVerdict(DomNode n, Map<String, String> tokens, ContentTree tree, int pageProse) {
    if (n.hints().isEmpty() || PAGE_TAGS.contains(n.tag())) {
      return NOT_NOISE;
    }
    // Pages repeat a few class lists on many elements: match each distinct list once.
    String token = tokens.get(n.hints());
    if (token == null) {
      String t = match(n.hints());
      token = t == null || BODY_WORDS.matches(n.hints()) ? NOT_NOISE : t;
      tokens.put(n.hints(), token);
    }
    if (token.isEmpty()) {
      return NOT_NOISE;
    }
    ContentTree.Node stats = tree.get(n);
    if (stats != null && stats.prose >= MIN_PROTECTED_PROSE && stats.prose >= pageProse * PROTECTED_PROSE_SHARE) {
      // No ad box or share bar holds most of a page's prose: the name means something else
      // ("page-ad-margins" around the story).
      return NOT_NOISE;
    }
    return "inside " + n.tag() + "." + token;
  }

  /** The first hint token the vocabulary matches, passing over taxonomy tokens like {@code category-ads}. */
  private @Nullable String match(String hints) {
    String token = noise.match(hints);
    if (token == null || !isTaxonomy(token)) {
      return token;
    }
    StringBuilder rest = new StringBuilder(hints.length());
    for (String t : hints.split(" ")) {
      if (!isTaxonomy(t)) {
        rest.append(t).append(' ');
      }
    }
    return noise.match(rest.toString());
  }

  /**
   * Whether the token names what the content is about rather than what the container is: blog
   * engines put {@code category-advertising} and {@code tag-social-media} on the article itself.
   */
  static boolean isTaxonomy(String token) {
    for (String prefix : TAXONOMY_PREFIXES) {
      if (token.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
