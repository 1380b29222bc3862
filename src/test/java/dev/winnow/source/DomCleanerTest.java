package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomCleanerTest {

  @Test
  void inlineStylesThatHide() {
    assertThat(DomCleaner.styleHidden("display:none")).isEqualTo("hidden (display:none)");
    assertThat(DomCleaner.styleHidden("color: red; DISPLAY : None !important")).isEqualTo("hidden (display:none)");
    assertThat(DomCleaner.styleHidden("visibility:\thidden")).isEqualTo("hidden (visibility:hidden)");
    assertThat(DomCleaner.styleHidden("font-family: \"Café\"; display: none")).isEqualTo("hidden (display:none)");
    assertThat(DomCleaner.styleHidden("content: 'Ω'; DISPLAY:\u2003NONE")).isEqualTo("hidden (display:none)");
    assertThat(DomCleaner.styleHidden("content: 'Ω'; display:\u00a0none")).isNull();
  }

  @Test
  void inlineStylesThatShow() {
    assertThat(DomCleaner.styleHidden("display:block")).isNull();
    assertThat(DomCleaner.styleHidden("display:")).isNull();
    assertThat(DomCleaner.styleHidden("")).isNull();
    assertThat(DomCleaner.styleHidden("visibility: visible; font-family: \"Café\"")).isNull();
    assertThat(DomCleaner.styleHidden("x")).isNull();
  }
}
