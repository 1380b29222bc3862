package dev.winnow.cli;

import dev.winnow.Removal;
import dev.winnow.Result;
import dev.winnow.block.Block;
import dev.winnow.block.Decision;
import dev.winnow.block.Label;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A readable trace of what a pipeline did to a page, block by block: index, whether the block was
 * kept or removed, the labels it ended with, its text (cut short), and under it every decision
 * filters made about it, in order. What {@code --debug} prints; like Boilerpipe's debug filter,
 * it is meant for eyes, not scripts, and its layout may change. Stateless.
 *
 * <pre>{@code
 * # debug: page.txt (text, article, 3 blocks, 1 removed)
 *    0 removed                Advertisement
 *        REMOVE by AdLabelFilter: an ad label
 *    1 kept     [HEADLINE]    Moscow and Pyongyang sign a pact
 *        LABEL HEADLINE by HeadlineFilter: short title line before the body
 * }</pre>
 */
final class DebugView {
  /** Block text longer than this is cut, so one block stays on one line. */
  static final int TEXT_WIDTH = 80;

  private DebugView() {}

  /** The trace of one result, ending with a newline. */
  static String render(Result result) {
    Set<Integer> removed = new HashSet<>();
    for (Removal r : result.removed()) {
      removed.add(r.block());
    }
    List<Block> blocks = result.blocks();
    // The result holds the decisions, not the final labels: replay them to get those.
    List<Set<Label>> labels = new ArrayList<>(blocks.size());
    List<List<Decision>> byBlock = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      labels.add(EnumSet.noneOf(Label.class));
      byBlock.add(new ArrayList<>());
    }
    for (Decision d : result.decisions()) {
      if (d.block() < 0 || d.block() >= blocks.size()) {
        continue;
      }
      byBlock.get(d.block()).add(d);
      if (d.label() != null && d.action() == Decision.Action.LABEL) {
        labels.get(d.block()).add(d.label());
      } else if (d.label() != null && d.action() == Decision.Action.UNLABEL) {
        labels.get(d.block()).remove(d.label());
      }
    }

    StringBuilder sb = new StringBuilder();
    sb.append("# debug: ").append(result.source()).append(" (").append(result.input().id()).append(", ")
        .append(result.page().id()).append(", ").append(blocks.size()).append(blocks.size() == 1 ? " block, " : " blocks, ")
        .append(removed.size()).append(" removed").append(result.truncated() ? ", truncated" : "")
        .append(")\n");
    if (!result.pageReason().isEmpty()) {
      sb.append("# page: ").append(Reasons.oneLine(result.pageReason())).append('\n');
    }
    for (Block b : blocks) {
      StringJoiner labelText = new StringJoiner(",", "[", "]").setEmptyValue("");
      labels.get(b.index()).forEach(l -> labelText.add(l.name()));
      String tag = b.markup().tag() == null ? "" : "<" + b.markup().tag() + "> ";
      sb.append(String.format(java.util.Locale.ROOT, "%4d %-8s %-14s %s%s\n", b.index(),
          removed.contains(b.index()) ? "removed" : "kept", labelText, tag, abbreviate(b.text())));
      for (Decision d : byBlock.get(b.index())) {
        sb.append("       ").append(d.action());
        if (d.label() != null) {
          sb.append(' ').append(d.label());
        }
        sb.append(" by ").append(d.filter()).append(": ").append(Reasons.oneLine(d.reason())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String abbreviate(String text) {
    return text.length() <= TEXT_WIDTH ? text : text.substring(0, TEXT_WIDTH - 3) + "...";
  }
}
