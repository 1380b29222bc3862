package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.output.Format;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Pages on which cleaning the text output again changes the articles, shrunk by jqwik from
 * {@link PipelineProperties}. The text writer is meant to make cleaning idempotent.
 */
class IdempotenceRegressionTest {
  private static final Pipeline NEWS = Pipeline.news();
  private static final String PROSE = "A a a, a a a, a a a, a a a.";

  private static void assertIdempotent(Input input) {
    Result first = NEWS.process(input);
    String clean = Format.TEXT.write(first, false);
    assertThat(NEWS.process(Input.text(clean)).articles()).as(clean).isEqualTo(first.articles());
  }

  /**
   * "Ad" opens an article as a section label only because it occurs twice; OrphanBlockFilter
   * removes the first "Ad" (above the first article), so in the clean text it occurs once and
   * the second article runs into the first.
   */
  @Test
  void sectionLabelFoundByRecurrence() {
    assertIdempotent(Input.text("Ad\n\n" + PROSE + "\n\nAd\nSponsored content\n\n" + PROSE + "\n"));
  }

  /**
   * The HTML source reads the page as one article; read back as text, HeadlineFilter finds a
   * section ("1 of 5", recurring) and a headline in it and splits it in two.
   */
  @Test
  void htmlArticleSplitWhenReadBackAsText() {
    assertIdempotent(Input.html("<html><body><p>" + PROSE + "</p><p>1 of 5</p><p>Keep reading</p><p>1 of 5</p>"
        + "<p>Xg hx gmm ft zq he bf cc sel, qv rj mñsj he cb ø cc ib.</p></body></html>"));
  }
}
