package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Limits;
import dev.winnow.analysis.TextFeatures;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.source.TextSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteNameFilterTest {
  private static final String BODY =
      "The council voted on Tuesday to extend the program for another two years, officials said.";

  /** What the filter removes; the same whether the chain made the text features first or not. */
  private static List<String> removed(String text) {
    List<String> alone = removed(text, false);
    assertThat(removed(text, true)).isEqualTo(alone);
    return alone;
  }

  private static List<String> removed(String text, boolean featuresFirst) {
    Page page = new TextSource().read("t", text, Limits.DEFAULT);
    if (featuresFirst) {
      TextFeatures.of(page);
    }
    new SiteNameFilter().apply(page);
    return page.blocks().stream().filter(page::isRemoved).map(Block::text).toList();
  }

  @Test
  void theNameTheCopyrightLineStatesGoes() {
    assertThat(removed("Diario El Faro\n\nNacional\n\nA headline\n\n" + BODY + "\n\n"
        + "© 2024 Diario El Faro. Todos los derechos reservados.")).containsExactly("Diario El Faro");
  }

  @Test
  void theNameAfterTheWordCopyrightOrAMidLineSignGoesToo() {
    assertThat(removed("Metro Daily\n\nCity\n\nA headline\n\n" + BODY + "\n\n"
        + "copyright 2025 Metro Daily. All Rights Reserved.")).containsExactly("Metro Daily");
    assertThat(removed("Metro Daily\n\nCity\n\nA headline\n\n" + BODY + "\n\n"
        + "Contents \u00a9 Metro Daily")).containsExactly("Metro Daily");
  }

  @Test
  void aLineAtTheTopAndAgainAtTheBottomGoes() {
    assertThat(removed("Global Wire Today\n\nSports\n\nA headline\n\n" + BODY + "\n\nSports\n\nGlobal Wire Today"))
        .containsExactly("Global Wire Today", "Global Wire Today");
  }

  @Test
  void aSectionLabelAmongTheArticlesStays() {
    assertThat(removed("Home\n\nReal Estate\n\nReal Estate\n\nIs the boom over?\n\n" + BODY
        + "\n\nReal Estate\n\nWhy are rents climbing?\n\n" + BODY + "\n\n© 2025 Westbrook Ledger Co.")).isEmpty();
  }

  @Test
  void copyrightLines() {
    assertThat(SiteNameFilter.namedByCopyright("© 2025 Rheinische Rundschau – Alle Rechte vorbehalten"))
        .isEqualTo("Rheinische Rundschau");
    assertThat(SiteNameFilter.namedByCopyright("Copyright 2025 Metro Daily. All Rights Reserved."))
        .isEqualTo("Metro Daily");
    assertThat(SiteNameFilter.namedByCopyright("© 2024 The Morning Ledger | All Rights Reserved"))
        .isEqualTo("The Morning Ledger");
    assertThat(SiteNameFilter.namedByCopyright("The copyright holder said no")).isNull();
  }
}
