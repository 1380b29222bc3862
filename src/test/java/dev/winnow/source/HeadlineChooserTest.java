package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineChooserTest {

  @Test
  void aHeadingTheOgTitleStatesWholeIsNoSitePartOfTheTitle() {
    assertThat(HeadlineChooser.choose(Arrays.asList(null, "Das Phantom", null), List.of("Das Phantom"),
        "site.world - Das Phantom", "site.world", "site")).isEqualTo("Das Phantom");
  }

  @Test
  void aLongHeadingIsNoSitePartEvenWhenATitleEndsWithIt() {
    assertThat(HeadlineChooser.choose(Arrays.asList("Olympia in Paris - Getränke per Schiff ins Zentrum", null, null),
        List.of("Getränke per Schiff ins Zentrum"), null, null, null)).isEqualTo("Getränke per Schiff ins Zentrum");
  }

  @Test
  void aShortHeadingThatEndsTheTitleIsStillTheSiteName() {
    assertThat(HeadlineChooser.choose(Arrays.asList(null, null, null), List.of("Muffin Recipes"),
        "Blueberry muffins : Muffin Recipes", null, null)).isEqualTo("Blueberry muffins");
  }

  @Test
  void aKickerBeforeTheStatedHeadlineInTheHeadingGoes() {
    assertThat(HeadlineChooser.choose(Arrays.asList("Stetter-Karp heads the ZdK", null, null),
        List.of("\"Reform now\" / Stetter-Karp heads the ZdK"), null, null, null)).isEqualTo("Stetter-Karp heads the ZdK");
    assertThat(HeadlineChooser.choose(Arrays.asList("Stetter-Karp heads the ZdK", null, null),
        List.of("Why Stetter-Karp heads the ZdK"), null, null, null)).isEqualTo("Why Stetter-Karp heads the ZdK");
  }

  @Test
  void aHeadingThatIsAMiddlePartOfTheTitleIsTheSiteName() {
    assertThat(HeadlineChooser.choose(Arrays.asList(null, null, null), List.of("Krimiblog-Archiv"),
        "The queerest music video : Krimiblog-Archiv | Inquiries into a genre | Founded 2005", null, null))
        .isEqualTo("The queerest music video");
  }

  @Test
  void anUnconfirmedH1MarkedAsTheEntryTitleBeatsTheRewrittenMetaTitles() {
    assertThat(HeadlineChooser.choose(Arrays.asList(null, "Das beste Katzenspielzeug 2022", null),
        List.of("Kaufratgeber: elektronisches Katzenspielzeug"), List.of("Kaufratgeber: elektronisches Katzenspielzeug"),
        "Das beste Katzenspielzeug 2022 - Vergleich", null, null)).isEqualTo("Kaufratgeber: elektronisches Katzenspielzeug");
    assertThat(HeadlineChooser.choose(Arrays.asList(null, "Das beste Katzenspielzeug 2022", null),
        List.of("Kaufratgeber: elektronisches Katzenspielzeug"), List.of(),
        "Das beste Katzenspielzeug 2022 - Vergleich", null, null)).isEqualTo("Das beste Katzenspielzeug 2022");
    assertThat(HeadlineChooser.choose(Arrays.asList(null, "Das beste Katzenspielzeug 2022", null),
        List.of("Haustiermagazin"), List.of("Haustiermagazin"), null, "Haustiermagazin", null))
        .isEqualTo("Das beste Katzenspielzeug 2022");
  }

  @Test
  void aPageWhoseEveryTitleIsTheSiteNameHasNoHeadlineFromThem() {
    assertThat(HeadlineChooser.choose(Arrays.asList(null, "ICON Magazine", "ICON Magazine"), List.of("ICON Magazine"),
        "ICON \u2022 ICON Magazine", "ICON Magazine", "iconmagazine")).isNull();
    assertThat(HeadlineChooser.choose(Arrays.asList(null, "ICON Magazine", null), List.of(),
        "Davor und Danach | ICON Magazine", "ICON Magazine", "iconmagazine")).isEqualTo("Davor und Danach");
  }
}
