package dev.winnow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceCreditsTest {

  @Test
  void aLabelledCreditNamesItsSource() {
    assertThat(SourceCredits.credited("Quelle: kathpress")).isEqualTo("kathpress");
    assertThat(SourceCredits.credited("Quelle: MDR TH\u00dcRINGEN/ls")).isEqualTo("MDR TH\u00dcRINGEN/ls");
    assertThat(SourceCredits.credited("Source : Reuters.")).isEqualTo("Reuters");
  }

  @Test
  void aListADateAnAddressOrAnyOtherLineIsNoCredit() {
    assertThat(SourceCredits.credited("Source: CDC, Chicago Department of Public Health")).isNull();
    assertThat(SourceCredits.credited("Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022")).isNull();
    assertThat(SourceCredits.credited("Quelle: www.example.org")).isNull();
    assertThat(SourceCredits.credited("Foto: dpa")).isNull();
    assertThat(SourceCredits.credited("Quelle:")).isNull();
    assertThat(SourceCredits.credited("The source: a long sentence that goes on and on about where it came from")).isNull();
    assertThat(SourceCredits.credited(null)).isNull();
  }

  @Test
  void aWireDatelineCreditsItsAgency() {
    assertThat(SourceCredits.datelineAgency("Hamburg (dpa/lno) \u2013 Trotz eines Gespr\u00e4ches kam es zum Streit."))
        .isEqualTo("dpa/lno");
    assertThat(SourceCredits.datelineAgency("NAPA COUNTY, Calif. (AP) -- A plan to bring a resort")).isEqualTo("AP");
    assertThat(SourceCredits.datelineAgency("NAPA COUNTY, Calif. (KGO) -- A plan to bring a resort")).isNull();
    assertThat(SourceCredits.datelineAgency("I currently have this in my .shenv (sourced by .bashrc): foo")).isNull();
    assertThat(SourceCredits.datelineAgency("Ulrich Maly (SPD) \u2013 who won in May \u2013 spoke.")).isNull();
    assertThat(SourceCredits.datelineAgency("It rained. Then (AFP) - more")).isNull();
    assertThat(SourceCredits.datelineAgency("Berlin (2019) - a film")).isNull();
    assertThat(SourceCredits.datelineAgency(null)).isNull();
  }
}
