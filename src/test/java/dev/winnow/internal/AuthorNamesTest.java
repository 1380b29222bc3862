package dev.winnow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

  @Test
  void theOpeningWordAndTheDateGo() {
    assertThat(AuthorNames.parse("Von Claudia Riedler 19. Oktober 2019 00:04 Uhr", null)).containsExactly("Claudia Riedler");
    assertThat(AuthorNames.parse("vom Krimiblogger", null)).containsExactly("Krimiblogger");
    assertThat(AuthorNames.parse("By Jane Roe", null)).containsExactly("Jane Roe");
    assertThat(AuthorNames.parse("Publicado por Alberto González", null)).containsExactly("Alberto González");
    assertThat(AuthorNames.parse("Par Matthieu Hy", null)).containsExactly("Matthieu Hy");
    assertThat(AuthorNames.parse("Zeige alle Beiträge von Petra Ruland", null)).containsExactly("Petra Ruland");
  }

  @Test
  void severalAuthorsComeBackAsAList() {
    assertThat(AuthorNames.parse("By Ann Lee and Bo Kim", null)).containsExactly("Ann Lee", "Bo Kim");
    assertThat(AuthorNames.parse("Jelko Djuren und Jutta Klaukien", null)).containsExactly("Jelko Djuren", "Jutta Klaukien");
    assertThat(AuthorNames.parse("Isabel Caro, Rocío Latorre & José Miguel Wilson", null))
        .containsExactly("Isabel Caro", "Rocío Latorre", "José Miguel Wilson");
    assertThat(AuthorNames.join(AuthorNames.parse("Ann Lee; Bo Kim; ann lee", null))).isEqualTo("Ann Lee, Bo Kim");
  }

  @Test
  void jobTitlesHandlesAndWhatFollowsTheNameGo() {
    assertThat(AuthorNames.parse("Von FOCUS-Online-Experte Robin Tschöpe", null)).containsExactly("Robin Tschöpe");
    assertThat(AuthorNames.parse("Christoph Hein Chefredakteur", null)).containsExactly("Christoph Hein");
    assertThat(AuthorNames.parse("Jane Roe, Staff Writer", null)).containsExactly("Jane Roe");
    assertThat(AuthorNames.parse("Williams Perdomo @wperdomod", null)).containsExactly("Williams Perdomo");
    assertThat(AuthorNames.parse("Isabella.DiBiase am Samstag", null)).containsExactly("Isabella.DiBiase");
    assertThat(AuthorNames.parse("Ana Paz, José Miguel Wilson Hace 2 horas", null)).containsExactly("Ana Paz", "José Miguel Wilson");
    assertThat(AuthorNames.parse("Johanna Kropfitsch Alle Artikel", null)).containsExactly("Johanna Kropfitsch");
    assertThat(AuthorNames.parse("Frank Bueltge - http://bueltge.de", null)).containsExactly("Frank Bueltge");
    assertThat(AuthorNames.parse("Walter von Aachen", null)).containsExactly("Walter von Aachen");
  }

  @Test
  void whatIsNoNameGivesNothing() {
    assertThat(AuthorNames.parse(null, null)).isEmpty();
    assertThat(AuthorNames.parse("", null)).isEmpty();
    assertThat(AuthorNames.parse("https://www.facebook.com/jane.roe", null)).isEmpty();
    assertThat(AuthorNames.parse("@janeroe", null)).isEmpty();
    assertThat(AuthorNames.parse("No Author", null)).isEmpty();
    assertThat(AuthorNames.parse("Daily News", "Daily News")).isEmpty();
    assertThat(AuthorNames.parse("Teufel Blog Redaktion Alles über Lautsprecher, Heimkino, Tricks für zu Hause.", null))
        .isEmpty();
  }

  @Test
  void aDescriptionAfterTheNamesLeavesTheNames() {
    assertThat(AuthorNames.parse("Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.", null))
        .containsExactly("Uta Staschewski");
    assertThat(AuthorNames.parse("Ann Lee, Bo Kim, who both write about food", null)).containsExactly("Ann Lee", "Bo Kim");
    assertThat(AuthorNames.parse("Ann Lee und ihre Freunde gehen heute schwimmen", null)).isEmpty();
  }

  @Test
  void aDigitInsideAWordIsPartOfAHandleAndObfuscatedAddressesGo() {
    assertThat(AuthorNames.parse("delta201", null)).containsExactly("delta201");
    assertThat(AuthorNames.parse("Ann Lee 19.10.2019", null)).containsExactly("Ann Lee");
    assertThat(AuthorNames.parse("cipha[at]cipha.net", null)).isEmpty();
  }

  @Test
  void aHugeLineIsReadOnlyAsFarAsTheLimit() {
    String many = "Ann Lee, ".repeat(10_000) + "Bo Kim";
    assertThat(AuthorNames.parse(many, null)).containsExactly("Ann Lee");
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      names.append("Name").append((char) ('a' + i % 26)).append(" Last, ");
    }
    assertThat(AuthorNames.parse(names.toString(), null)).hasSize(AuthorNames.MAX_NAMES);
  }

  @Test
  void opensBylineKnowsTheOpeningWordsAloneOrWithAName() {
    assertThat(AuthorNames.opensByline("By")).isTrue();
    assertThat(AuthorNames.opensByline("Von: ")).isTrue();
    assertThat(AuthorNames.opensByline("---- by Kenneth Surin")).isTrue();
    assertThat(AuthorNames.opensByline("Par\u00a0")).isTrue();
    assertThat(AuthorNames.opensByline("De Gaulle")).isFalse();
    assertThat(AuthorNames.opensByline("Bystander")).isFalse();
    assertThat(AuthorNames.opensByline("---")).isFalse();
    assertThat(AuthorNames.opensByline("")).isFalse();
  }

  @Test
  void anOpenedLineMayStartWithDashesAndSayBy() {
    assertThat(AuthorNames.parseOpenedLine("By Ann Lee", null)).containsExactly("Ann Lee");
    assertThat(AuthorNames.parseOpenedLine("Autoren Jelko Djuren und Jutta Klaukien", null)).containsExactly("Jelko Djuren", "Jutta Klaukien");
    assertThat(AuthorNames.parseOpenedLine("- Redaktion: Eberhard Fuhr (Pressesprecher)", null)).containsExactly("Eberhard Fuhr");
    assertThat(AuthorNames.parseOpenedLine("By 2030 the city will have grown", null)).isEmpty();
  }

  @Test
  void anAgencyBesideAPersonGoesButAnAgencyAloneStays() {
    assertThat(AuthorNames.parse("David Hutzler, dpa", null)).containsExactly("David Hutzler");
    assertThat(AuthorNames.parse("Von Ann Lee und Reuters", null)).containsExactly("Ann Lee");
    assertThat(AuthorNames.parse("AFP", null)).containsExactly("AFP");
    assertThat(AuthorNames.parse("dpa, AFP", null)).containsExactly("dpa", "AFP");
  }

  @Test
  void aDateBeforeTheNamesGoesWithItsDashOrBy() {
    assertThat(AuthorNames.parse("11.12.2019 - Amelie Loevenich", null)).containsExactly("Amelie Loevenich");
    assertThat(AuthorNames.parse("Posted on September 21, 2020 by Adi Tzlil", null)).containsExactly("Adi Tzlil");
    assertThat(AuthorNames.parse("05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher)", null))
        .containsExactly("Eberhard Fuhr");
    assertThat(AuthorNames.parse("21. Jan 2022 // Dominik Ricker", null)).containsExactly("Dominik Ricker");
    assertThat(AuthorNames.parse("2019-02-30 - Ann Lee", null)).isEmpty(); // no real day: the line is not read as dated
    assertThat(AuthorNames.allFullNames(AuthorNames.parse("11.12.2019 - Berlin", null))).isFalse();
  }

  @Test
  void aSignatureIsTwoOrThreeCapitalizedWordsAndNothingElse() {
    assertThat(AuthorNames.signature("Stefan Wasmer")).containsExactly("Stefan Wasmer");
    assertThat(AuthorNames.signature("Nikole Hannah-Jones")).containsExactly("Nikole Hannah-Jones");
    assertThat(AuthorNames.signature("Richard David Precht")).containsExactly("Richard David Precht");
    assertThat(AuthorNames.signature("Stefan")).isEmpty();
    assertThat(AuthorNames.signature("Weitere Infos zum Thema Wald")).isEmpty();
    assertThat(AuthorNames.signature("Und Grundschritt")).isEmpty();
    assertThat(AuthorNames.signature("Team ExoLabs")).isEmpty();
    assertThat(AuthorNames.signature("ICON MAGAZINE")).isEmpty();
    assertThat(AuthorNames.signature("Blessing, 816 Seiten")).isEmpty();
    assertThat(AuthorNames.signature(null)).isEmpty();
  }

  @Test
  void namesAreWeakWhenTheyAreOneWordAFirmOrTheSite() {
    assertThat(AuthorNames.weak(List.of("LN"), null)).isTrue();
    assertThat(AuthorNames.weak(List.of("Web Commerce GmbH"), null)).isTrue();
    assertThat(AuthorNames.weak(List.of("Golf Post"), "Golf Post")).isTrue();
    assertThat(AuthorNames.weak(List.of("Ann Lee"), "Golf Post")).isFalse();
    assertThat(AuthorNames.weak(List.of("J.R. Stone"), null)).isFalse();
    assertThat(AuthorNames.weak(List.of(), null)).isFalse();
  }

  @Test
  void aDeskStatedAsTheAuthorIsReadAsAShortLabel() {
    assertThat(AuthorNames.deskName("By Staff Writer")).isEqualTo("Staff Writer");
    assertThat(AuthorNames.deskName("Staff and news service reports")).isEqualTo("Staff and news service reports");
    assertThat(AuthorNames.deskName("Unknown")).isNull();
    assertThat(AuthorNames.deskName("by the way")).isNull(); // no capital
    assertThat(AuthorNames.deskName("Read our guide to the seven best beaches of the coast")).isNull();
    assertThat(AuthorNames.deskName("Updated 12 May")).isNull();
    assertThat(AuthorNames.deskName("He wrote this. It was late")).isNull();
    assertThat(AuthorNames.deskName(null)).isNull();
  }
}
