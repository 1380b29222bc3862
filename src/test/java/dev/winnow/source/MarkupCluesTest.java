package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupCluesTest {

  @Test
  void theClassPrefilterLetThroughBylineAndDateBoxesOnly() {
    assertThat(MarkupClues.mayBeClue("entry-author vcard")).isTrue();
    assertThat(MarkupClues.mayBeClue("Byline")).isTrue();
    assertThat(MarkupClues.mayBeClue("entry-date published")).isTrue();
    assertThat(MarkupClues.mayBeClue("article-head__timestamp")).isTrue();
    assertThat(MarkupClues.mayBeClue("post-meta")).isTrue();
    assertThat(MarkupClues.mayBeClue("submitted")).isTrue();
    assertThat(MarkupClues.mayBeClue("col-md-8 offset-md-2")).isFalse();
    assertThat(MarkupClues.mayBeClue("post-content position-relative")).isFalse();
    assertThat(MarkupClues.mayBeClue("")).isFalse();
  }
}
