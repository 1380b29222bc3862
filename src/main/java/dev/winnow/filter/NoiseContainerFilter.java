package dev.winnow.filter;

import dev.winnow.InputKind;
import dev.winnow.block.Block;
import dev.winnow.block.DomNode;
import dev.winnow.block.Page;
import dev.winnow.source.HintPatterns;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Removes the blocks of HTML containers that hold no article text by what they call themselves:
 * ad slots, share bars, related-story rails, newsletter boxes, comment sections, cookie banners,
 * paywall prompts, recognized by whole words of their class, id, role and aria-label
 * ({@link HintPatterns#noise()}, a resource list users can extend). The reason names the
 * container: {@code inside div.ad-container}.
 *
 * <p>A container is never taken for noise when its own words also call it the article body
 * ({@link #BODY_WORDS}, as in {@code class="entry-content share-enabled"}), nor when it is the
 * {@code body}, {@code html} or {@code main} element. Plain-text pages are left alone.
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
  /** Words that make a container the article body whatever else it is called. */
  static final HintPatterns BODY_WORDS = HintPatterns.of(
      "article-body", "articlebody", "article-content", "article-text", "story-body", "story-content",
      "story-text", "entry-content", "post-content", "post-body", "post-text", "main-content", "body-text");

  /** Elements that are the page itself, never an ad box. */
  private static final Set<String> PAGE_TAGS = Set.of("html", "body", "main");

  private static final String NOT_NOISE = "";

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
    Map<DomNode, String> verdicts = new IdentityHashMap<>();
    for (Block b : page.kept()) {
      DomNode node = b.markup().node();
      if (node == null) {
        continue;
      }
      String reason = verdict(node, verdicts);
      if (!reason.isEmpty()) {
        page.remove(b, name(), reason);
      }
    }
  }

  /** The removal reason for blocks of this node, or empty; memoized per node, iterative. */
  private String verdict(DomNode node, Map<DomNode, String> verdicts) {
    List<DomNode> chain = new ArrayList<>();
    String known = null;
    for (DomNode n = node; n != null; n = n.parent()) {
      known = verdicts.get(n);
      if (known != null) {
        break;
      }
      chain.add(n);
    }
    String outer = known == null ? NOT_NOISE : known;
    for (int i = chain.size() - 1; i >= 0; i--) {
      DomNode n = chain.get(i);
      if (outer.isEmpty()) {
        outer = ownVerdict(n);
      }
      verdicts.put(n, outer);
    }
    return outer;
  }

  private String ownVerdict(DomNode n) {
    if (n.hints().isEmpty() || PAGE_TAGS.contains(n.tag())) {
      return NOT_NOISE;
    }
    String token = noise.match(n.hints());
    if (token == null || BODY_WORDS.matches(n.hints())) {
      return NOT_NOISE;
    }
    return "inside " + n.tag() + "." + token;
  }
}
