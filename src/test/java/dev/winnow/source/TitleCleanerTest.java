package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCleanerTest {

  @Test
  void knownSiteNameGoesWherever() {
    assertThat(TitleCleaner.clean("Cat found | Express-News", "Express-News")).isEqualTo("Cat found");
    assertThat(TitleCleaner.clean("WSJ \u2013 Markets rally", "WSJ")).isEqualTo("Markets rally");
  }

  @Test
  void unknownLastPartGoesOnlyAfterALongEnoughHeadline() {
    assertThat(TitleCleaner.clean("Storm closes schools across the region - Daily News", null))
        .isEqualTo("Storm closes schools across the region");
    assertThat(TitleCleaner.clean("Red - Blue", null)).isEqualTo("Red - Blue");
  }

  @Test
  void aBareDomainAtEitherEndIsTheSiteName() {
    assertThat(TitleCleaner.clean("mediaarchitecture.de // » Jens Weber", null)).isEqualTo("Jens Weber");
    assertThat(TitleCleaner.clean("Cat found - example.co.uk", null)).isEqualTo("Cat found");
    assertThat(TitleCleaner.clean("Version 2.0 - What changed", null)).isEqualTo("Version 2.0 - What changed");
    assertThat(TitleCleaner.clean("example.com", null)).isEqualTo("example.com");
    assertThat(TitleCleaner.isDomain("www.example.com")).isTrue();
    assertThat(TitleCleaner.isDomain("3.14")).isFalse();
    assertThat(TitleCleaner.isDomain("a..b")).isFalse();
  }

  @Test
  void titlesWithoutSeparatorsStay() {
    assertThat(TitleCleaner.clean("  A plain headline  ", "Site")).isEqualTo("A plain headline");
  }

  @Test
  void theSiteNameGoesBeforeOrAfterABarWithoutSpaces() {
    assertThat(TitleCleaner.clean("NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", "NEWS WEB EASY"))
        .isEqualTo("子どもへの体罰を禁止する法律ができる");
    assertThat(TitleCleaner.clean("新しい法律｜News Site", "News Site")).isEqualTo("新しい法律");
    assertThat(TitleCleaner.clean("A|B test", "Site")).isEqualTo("A|B test");
  }

  @Test
  void aKnownSiteNameGoesWithTheSlogansAfterIt() {
    assertThat(TitleCleaner.clean("Video killed the star : Krimiblog | Notes on a genre | Since 2005", "Krimiblog"))
        .isEqualTo("Video killed the star");
    assertThat(TitleCleaner.clean("Enchufla - Salsa-Figuren - Rueda in Berlin", "Salsa-Figuren - Rueda in Berlin"))
        .isEqualTo("Enchufla");
    assertThat(TitleCleaner.clean("Cat found // Daily News", "Daily News")).isEqualTo("Cat found");
  }

  @Test
  void aPartThatStartsTheSiteNameIsTheSiteName() {
    assertThat(TitleCleaner.clean("Kinder und Arbeit \u00bb ProNATs e.V.", "ProNATs e.V. Verein zur Unterstützung"))
        .isEqualTo("Kinder und Arbeit");
    assertThat(TitleCleaner.clean("Kinder und Arbeit \u00bb Pro", "ProNATs e.V.")).isEqualTo("Kinder und Arbeit \u00bb Pro");
  }

  @Test
  void lettersWhoseLowerCaseIsLongerNeverThrow() {
    assertThat(TitleCleaner.clean("\u0130stanbul | \u0130\u0130 Site", "\u0130\u0130 site")).isNotNull();
  }

  @Test
  void aSeparatorLeftDanglingGoes() {
    assertThat(TitleCleaner.clean("National Rail Enquiries -", null)).isEqualTo("National Rail Enquiries");
    assertThat(TitleCleaner.clean("\u00bb Jens Weber", null)).isEqualTo("Jens Weber");
    assertThat(TitleCleaner.clean("-20 % on all bikes", null)).isEqualTo("-20 % on all bikes");
    assertThat(TitleCleaner.clean(" | ", null)).isEqualTo("|");
  }
}
