package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsoDatesTest {

  @Test
  void isoFormsAreNormalized() {
    assertThat(IsoDates.normalize("2019-11-19")).isEqualTo("2019-11-19");
    assertThat(IsoDates.normalize("2019-11-19T14:30")).isEqualTo("2019-11-19T14:30");
    assertThat(IsoDates.normalize(" 2019-11-19T14:30:00.123Z ")).isEqualTo("2019-11-19T14:30:00.123Z");
    assertThat(IsoDates.normalize("2019-11-19T14:30:00-0500")).isEqualTo("2019-11-19T14:30:00-05:00");
    assertThat(IsoDates.normalize("2019-11-19 14:30:00+01")).isEqualTo("2019-11-19T14:30:00+01:00");
    assertThat(IsoDates.normalize("2022-01-10T22:06:08:684Z")).isEqualTo("2022-01-10T22:06:08.684Z");
    assertThat(IsoDates.normalize("2022-01-10T22:06:08:")).isNull();
    assertThat(IsoDates.normalize("2006-12-16T08:00+01:00")).isEqualTo("2006-12-16T08:00+01:00");
  }

  @Test
  void rfc1123DatesBecomeIso() {
    assertThat(IsoDates.normalize("Tue, 19 Nov 2019 14:30:00 GMT")).isEqualTo("2019-11-19T14:30:00Z");
  }

  @Test
  void anythingElseIsNoDate() {
    assertThat(IsoDates.normalize(null)).isNull();
    assertThat(IsoDates.normalize("yesterday")).isNull();
    assertThat(IsoDates.normalize("2019-13-45")).isNull();
    assertThat(IsoDates.normalize("0001-01-01T00:00:00Z")).isNull();
    assertThat(IsoDates.normalize("Tue, 99 Foo 2019")).isNull();
  }

  @Test
  void daysAreCalendarDays() {
    assertThat(IsoDates.normalize("2020-02-29")).isEqualTo("2020-02-29");
    assertThat(IsoDates.normalize("2000-02-29T08:00Z")).isEqualTo("2000-02-29T08:00Z");
    assertThat(IsoDates.normalize("2019-02-29")).isNull();
    assertThat(IsoDates.normalize("1900-02-29")).isNull();
    assertThat(IsoDates.normalize("2019-04-31T10:00:00Z")).isNull();
    assertThat(IsoDates.normalize("2019-00-10")).isNull();
    assertThat(IsoDates.normalize("1800-01-01")).isEqualTo("1800-01-01");
    assertThat(IsoDates.normalize("1799-12-31")).isNull();
  }

  @Test
  void aUtcInstantIsReadInTheZoneOfThePagesLanguage() {
    assertThat(IsoDates.inZone("2019-10-18T22:04:00Z", IsoDates.zoneOf("de"))).isEqualTo("2019-10-19T00:04:00+02:00");
    assertThat(IsoDates.inZone("2021-11-04T23:00Z", IsoDates.zoneOf("de-AT"))).isEqualTo("2021-11-05T00:00:00+01:00");
    assertThat(IsoDates.inZone("2022-05-04T00:44:52.000+00:00", IsoDates.zoneOf("pt_BR")))
        .isEqualTo("2022-05-03T21:44:52-03:00");
  }

  @Test
  void otherValuesAndLanguagesOfSeveralZonesStayAsStated() {
    assertThat(IsoDates.zoneOf("en-US")).isNull();
    assertThat(IsoDates.zoneOf("pt")).isNull();
    assertThat(IsoDates.zoneOf(null)).isNull();
    assertThat(IsoDates.zoneOf("x".repeat(100_000))).isNull();
    assertThat(IsoDates.inZone("2019-10-18T22:04:00Z", null)).isEqualTo("2019-10-18T22:04:00Z");
    assertThat(IsoDates.inZone("2019-10-18T22:04:00+01:00", IsoDates.zoneOf("de"))).isEqualTo("2019-10-18T22:04:00+01:00");
    assertThat(IsoDates.inZone("2019-10-18T22:04:00", IsoDates.zoneOf("de"))).isEqualTo("2019-10-18T22:04:00");
    assertThat(IsoDates.inZone("2019-10-18", IsoDates.zoneOf("de"))).isEqualTo("2019-10-18");
    assertThat(IsoDates.inZone("9999-12-31T23:59:59Z", IsoDates.zoneOf("ja"))).isEqualTo("9999-12-31T23:59:59Z");
  }
}
