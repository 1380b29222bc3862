package dev.winnow.source;

import dev.winnow.InputKind;
import dev.winnow.Limits;
import dev.winnow.block.Page;
import java.io.Reader;
import java.io.StringReader;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML document into the same block stream the text filters work on: one block per
 * block-level element with text of its own ({@code p}, {@code h1}..{@code h6}, {@code li},
 * {@code td}, a {@code div} with direct text, each run of text between {@code <br>}s...), with
 * what the markup says about each block in its {@link dev.winnow.block.Markup}: tag, heading level,
 * DOM path, link and text density, class/id/role hints, containers and the element node. Blocks
 * of one parent element share a group. The page's metadata (title, headline, section, byline,
 * date, site name, language, canonical address, description) is read in the same walk
 * ({@link MetadataExtractor}).
 *
 * <p>The document is parsed into a DOM of our own and never changed; no network is touched, no
 * script runs, no external entity is resolved. Script and style content makes no blocks; text a
 * reader never sees (hidden elements, no-script fallbacks, embeds, form controls, small forms)
 * becomes blocks that are removed at once under the name {@code DomCleaner}, with the reason, so
 * the explain trail shows every piece of text. Past a {@link Limits limit} (input size, nodes,
 * depth, blocks) reading stops and the page is marked truncated; the walk iterates, so no
 * nesting overflows the stack.
 *
 * <pre>{@code
 * Page page = new HtmlSource().read("story.html", html, Limits.DEFAULT);
 * page.metadata().headline();
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class HtmlSource implements Source {

  @Override
  public Page read(String name, String content, Limits limits) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(limits, "limits");
    String html = content;
    boolean truncated = false;
    if (html.length() > limits.maxInputChars()) {
      html = html.substring(0, limits.maxInputChars());
      truncated = true;
    }
    return read(name, new StringReader(html), limits, truncated);
  }

  /**
   * Reads an HTML document as a stream of chars, which the parser buffers a window at a time: no
   * string of the whole page is made (for bytes decoded as they are read, see {@link
   * Decoder#plainUtf8}). The reader is read to its end; at most {@link Limits#maxInputChars()}
   * chars of it are the caller's to ensure.
   *
   * @throws java.io.UncheckedIOException when the reader fails, with its {@code IOException} as
   *     the cause (a {@link java.nio.charset.CharacterCodingException} for malformed bytes)
   */
  public Page read(String name, Reader content, Limits limits) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(limits, "limits");
    return read(name, content, limits, false);
  }

  private static Page read(String name, Reader html, Limits limits, boolean truncated) {
    Parser parser = Parser.htmlParser().setMaxDepth(limits.maxDomDepth());
    Document doc = parser.parseInput(html, "");
    MetadataExtractor metadata = new MetadataExtractor();
    HtmlBlockBuilder builder = new HtmlBlockBuilder(limits, metadata);
    NodeTraversor.filter(builder, doc);
    builder.finishWalk();
    Page page = new Page(name, InputKind.HTML, builder.blocks(), metadata.build());
    for (HtmlBlockBuilder.Removal r : builder.removals()) {
      page.remove(page.block(r.block()), DomCleaner.NAME, r.reason());
    }
    if (truncated || builder.truncated()) {
      page.markTruncated();
    }
    return page;
  }
}
