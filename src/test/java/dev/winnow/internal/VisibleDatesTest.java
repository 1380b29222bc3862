package dev.winnow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleDatesTest {

  @Test
  void spelledOutDatesInSixLanguages() {
    assertThat(VisibleDates.find("19. Oktober 2019 00:04 Uhr", "de")).isEqualTo("2019-10-19");
    assertThat(VisibleDates.find("Publicado el 10 de mayo de 2021", "es")).isEqualTo("2021-05-10");
    assertThat(VisibleDates.find("Posted on May 4, 2022 by Jane", "en")).isEqualTo("2022-05-04");
    assertThat(VisibleDates.find("le 1er janvier 2020", "fr")).isEqualTo("2020-01-01");
    assertThat(VisibleDates.find("3 marzo 2021", "it")).isEqualTo("2021-03-03");
    assertThat(VisibleDates.find("12 de março de 2025", "pt")).isEqualTo("2025-03-12");
    assertThat(VisibleDates.find("Samstag, 5. Oktober 2013", "de")).isEqualTo("2013-10-05");
    assertThat(VisibleDates.find("September 17th, 2019", null)).isEqualTo("2019-09-17");
    assertThat(VisibleDates.find("Last updated on 20 Feb, 2020. 3 min read", null)).isEqualTo("2020-02-20");
    assertThat(VisibleDates.find("Am 7. Juni 2017. Danach", "de")).isEqualTo("2017-06-07");
  }

  @Test
  void numericDatesFollowThePagesLanguage() {
    assertThat(VisibleDates.find("22.04.2020 / 06:15", "de")).isEqualTo("2020-04-22");
    assertThat(VisibleDates.find("04/05/2021", "en-US")).isEqualTo("2021-04-05");
    assertThat(VisibleDates.find("04/05/2021", "fr")).isEqualTo("2021-05-04");
    assertThat(VisibleDates.find("25/12/2021", "en")).isEqualTo("2021-12-25");
    assertThat(VisibleDates.find("Stand: 2021-11-12", "de")).isEqualTo("2021-11-12");
  }

  @Test
  void impossibleAndImplausibleDatesGiveNull() {
    assertThat(VisibleDates.find("0000-00-00", null)).isNull();
    assertThat(VisibleDates.find("2019-02-30", null)).isNull();
    assertThat(VisibleDates.find("30. Februar 2019", "de")).isNull();
    assertThat(VisibleDates.find("12 May 99999", "en")).isNull();
    assertThat(VisibleDates.find("4 July 1776", "en")).isNull();
    assertThat(VisibleDates.find("no date here", "en")).isNull();
    assertThat(VisibleDates.find(null, null)).isNull();
  }

  @Test
  void theDateInAnAddressPath() {
    assertThat(VisibleDates.inPath("https://x.com/2019/10/19/a-story/")).isEqualTo("2019-10-19");
    assertThat(VisibleDates.inPath("https://x.com/blog/2020-10-18-cdpath")).isEqualTo("2020-10-18");
    assertThat(VisibleDates.inPath("https://x.com/news/20200102/123.html")).isEqualTo("2020-01-02");
    assertThat(VisibleDates.inPath("https://x.com/2019/10/")).isNull();
    assertThat(VisibleDates.inPath("https://x.com/2019/02/30/x")).isNull();
  }

  @Test
  void longTextIsReadOnlyToTheLimit() {
    assertThat(VisibleDates.find("word ".repeat(200_000) + "19. Oktober 2019", "de")).isNull();
  }

  @Test
  void aPathMayStateTheDayFirst() {
    assertThat(VisibleDates.inPath("https://x.org/meldungen/29-10-2021")).isEqualTo("2021-10-29");
    assertThat(VisibleDates.inPath("https://x.it/de/newsroom/23-01-2022-wierer-jubelt", "de")).isEqualTo("2022-01-23");
    assertThat(VisibleDates.inPath("https://x.com/news/01-02-2022-story", "en-US")).isEqualTo("2022-01-02");
    assertThat(VisibleDates.inPath("https://x.com/news/01-02-2022-story", "de")).isEqualTo("2022-02-01");
    assertThat(VisibleDates.inPath("https://x.com/news/31-02-2022")).isNull();
    assertThat(VisibleDates.inPath("https://x.com/item/12-34-5678")).isNull();
  }

  @Test
  void aLeadingDateEndsAfterItsTime() {
    assertThat(VisibleDates.leadingDateEnd("11.12.2019 - Ann Lee")).isEqualTo(10);
    assertThat(VisibleDates.leadingDateEnd("September 21, 2020 at 08:45 AM | Ann")).isEqualTo(30);
    assertThat(VisibleDates.leadingDateEnd("24. August 2019 um 03:36 Uhr")).isEqualTo(28);
    assertThat(VisibleDates.leadingDateEnd("Posted 21, 2020")).isEqualTo(-1);
    assertThat(VisibleDates.leadingDateEnd("30.02.2019 - Ann")).isEqualTo(-1);
    assertThat(VisibleDates.leadingDateEnd("1".repeat(1_000_000))).isEqualTo(-1);
  }

  @Test
  void russianAndUkrainianMonthsAreRead() {
    assertThat(VisibleDates.find("15 августа 2016, 13:43", "ru")).isEqualTo("2016-08-15");
    assertThat(VisibleDates.find("3 березня 2021", "uk")).isEqualTo("2021-03-03");
  }

  @Test
  void aDottedDateWithATwoDigitYearIsRead() {
    assertThat(VisibleDates.find("23.09.22", "de")).isEqualTo("2022-09-23");
    assertThat(VisibleDates.find("Stand 1.2.98", "de")).isEqualTo("1998-02-01");
    assertThat(VisibleDates.find("04/05/21", "en")).isNull(); // slashes with two digits say too little
    assertThat(VisibleDates.find("Version 1.2.33.4", "en")).isNull();
  }
}
