package dev.winnow.filter;

import dev.winnow.Limits;
import dev.winnow.block.Block;
import dev.winnow.block.Page;
import dev.winnow.source.TextSource;
import java.util.List;

/** Small literal text dumps shared by the text-mode filter tests. */
public final class TextPages {
  private TextPages() {}

  public static Page read(String text) {
    return new TextSource().read("t", text, Limits.DEFAULT);
  }

  public static List<String> keptTexts(Page page) {
    return page.kept().stream().map(Block::text).toList();
  }

  public static Block find(Page page, String prefix) {
    return page.blocks().stream().filter(b -> b.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no block starts with " + prefix));
  }

  public static final String P1 = "The city council voted on Tuesday to close the old bridge over the river for repairs"
      + " that are expected to take most of the coming year, according to a statement from the mayor's office.";
  public static final String P2 = "Officials said the bridge, which was built in 1932, had shown signs of wear for a long"
      + " time and that an inspection in the spring found cracks in two of its main supports.";
  public static final String P3 = "\"We cannot wait any longer,\" the mayor told reporters after the vote. \"The safety"
      + " of the people who cross it every day has to come first, and we will do this as fast as we can.\"";
  public static final String P4 = "Drivers will be sent over the new bypass to the north while the work goes on, and"
      + " the city has promised to add buses at the busiest hours of the day for those who live near the bridge.";
  public static final String P5 = "The repairs are expected to cost about 40 million dollars, most of which will come"
      + " from the state, and the bridge should open again to traffic by the end of next year if all goes well.";

  /** A whole rendered page: menu, headline, byline, date, five paragraphs, a "Most read" list, a footer. */
  public static final String ARTICLE_PAGE = String.join("\n",
      "  * Home",
      "  * News",
      "  * Sports",
      "  * Business",
      "  * Opinion",
      "  * Weather",
      "",
      "Search [                    ]",
      "",
      "City to close old bridge for a year of repairs",
      "",
      "By Jane Doe",
      "November 19, 2019 8:03 am ET",
      "",
      P1,
      "",
      P2,
      "",
      P3,
      "",
      "Advertisement",
      "",
      P4,
      "",
      P5,
      "",
      "Most Read",
      "",
      "  * Man arrested after crash on the highway near the airport",
      "  * School board picks a new head for the district",
      "  * Five things to do in town this weekend",
      "  * Storm warning for the coast on Friday night",
      "",
      "  * About us",
      "  * Contact",
      "  * Privacy Policy",
      "  * Terms of Use",
      "",
      "\u00a9 2019 The Daily Example. All rights reserved.",
      "");

  /** The seed's shape: units of a recurring section label, a headline, paragraphs and a stub. */
  public static final String LISTING_PAGE = String.join("\n",
      "Connect with us",
      "",
      "International",
      "",
      "City to close old bridge for a year of repairs",
      "",
      P1,
      "",
      P2,
      "",
      "Continue Reading",
      "",
      "International",
      "",
      "Mayor promises buses while the bridge is closed",
      "",
      P3,
      "",
      P4,
      "",
      "Continue Reading",
      "",
      "International",
      "",
      "State will pay most of the bill for the repairs",
      "",
      P5,
      "",
      P1,
      "",
      "Continue Reading",
      "",
      "Trending",
      "");

  public static final String SPANISH_PAGE = String.join("\n",
      "  * Inicio",
      "  * Noticias",
      "  * Deportes",
      "  * Contacto",
      "",
      "El ayuntamiento cerrará el puente viejo durante un año",
      "",
      "El ayuntamiento de la ciudad votó el martes para cerrar el puente viejo sobre el río por unas obras que"
          + " durarán casi todo el año que viene, según un comunicado de la alcaldía.",
      "",
      "Los técnicos dijeron que el puente, que fue construido en 1932, tenía grietas en dos de sus pilares y que"
          + " no era posible esperar más tiempo para repararlo.",
      "",
      "Los conductores tendrán que usar la nueva variante del norte mientras duren las obras, y la ciudad ha"
          + " prometido más autobuses en las horas de mayor tráfico para los vecinos.",
      "",
      "Lo más leído",
      "",
      "  * Detenido un hombre tras un accidente en la autopista",
      "  * Cinco planes para este fin de semana",
      "  * Alerta por tormenta en la costa",
      "");
}
