package dev.winnow.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.winnow.PageKind;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.filter.structure.ContentClassFilter;
import dev.winnow.filter.structure.MainArticleFilter;
import dev.winnow.filter.structure.PageKindFilter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The text-mode chain stays linear on huge and hostile dumps: a quadratic step would not finish. */
class TextModeLinearityTest {
  private static final Pipeline TEXT_MODE =
      Pipeline.of(new PageKindFilter(), new ContentClassFilter(), new MainArticleFilter());

  @Test
  void aHugePageOfMenusAndRepeatsFinishes() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append("  * Menu item ").append(i % 50).append('\n');
      if (i % 7 == 0) {
        sb.append("\nSection\n\nA title of some story here\n\n").append(TextPages.P1).append("\n\nRead more\n\n");
      }
    }
    Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TEXT_MODE.processText(sb.toString()));
    assertThat(r.blocks().size()).isGreaterThan(20_000);
  }

  @Test
  void aHugeArticleKeepsItsParagraphs() {
    StringBuilder sb = new StringBuilder("  * Home\n  * News\n\nA headline for a very long story\n\n");
    for (int i = 0; i < 5_000; i++) {
      sb.append(i % 2 == 0 ? TextPages.P2 : TextPages.P4).append(" It was item ").append(i).append(".\n\n")
          .append(i % 10 == 0 ? "[photo]\n\n" : "");
    }
    Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TEXT_MODE.processText(sb.toString()));
    assertThat(r.page()).isEqualTo(PageKind.ARTICLE);
    assertThat(r.articles()).hasSize(1);
    assertThat(r.articles().get(0).paragraphs()).hasSize(5_000);
  }
}
