package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HintPatternsTest {

  @Test
  void wordsMatchWholeNeverInsideOtherWords() {
    HintPatterns p = HintPatterns.of("ad");
    assertThat(p.match("ad")).isEqualTo("ad");
    assertThat(p.match("story top-ad")).isEqualTo("top-ad");
    assertThat(p.match("ad_slot")).isEqualTo("ad_slot");
    assertThat(p.match("header shadow badge read head load")).isNull();
  }

  @Test
  void sequencesPrefixesSuffixesAndExactTokens() {
    HintPatterns p = HintPatterns.of("ad-slot", "advert*", "*widget", "=hidden");
    assertThat(p.matches("mid-ad-slot")).isTrue();
    assertThat(p.matches("slot-ad")).isFalse();
    assertThat(p.matches("advertisement")).isTrue();
    assertThat(p.matches("taboolawidget")).isTrue();
    assertThat(p.matches("widgets")).isFalse();
    assertThat(p.matches("hidden")).isTrue();
    assertThat(p.matches("hidden-xs")).isFalse();
  }

  @Test
  void vocabulariesAreImmutableAndExtensible() {
    HintPatterns base = HintPatterns.noise();
    HintPatterns mine = base.with("my-promo-box");
    assertThat(base.matches("my-promo-box")).isFalse();
    assertThat(mine.matches("my-promo-box")).isTrue();
    assertThat(mine.without("my-promo-box").matches("my-promo-box")).isFalse();
    assertThat(base.matches("div-gpt-ad-12345")).isTrue();
    assertThat(base.matches("adsbygoogle")).isTrue();
    assertThat(base.matches("article-body")).isFalse();
  }

  @Test
  void wildcardFirstWordsStillNeedTheWordsAfterThem() {
    HintPatterns p = HintPatterns.of("*share*-bar", "promo*-box", "*rail-item");
    assertThat(p.match("top-reshared-bar x")).isEqualTo("top-reshared-bar");
    assertThat(p.matches("share-top-bar")).isFalse();
    assertThat(p.matches("promotion-box")).isTrue();
    assertThat(p.matches("promotion")).isFalse();
    assertThat(p.matches("siderail-item")).isTrue();
    assertThat(p.matches("siderail-items")).isFalse();
  }

  @Test
  void lettersBeyondAsciiAreWordChars() {
    HintPatterns p = HintPatterns.of("werbung", "anzeige*");
    assertThat(p.matches("über-werbung")).isTrue();
    assertThat(p.matches("überwerbung")).isFalse();
    assertThat(p.matches("anzeigenbox")).isTrue();
    assertThat(p.matches("groß-anzeige")).isTrue();
  }
}
