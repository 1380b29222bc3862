package dev.winnow.source;

import dev.winnow.InputKind;
import dev.winnow.Limits;
import dev.winnow.block.Block;
import dev.winnow.block.Markup;
import dev.winnow.block.Page;
import dev.winnow.block.PageMetadata;
import dev.winnow.internal.CountedBlocks;
import dev.winnow.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a plain-text page dump into blocks.
 *
 * <p>Blank lines (empty, white-space-only or NBSP-only) separate paragraphs. A run of lines with no
 * blank line between them is one <em>group</em>: a hard-wrapped paragraph (every line but the last
 * long, no line ending a sentence before the last) becomes one block, anything else (like a run of
 * ad labels, banner names and carousel controls) becomes one block per line. CRLF, CR and LF line
 * endings, a leading byte-order mark, tabs and trailing spaces are all taken in stride.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class TextSource implements Source {

  /** Lines at least this long, when all lines of a run but its last are, mark hard-wrapped prose. */
  static final int WRAPPED_LINE_MIN = 50;

  @Override
  public Page read(String name, String content, Limits limits) {
    return read(name, content.toCharArray(), content.length(), limits);
  }

  /**
   * Reads the page from {@code text[0..length)}: the same as {@link #read(String, String, Limits)}
   * for a string of those chars, for a caller that has the page's chars already (a decoder that
   * decoded the page's bytes into an array), so that the page is never copied into a string
   * whole. The array is read, never changed, and not kept.
   *
   * @throws IndexOutOfBoundsException when length is negative or more than the array holds
   */
  public Page read(String name, char[] text, int length, Limits limits) {
    Objects.checkFromIndexSize(0, length, text.length);
    boolean cut = length > limits.maxInputChars();
    int n = cut ? limits.maxInputChars() : length;
    boolean truncated = false;
    int pos = n > 0 && text[0] == '\uFEFF' ? 1 : 0;
    List<Block> blocks = new ArrayList<>();
    List<String> run = new ArrayList<>();
    // Once a run has a short line before its last, it cannot be wrapped prose: from then on its
    // lines become blocks as they come, so a run of millions of short lines is never held whole.
    boolean lineByLine = false;
    int runStart = 0;
    int group = 0;
    int lineNo = 0;
    while (pos <= n && !truncated) {
      int end = lineEnd(text, pos, n);
      lineNo++;
      String line = Texts.fold(text, pos, end);
      if (line.isEmpty()) {
        if (lineByLine) {
          lineByLine = false;
          group++;
        } else if (!run.isEmpty()) {
          truncated = addRun(run, runStart, group++, blocks, limits);
          run.clear();
        }
      } else if (lineByLine) {
        truncated = addLine(line, group, lineNo, blocks, limits);
      } else {
        if (run.isEmpty()) {
          runStart = lineNo;
        }
        run.add(line);
        if (run.size() >= 2 && run.get(run.size() - 2).length() < WRAPPED_LINE_MIN) {
          truncated = addRun(run, runStart, group, blocks, limits);
          run.clear();
          lineByLine = true;
        }
      }
      if (end >= n) {
        break;
      }
      pos = end + (text[end] == '\r' && end + 1 < n && text[end + 1] == '\n' ? 2 : 1);
    }
    if (!run.isEmpty() && !truncated) {
      truncated = addRun(run, runStart, group, blocks, limits);
    }
    Page page = new Page(name, InputKind.TEXT, blocks, PageMetadata.EMPTY);
    if (truncated || cut) {
      page.markTruncated();
    }
    return page;
  }

  /** Where the line that starts at from ends: at the next CR or LF, or at n. */
  private static int lineEnd(char[] text, int from, int n) {
    int i = from;
    while (i < n && text[i] != '\n' && text[i] != '\r') {
      i++;
    }
    return i;
  }

  /** Adds the blocks of one run of lines; returns true when the block limit was reached. */
  private static boolean addRun(List<String> run, int firstLine, int group, List<Block> blocks, Limits limits) {
    if (isWrappedProse(run)) {
      if (blocks.size() >= limits.maxBlocks()) {
        return true;
      }
      blocks.add(uncounted(blocks.size(), String.join(" ", run), group, firstLine));
      return false;
    }
    for (int i = 0; i < run.size(); i++) {
      if (addLine(run.get(i), group, firstLine + i, blocks, limits)) {
        return true;
      }
    }
    return false;
  }

  /** Adds one line as a block; returns true when the block limit was reached. */
  private static boolean addLine(String line, int group, int lineNo, List<Block> blocks, Limits limits) {
    if (blocks.size() >= limits.maxBlocks()) {
      return true;
    }
    blocks.add(uncounted(blocks.size(), line, group, lineNo));
    return false;
  }

  /**
   * A block whose words are counted when first asked for, or by the pass over the page's text that
   * {@code TextFeatures} makes: a pipeline whose filters read the features has that pass made
   * before its first filter, and counting here as well would be work for nothing.
   */
  private static Block uncounted(int index, String text, int group, int line) {
    return CountedBlocks.make(index, text, group, line, Markup.NONE, CountedBlocks.UNCOUNTED);
  }

  /** Whether the line opens with a number of one or two digits, a dot or bracket, and a space: "1. ", "12) ". */
  static boolean opensNumberedItem(String line) {
    return Texts.opensListNumber(line, 2);
  }

  /**
   * Whether a run of lines is one paragraph broken at a fixed width: every line but the last is
   * long and none of them ends a sentence-final word followed by nothing else of note, and the
   * last is no wider than the widest above it. A run of short lines, or of long lines that each
   * end a sentence (one paragraph a line), is not.
   */
  static boolean isWrappedProse(List<String> run) {
    if (run.size() < 2) {
      return false;
    }
    int continued = 0;
    int widest = 0;
    for (int i = 0; i < run.size() - 1; i++) {
      String line = run.get(i);
      if (line.length() < WRAPPED_LINE_MIN) {
        return false;
      }
      widest = Math.max(widest, line.length());
      char last = line.charAt(line.length() - 1);
      String next = run.get(i + 1);
      if (opensNumberedItem(next)) {
        return false; // "1. Define early retirement": a list item or a numbered heading opens a line
      }
      char nextFirst = next.charAt(0);
      if (Character.isLetterOrDigit(last) || last == ',' || last == '-' || Character.isLowerCase(nextFirst)) {
        continued++;
      }
    }
    // A last line wider than every line above it would have left room on them: they were not
    // broken at a width ("Te puede interesar: ... Never Read" over a longer sentence).
    if (run.get(run.size() - 1).length() > widest) {
      return false;
    }
    // Most breaks must fall inside a sentence; lines that each end one are separate paragraphs.
    return continued * 2 > run.size() - 1;
  }
}
