package dev.winnow;

import dev.winnow.analysis.TextFeatures;
import dev.winnow.block.Block;
import dev.winnow.block.Decision;
import dev.winnow.block.Page;
import dev.winnow.filter.Filter;
import dev.winnow.internal.ReadsTextFeatures;
import dev.winnow.segment.LabelSegmenter;
import dev.winnow.segment.Segmentation;
import dev.winnow.segment.Segmenter;
import dev.winnow.source.Decoder;
import dev.winnow.source.HtmlSource;
import dev.winnow.source.Sniffer;
import dev.winnow.source.Source;
import dev.winnow.source.TextSource;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An ordered chain of {@link Filter}s and a {@link Segmenter} that turn a page into clean
 * articles. Immutable and thread-safe: build one, keep it in a {@code static final}, and share it
 * among all threads and pages. The {@code with...} methods return new pipelines.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.news();                       // the preset for news pages
 * Result result = pipeline.process(Input.text(pageDump));
 * for (Article a : result.articles()) {
 *   System.out.println(a.section() + " / " + a.headline());
 *   a.paragraphs().forEach(System.out::println);
 * }
 * Pipeline mine = Pipeline.news()
 *     .without("CarouselControlFilter")                      // by filter name
 *     .with(new MyKickerFilter());                           // appended to the chain
 * }</pre>
 *
 * @since 0.1
 */
public final class Pipeline {
  private static final TextSource TEXT = new TextSource();
  private static final HtmlSource HTML = new HtmlSource();

  private final List<Filter> filters;
  private final Segmenter segmenter;
  private final Limits limits;
  /** Whether a filter reads text features, so that a text page has them made before the first filter. */
  private final boolean textFeaturesFirst;

  private Pipeline(List<Filter> filters, Segmenter segmenter, Limits limits) {
    this.filters = List.copyOf(filters);
    this.segmenter = segmenter;
    this.limits = limits;
    this.textFeaturesFirst = this.filters.stream().anyMatch(f -> f.getClass().isAnnotationPresent(ReadsTextFeatures.class));
    Set<String> names = new HashSet<>();
    for (Filter f : this.filters) {
      if (!names.add(f.name())) {
        throw new IllegalArgumentException("two filters are named " + f.name() + "; give one another name()");
      }
    }
  }

  /** The preset chain for news pages, HTML or text: see {@link Presets} for its filters. */
  public static Pipeline news() {
    return new Pipeline(Presets.newsFilters(), new LabelSegmenter(), Limits.DEFAULT);
  }

  /** A chain that removes nothing: every block of the page is one article's paragraph. */
  public static Pipeline keepAll() {
    return new Pipeline(List.of(), new LabelSegmenter(), Limits.DEFAULT);
  }

  /** A chain of exactly these filters, in this order, with the label segmenter. */
  public static Pipeline of(Filter... filters) {
    return new Pipeline(List.of(filters), new LabelSegmenter(), Limits.DEFAULT);
  }

  /** A chain of exactly these filters, in this order, with the label segmenter. */
  public static Pipeline of(List<? extends Filter> filters) {
    return new Pipeline(List.copyOf(filters), new LabelSegmenter(), Limits.DEFAULT);
  }

  /** The filters, in order. */
  public List<Filter> filters() {
    return filters;
  }

  /** What splits the filtered page into articles: the label segmenter unless set. */
  public Segmenter segmenter() {
    return segmenter;
  }

  /** The bounds on the work one page may cause; {@link Limits#DEFAULT} unless set. */
  public Limits limits() {
    return limits;
  }

  /** This chain with the filter appended. */
  public Pipeline with(Filter filter) {
    List<Filter> l = new ArrayList<>(filters);
    l.add(Objects.requireNonNull(filter, "filter"));
    return new Pipeline(l, segmenter, limits);
  }

  /** This chain with the filter inserted just before the one named. */
  public Pipeline withBefore(String name, Filter filter) {
    List<Filter> l = new ArrayList<>(filters);
    l.add(indexOf(name), Objects.requireNonNull(filter, "filter"));
    return new Pipeline(l, segmenter, limits);
  }

  /** This chain with the filter inserted just after the one named. */
  public Pipeline withAfter(String name, Filter filter) {
    List<Filter> l = new ArrayList<>(filters);
    l.add(indexOf(name) + 1, Objects.requireNonNull(filter, "filter"));
    return new Pipeline(l, segmenter, limits);
  }

  /** This chain without the filter named. */
  public Pipeline without(String name) {
    List<Filter> l = new ArrayList<>(filters);
    l.remove(indexOf(name));
    return new Pipeline(l, segmenter, limits);
  }

  /** This chain with the filter named replaced by another. */
  public Pipeline replacing(String name, Filter filter) {
    List<Filter> l = new ArrayList<>(filters);
    l.set(indexOf(name), Objects.requireNonNull(filter, "filter"));
    return new Pipeline(l, segmenter, limits);
  }

  /** This chain with another segmenter. */
  public Pipeline withSegmenter(Segmenter segmenter) {
    return new Pipeline(filters, Objects.requireNonNull(segmenter, "segmenter"), limits);
  }

