package dev.winnow.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.winnow.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * No noise filter removes article text from the dev benchmark pages, text dumps or HTML: see
 * {@link NoiseSafetyCheck}. Skipped when {@code ../shared/bench} is not beside the clone. The text
 * dumps take a few seconds and always run; the HTML pages (17 MB to parse) run with
 * {@code -Dwinnow.safety=html}. To see the listing of both:
 * {@code java -cp <test classpath> dev.winnow.filter.NoiseSafetyCheck}.
 */
class NoiseSafetyTest {
  private static final Pipeline NEWS = Pipeline.news();

  @Test
  void noiseFiltersRemoveNoArticleTextFromTheDevTextDumps() {
    assumeTrue(NoiseSafetyCheck.available(), "no ../shared/bench");
    List<NoiseSafetyCheck.Hit> hits = NoiseSafetyCheck.textHits(NEWS);
    assertThat(hits).as("removed blocks that are article text").isEmpty();
  }

  @Test
  @EnabledIfSystemProperty(named = "winnow.safety", matches = "html")
  void noiseFiltersRemoveNoArticleTextFromTheDevHtmlPages() {
    assumeTrue(NoiseSafetyCheck.available(), "no ../shared/bench");
    List<NoiseSafetyCheck.Hit> hits = NoiseSafetyCheck.htmlHits(NEWS);
    assertThat(hits).as("removed blocks that are article text").isEmpty();
  }
}
