package dev.winnow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void anOpenerInAnyCasingThenACapitalizedName() {
    assertThat(Bylines.opensWithByline("By Jane Doe")).isTrue();
    assertThat(Bylines.opensWithByline("BY JANE DOE, REUTERS")).isTrue();
    assertThat(Bylines.opensWithByline("by Jane Doe")).isTrue();
    assertThat(Bylines.opensWithByline("Escrito por María López")).isTrue();
    assertThat(Bylines.opensWithByline("Par Jean Dupont")).isTrue();
    assertThat(Bylines.opensWithByline("Text: Hans Muster")).isTrue();
    assertThat(Bylines.opensWithByline("Von:  Anna Schmidt")).isTrue();
  }

  @Test
  void noNameNoByline() {
    assertThat(Bylines.opensWithByline("By the numbers")).isFalse();
    assertThat(Bylines.opensWithByline("by the way, it rained")).isFalse();
    assertThat(Bylines.opensWithByline("Bypass closed")).isFalse();
    assertThat(Bylines.opensWithByline("Por")).isFalse();
    assertThat(Bylines.opensWithByline("By ")).isFalse();
    assertThat(Bylines.opensWithByline("")).isFalse();
  }

  @Test
  void aNewsroomCreditIsAByline() {
    assertThat(Bylines.isStaffByline("La rédaction")).isTrue();
    assertThat(Bylines.isStaffByline(" REDACCIÓN ")).isTrue();
    assertThat(Bylines.isStaffByline("Die Redaktion")).isTrue();
    assertThat(Bylines.isStaffByline("La rédaction a voté")).isFalse();
    assertThat(Bylines.isStaffByline("")).isFalse();
  }

  @Test
  void lowerCasingThatChangesLengthIsSafe() {
    // U+0130 lower-cases to two chars in the root locale: the name index must stay in range.
    assertThat(Bylines.opensWithByline("by \u0130")).isTrue();
    assertThat(Bylines.opensWithByline("\u0130\u0130\u0130 by")).isFalse();
  }
}