  /** This chain with other limits. */
  public Pipeline withLimits(Limits limits) {
    return new Pipeline(filters, segmenter, Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Processes one page. Past one of the pipeline's {@link #limits() limits} the page is cut short
   * and the result is flagged {@linkplain Result#truncated() truncated}; see {@link Limits}.
   *
   * @throws InputException when the input is bytes that are binary or undecodable text
   */
  public Result process(Input input) {
    Page page = clean(input);
    Segmentation seg = segmenter.segment(page);
    // The last REMOVE decision of each block, found in one pass: Page.removal(b) for every block
    // would scan the ledger once per block, quadratic on pages with many removals.
    Decision[] lastRemove = new Decision[page.size()];
    for (Decision d : page.decisions()) {
      if (d.action() == Decision.Action.REMOVE) {
        lastRemove[d.block()] = d;
      }
    }
    List<Removal> removed = new ArrayList<>();
    for (Block b : page.blocks()) {
      Decision d = lastRemove[b.index()];
      if (d != null && page.isRemoved(b)) {
        removed.add(new Removal(d, b.text()));
      }
    }
    List<Article> articles = ArticleFields.settle(seg.articles(), page.metadata(), page.input());
    return new Result(page.source(), page.input(), seg.kind(), seg.reason(), articles, page.metadata(), removed,
        page.blocks(), page.decisions(), page.truncated());
  }

  /** Processes a plain-text page dump. */
  public Result processText(String text) {
    return process(Input.text(text));
  }

  /** Processes an HTML document. */
  public Result processHtml(String html) {
    return process(Input.html(html));
  }

  /**
   * Reads the input into a page and runs the filters over it, without segmenting: for inspecting
   * what each filter decided.
   */
  public Page clean(Input input) {
    Objects.requireNonNull(input, "input");
    String content = input.content();
    InputKind kind = input.kind();
    int max = limits.maxInputChars();
    Page page = null;
    if (content == null) {
      byte[] bytes = Objects.requireNonNull(input.bytesNoCopy());
      if (bytes.length > max) {
        bytes = Arrays.copyOf(bytes, utf8Boundary(bytes, max));
      }
      page = kind == InputKind.HTML ? streamedHtml(input.name(), bytes, input.charset())
          : kind == InputKind.TEXT ? plainUtf8Text(input.name(), bytes, input.charset()) : null;
      if (page == null) {
        content = Decoder.decode(bytes, kind, input.charset()).text();
      }
    }
    if (page == null) {
      page = read(input.name(), Objects.requireNonNull(content), kind, max);
    }
    if (input.size() > max) {
      page.markTruncated();
    }
    if (textFeaturesFirst && page.input() == InputKind.TEXT) {
      // The chain needs them anyway; made first, their pass also counts the blocks' words.
      TextFeatures.of(page);
    }
    for (Filter f : filters) {
      f.apply(page);
    }
    return page;
  }

  /**
   * An HTML page whose bytes are plain UTF-8, parsed as they are decoded, with no string of the
   * whole page between (the parser reads a window at a time); null when the bytes need a charset
   * decided first, or turn out not to be UTF-8, which {@link Decoder#decode} then reads.
   */
  private @Nullable Page streamedHtml(String name, byte[] bytes, @Nullable Charset forced) {
    Reader reader = Decoder.plainUtf8(bytes, InputKind.HTML, forced);
    if (reader == null) {
      return null;
    }
    try {
      return HTML.read(name, reader, limits);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        return null; // malformed UTF-8 in the middle of the page: read again as decode() decides
      }
      throw e;
    }
  }

  /**
   * A text page whose bytes are plain UTF-8, read from the chars they decode to, with no string of
   * the whole page between; null when the bytes need a charset decided first, or are not UTF-8,
   * which {@link Decoder#decode} then reads (or refuses). Bytes are cut to the limit before, and
   * never decode to more chars than they are, so the chars need no cut of their own.
   */
  private @Nullable Page plainUtf8Text(String name, byte[] bytes, @Nullable Charset forced) {
    CharBuffer chars = Decoder.plainUtf8Text(bytes, forced);
    return chars == null ? null : TEXT.read(name, chars.array(), chars.limit(), limits);
  }

  /** Reads decoded content: cut to the limit, its kind sniffed when not given. */
  private Page read(String name, String decoded, @Nullable InputKind given, int max) {
    String content = decoded;
    InputKind kind = given;
    // Cut here, once for every source, so that no source can be handed more than the limit.
    if (content.length() > max) {
      content = content.substring(0, Character.isHighSurrogate(content.charAt(max - 1)) ? max - 1 : max);
    }
    if (kind == null) {
      kind = Sniffer.sniff(content);
    }
    return (kind == InputKind.HTML ? HTML : TEXT).read(name, content, limits);
  }

  /** Whether this chain has the text features of a text page made before its first filter. */
  boolean textFeaturesFirst() {
    return textFeaturesFirst;
  }

  /**
   * Where to cut bytes to at most max of them without splitting a UTF-8 sequence, which strict
   * decoding of plain text would refuse as malformed: back past up to three continuation bytes.
   * Harmless for other charsets, which lose at most three bytes more.
   */
  private static int utf8Boundary(byte[] bytes, int max) {
    int end = max;
    while (end > 0 && max - end < 3 && (bytes[end] & 0xC0) == 0x80) {
      end--;
    }
    return end;
  }

  private int indexOf(String name) {
    for (int i = 0; i < filters.size(); i++) {
      if (filters.get(i).name().equals(name)) {
        return i;
      }
    }
    List<String> names = new ArrayList<>();
    filters.forEach(f -> names.add(f.name()));
    throw new IllegalArgumentException("no filter named " + name + " in " + names);
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    filters.forEach(f -> names.add(f.name()));
    return "Pipeline" + names;
  }
}
