package dev.winnow.filter.html;

import dev.winnow.InputKind;
import dev.winnow.block.Block;
import dev.winnow.block.Container;
import dev.winnow.block.DomNode;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.source.HintPatterns;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Removes the captions and credits of pictures, videos and galleries on HTML pages: text inside a
 * {@code <figcaption>}, and text whose element (or one of its nearest ancestors) is called a
 * caption, credit, attribution, legend or picture description. Article bodies, as readers and the benchmark see them, are the
 * running text; what describes a picture is not. Each such block is labelled
 * {@link Label#CAPTION} and removed, so a pipeline that wants captions back can restore them by
 * label. Plain-text pages are left alone.
 *
 * <pre>{@code
 * Pipeline keepCaptions = Pipeline.news().without("CaptionFilter");
 * Pipeline fewer = Pipeline.news().replacing("CaptionFilter",
 *     new CaptionFilter(HintPatterns.of("*caption*")));      // only what is called a caption
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CaptionFilter implements Filter {
  /** How many ancestors of a block's element are asked whether they are a caption. */
  static final int ANCESTORS_ASKED = 3;

  private final HintPatterns captionWords;

  /** A filter with the default caption words. */
  public CaptionFilter() {
    this(HintPatterns.of("*caption*", "credit*", "*credits", "attribution", "photo-credit", "image-credit",
        "media-credit", "copyright", "wp-caption-text",
        // A picture's text by the other names sites give it: legend (French légende), the image's
        // description or subtitle, and the German and Spanish words (Bildunterschrift, foto-texto).
        "legend", "image-desc*", "img-desc*", "imagedescription", "image-subtitle", "imagesubtitle", "*bildunterschrift*",
        "bildtext", "foto-texto", "img-texto",
        // Picture counters of galleries and slideshows ("6" on a thumbnail), by whichever name.
        "gallery-count*", "slide-count*", "slideshow-count*", "photo-count*", "image-count*"));
  }

  /** A filter with the given caption words. */
  public CaptionFilter(HintPatterns captionWords) {
    this.captionWords = Objects.requireNonNull(captionWords, "captionWords");
  }

  @Override
  public void apply(Page page) {
    if (page.input() != InputKind.HTML) {
      return;
    }
    // Pages repeat a few class lists on many elements: match each distinct list once.
    Map<String, String> matches = new HashMap<>();
    for (Block b : page.kept()) {
      String why = why(b, matches);
      if (why != null) {
        page.label(b, Label.CAPTION, name(), why);
        page.remove(b, name(), why);
      }
    }
  }

  private @Nullable String why(Block b, Map<String, String> matches) {
    if (b.markup().in(Container.FIGCAPTION)) {
      return "figure caption";
    }
    int asked = 0;
    for (DomNode n = b.markup().node(); n != null && asked <= ANCESTORS_ASKED; n = n.parent(), asked++) {
      String token = matches.get(n.hints());
      if (token == null) {
        String t = captionWords.match(n.hints());
        token = t == null ? "" : t;
        matches.put(n.hints(), token);
      }
      if (!token.isEmpty()) {
        return "caption or credit (" + n.tag() + "." + token + ")";
      }
    }
    return null;
  }
}
