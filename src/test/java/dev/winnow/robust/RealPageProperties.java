package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of {@link Pipeline#news()} over pages that look like real ones
 * ({@link PageArbitraries#realPages()}): prose of every register, section labels, headlines,
 * bylines, date lines and tables, one to four articles a page, rendered as text and as HTML with
 * no landmark and no telling class name. Tries per property come from junit-platform.properties
 * (200); for a long run: {@code mvn test -Dtest=RealPageProperties -Djqwik.tries.default=10000}.
 */
class RealPageProperties {
  private static final Pipeline NEWS = Pipeline.news();
  /** The fewest words of prose that make a page a story rather than a stub. */
  private static final int STORY_WORDS = 60;

  @Provide
  Arbitrary<GeneratedPage> realPages() {
    return PageArbitraries.realPages();
  }

  @Provide
  Arbitrary<GeneratedPage> realArticlePages() {
    return PageArbitraries.realArticlePages();
  }

  @Provide
  Arbitrary<String> newlines() {
    return Arbitraries.of("\n", "\r\n");
  }

  @Provide
  Arbitrary<PageArbitraries.NoiseLine> noiseLines() {
    return PageArbitraries.familyNoiseLine();
  }

  /**
   * Noise survives in no output: a line of any family the filters cover, put anywhere between
   * two parts after the first paragraph, is gone from the text and from the HTML, whatever
   * holds it. (Before any prose it would be the page's head, where a line may pass for a
   * section label.)
   */
  // Once failed, with seed -6182984498461776587: the one-article head took a newsletter prompt
  // under the headline for its dek and brought it back.
  @Property
  void noiseOfEveryFamilyGoes(@ForAll("realPages") GeneratedPage page,
      @ForAll("noiseLines") PageArbitraries.NoiseLine noise, @ForAll @IntRange(max = 999) int at) {
    assertNoiseGoes(page, at, noise.line());
  }

  /**
   * Output is a sub-sequence of the input on real-looking pages too: as text, as semantic HTML and
   * as anonymous HTML, nothing invented, nothing reordered.
   */
  // Once off, with seed -4861550933088702027: a date line came out ahead of text that stands
  // before it. The one-article head was looked for across another story's paragraph, and took
  // that story's headline and date along; the segmenter likewise filled a byline or date found
  // below one story's body into it, ahead of its paragraphs.
  @Property
  void outputComesFromTheInputInOrder(@ForAll("realPages") GeneratedPage page, @ForAll("newlines") String newline) {
    String text = page.text(newline);
    PipelineProperties.assertSubsequence(NEWS.process(Input.text(text)), text);
    String lines = GeneratedPage.TITLE + " " + String.join(" ", page.lines());
    PipelineProperties.assertSubsequence(NEWS.process(Input.html(page.html())), lines);
    PipelineProperties.assertSubsequence(NEWS.process(Input.html(page.anonymousHtml())), lines);
  }

  /**
   * On a story page of one article, every paragraph of every register survives in HTML, with
   * landmarks and named noise boxes or without: one-sentence paragraphs, quotes and figures are
   * prose too. (Pages of several articles are the listing chain's, and not asked here.) A page
   * must hold a story, though: with a single short paragraph under its headline, MainContentFilter
   * finds "no paragraph of prose" and keeps nothing, a judgement on stubs rather than a loss.
   */
  // Once off: WidgetRemainderFilter took a one-sentence paragraph in a body between a table and
  // a run of ad paragraphs for the rest of a widget ("short line in a run that is mostly noise").
  @Property
  void proseSurvivesInHtmlOfOneArticle(@ForAll("realArticlePages") GeneratedPage page) {
    Assume.that(page.prose().size() >= 2 && String.join(" ", page.prose()).split(" ").length >= STORY_WORDS);
    PipelineProperties.assertProseKept(page, NEWS.process(Input.html(page.html())));
    PipelineProperties.assertProseKept(page, NEWS.process(Input.html(page.anonymousHtml())));
  }

  /** Puts the line between two parts after the first paragraph; no article may hold it. */
  private static void assertNoiseGoes(GeneratedPage page, int at, String line) {
    List<Integer> slots = new ArrayList<>();
    boolean seenProse = false;
    for (int i = 0; i < page.parts().size(); i++) {
      seenProse |= page.parts().get(i).prose();
      if (seenProse) {
        slots.add(i + 1);
      }
    }
    GeneratedPage noisy = page.with(slots.get(at % slots.size()), GeneratedPage.Part.noise(List.of(line)));
    Result text = NEWS.process(Input.text(noisy.text("\n")));
    assertThat(PipelineProperties.pieces(text)).as("text output, noise line '%s'", line).doesNotContain(line);
    Result html = NEWS.process(Input.html(noisy.anonymousHtml()));
    assertThat(PipelineProperties.pieces(html)).as("anonymous HTML output, noise line '%s'", line)
        .doesNotContain(line);
  }
}
