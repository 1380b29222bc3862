package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.winnow.Input;
import dev.winnow.InputKind;
import dev.winnow.Limits;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every path honours {@link Limits}: past a bound the result is cut short, valid and flagged. */
class LimitsTest {
  private static final String PROSE = Adversarial.PROSE;

  private static Pipeline news(int maxInputChars, int maxBlocks, int maxDomDepth, int maxDomNodes) {
    return Pipeline.news().withLimits(new Limits(maxInputChars, maxBlocks, maxDomDepth, maxDomNodes));
  }

  private static String paragraphs(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append("Paragraph ").append(i).append(": ").append(PROSE).append("\n\n");
    }
    return sb.toString();
  }

  @Test
  void textLongerThanMaxInputCharsIsCutAndFlagged() {
    String text = paragraphs(100);
    Result r = news(1000, 1000, 10, 1000).process(Input.text(text));
    assertThat(r.truncated()).isTrue();
    assertThat(r.text().length()).isLessThanOrEqualTo(1000);
    assertThat(r.text()).startsWith("Paragraph 0: ");
    assertThat(r.text()).doesNotContain("Paragraph 99:");
  }

  @Test
  void inputOfExactlyMaxInputCharsIsNotTruncated() {
    String text = paragraphs(3);
    Result r = news(text.length(), 1000, 10, 1000).process(Input.text(text));
    assertThat(r.truncated()).isFalse();
    assertThat(r.text()).contains("Paragraph 2:");
  }

  @Test
  void bytesLongerThanMaxInputCharsAreCutAndFlagged() {
    byte[] bytes = paragraphs(100).getBytes(StandardCharsets.UTF_8);
    for (InputKind kind : new InputKind[] {null, InputKind.TEXT, InputKind.HTML}) {
      Result r = news(1000, 1000, 10, 1000).process(Input.bytes(bytes, kind));
      assertThat(r.truncated()).as("kind %s", kind).isTrue();
      assertThat(r.text()).as("kind %s", kind).doesNotContain("Paragraph 99:");
    }
  }

  /** A cut inside a multi-byte character used to make valid UTF-8 text "malformed". */
  @Test
  void bytesCutInsideAUtf8CharacterStillDecode() {
    String text = "Ça coûte très cher à Genève. ".repeat(20) + "\n\n" + "€😀".repeat(200);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int max = 600; max < 620; max++) {
      int limit = max;
      assertThatCode(() -> news(limit, 1000, 10, 1000).process(Input.bytes(bytes, InputKind.TEXT)))
          .as("cut at %d", limit).doesNotThrowAnyException();
    }
    for (int max = bytes.length - 8; max < bytes.length; max++) {
      Result r = news(max, 1000, 10, 1000).process(Input.bytes(bytes, InputKind.TEXT));
      assertThat(r.truncated()).isTrue();
      assertThat(r.text()).doesNotContain("\uFFFD");
    }
  }

  @Test
  void stringCutDoesNotSplitASurrogatePair() {
    String text = "😀".repeat(100);
    // keepAll: what is under test is the cut, not whether a line of emoji is judged noise.
    Result r = Pipeline.keepAll().withLimits(new Limits(51, 1000, 10, 1000)).process(Input.text(text));
    assertThat(r.truncated()).isTrue();
    assertThat(r.text()).isEqualTo("😀".repeat(25));
  }

  @Test
  void htmlLongerThanMaxInputCharsIsCutAndFlagged() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 100; i++) {
      html.append("<p>Paragraph ").append(i).append(": ").append(PROSE).append("</p>");
    }
    html.append("</body></html>");
    Result r = news(1000, 1000, 10, 1000).process(Input.html(html.toString()));
    assertThat(r.truncated()).isTrue();
    assertThat(r.text()).doesNotContain("Paragraph 99:");
  }

  @Test
  void textBlockLimitStopsReadingAndFlags() {
    Result r = news(1 << 20, 10, 10, 1000).process(Input.text(paragraphs(100)));
    assertThat(r.truncated()).isTrue();
    assertThat(r.blocks()).hasSize(10);
    assertThat(r.text()).contains("Paragraph 9:").doesNotContain("Paragraph 10:");
  }

  @Test
  void exactlyMaxBlocksIsNotTruncated() {
    Result r = news(1 << 20, 10, 10, 1000).process(Input.text(paragraphs(10)));
    assertThat(r.truncated()).isFalse();
    assertThat(r.blocks()).hasSize(10);
  }

  @Test
  void blockLimitInsideARunOfShortLines() {
    String lines = "Share\nTweet\nEmail\nPrint\n".repeat(10);
    Result r = news(1 << 20, 7, 10, 1000).process(Input.text(lines));
    assertThat(r.truncated()).isTrue();
    assertThat(r.blocks()).hasSize(7);
  }

  /** Millions of lines: the block limit bounds the work; nothing is held per line past it. */
  @Test
  void textPageWithMillionsOfLines() {
    StringBuilder sb = new StringBuilder(16 << 20);
    for (int i = 0; i < 3_000_000; i++) {
      sb.append("ln").append(i % 10).append('\n');
    }
    Result r = Pipeline.news().process(Input.text(sb.toString()));
    assertThat(r.truncated()).isTrue();
    assertThat(r.blocks()).hasSize(Limits.DEFAULT.maxBlocks());
  }

  @Test
  void millionsOfBlankLinesMakeAnEmptyUntruncatedPage() {
    Result r = Pipeline.news().process(Input.text("\n \r\n\t\r".repeat(1_000_000)));
    assertThat(r.truncated()).isFalse();
    assertThat(r.articles()).isEmpty();
  }

  @Test
  void deepHtmlNestingNeitherOverflowsTheStackNorHangs() {
    int depth = 100_000;
    String html = "<html><body>" + "<div>".repeat(depth) + "<p>" + PROSE + "</p>" + "</div>".repeat(depth) + "</body></html>";
    Result r = Pipeline.news().process(Input.html(html));
    assertThat(r.text()).contains(PROSE);
  }

  // --- Limits the HTML source must honour.

  @Test
  void htmlBlockLimitStopsReadingAndFlags() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 100; i++) {
      html.append("<p>Paragraph ").append(i).append(": ").append(PROSE).append("</p>");
    }
    Result r = news(1 << 20, 10, 256, 100_000).process(Input.html(html.append("</body></html>").toString()));
    assertThat(r.blocks()).hasSize(10);
    assertThat(r.truncated()).isTrue();
  }

  @Test
  void htmlDeeperThanMaxDomDepthIsFlattenedAndFlagged() {
    String html = "<html><body>" + "<div>".repeat(50) + "<p>" + PROSE + "</p>" + "</div>".repeat(50) + "</body></html>";
    Result r = news(1 << 20, 1000, 20, 100_000).process(Input.html(html));
    assertThat(r.truncated()).isTrue();
    assertThat(r.text()).contains(PROSE);
  }

  @Test
  void htmlWithMoreThanMaxDomNodesIsCutAndFlagged() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 1000; i++) {
      html.append("<p>Paragraph ").append(i).append(": ").append(PROSE).append("</p>");
    }
    Result r = news(1 << 20, 100_000, 256, 200).process(Input.html(html.append("</body></html>").toString()));
    assertThat(r.truncated()).isTrue();
    assertThat(r.text()).contains("Paragraph 0:").doesNotContain("Paragraph 999:");
  }
}
