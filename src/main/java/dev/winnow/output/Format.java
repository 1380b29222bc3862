package dev.winnow.output;

import dev.winnow.Result;
import java.util.Locale;

/**
 * The output formats, each a way to write a {@link Result}. Stateless and thread-safe.
 *
 * <pre>{@code
 * String json = Format.JSON.write(result, true);   // with the explain trail
 * }</pre>
 *
 * @since 0.1
 */
public enum Format {
  /** Articles as plain text: headline, section, dek, then paragraphs, blank-line separated. */
  TEXT("txt"),
  /** Articles as Markdown: a heading per headline, emphasis for section and dek. */
  MARKDOWN("md"),
  /** One JSON object, as documented in the README, on one line. */
  JSON("json"),
  /**
   * A self-contained HTML report for people: the page's blocks in order, the kept ones as the
   * articles, the removed ones in place, struck through, with the filter and its reason, and a
   * legend of the filters. It always shows the removals, explain or not.
   */
  HTML("html");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  /** The file extension results of this format get, without the dot. */
  public String extension() {
    return extension;
  }

  /** The lower-case name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Writes the result.
   *
   * @param explain whether to include what was removed, by which filter and why
   */
  public String write(Result result, boolean explain) {
    return switch (this) {
      case TEXT -> TextWriter.write(result, explain);
      case MARKDOWN -> MarkdownWriter.write(result, explain);
      case JSON -> JsonWriter.write(result, explain);
      case HTML -> HtmlReport.write(result);
    };
  }

  /** The format named (case-insensitive), as on the command line. */
  public static Format of(String id) {
    for (Format f : values()) {
      if (f.id().equalsIgnoreCase(id) || f.extension.equalsIgnoreCase(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + id + "': use text, markdown, json or html");
  }
}
