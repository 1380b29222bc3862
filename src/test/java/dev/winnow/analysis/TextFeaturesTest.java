package dev.winnow.analysis;

import static dev.winnow.filter.TextPages.find;
import static dev.winnow.filter.TextPages.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.winnow.block.Page;
import dev.winnow.filter.TextPages;
import dev.winnow.internal.Texts;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {

  @Test
  void guessesEnglishAndMeasuresStopwords() {
    Page page = read(TextPages.ARTICLE_PAGE);
    TextFeatures f = TextFeatures.of(page);
    assertThat(f.language()).isEqualTo("en");
    int prose = find(page, "The city council").index();
    assertThat(f.words(prose)).isEqualTo(34);
    assertThat(f.stopwordDensity(prose)).isGreaterThan(0.4);
    assertThat(f.endsSentence(prose)).isTrue();
    int menu = find(page, "* Home").index();
    assertThat(f.bullet(menu)).isTrue();
    assertThat(f.stopwordDensity(menu)).isZero();
    assertThat(f.groupSize(menu)).isEqualTo(6);
    assertThat(f.capitalizedShare(find(page, "City to close").index())).isCloseTo(0.1, within(0.01));
  }

  @Test
  void guessesSpanish() {
    Page page = read(TextPages.SPANISH_PAGE);
    TextFeatures f = TextFeatures.of(page);
    assertThat(f.language()).isEqualTo("es");
    assertThat(f.stopwordDensity(find(page, "El ayuntamiento de la").index())).isGreaterThan(0.4);
  }

  @Test
  void countsCjkTextByCharactersAndKanaAsStopwords() {
    String prose = "今回はそのアプリの設定を変更する方法について、できるだけ分かりやすく順番に説明していきたいと思います。";
    Page page = read("メニュー\n\n" + prose + "\n\n" + prose.replace("今回", "次回") + "\n");
    TextFeatures f = TextFeatures.of(page);
    assertThat(f.language()).isEqualTo("ja");
    int i = find(page, "今回").index();
    assertThat(f.words(i)).isGreaterThan(20);
    assertThat(f.stopwordDensity(i)).isGreaterThan(0.3);
    assertThat(f.endsSentence(i)).isTrue();
    assertThat(f.stopwordDensity(0)).isZero();
  }

  @Test
  void seesWhichBlocksHoldACopyrightSign() {
    Page page = read("\u00a9 2024 The Daily Courier\n\nCopyright 2024 The Daily Courier\n\n"
        + "Ein Text \u00fcber \u201cRechte\u201d \u00a9\n\nNo sign here (c)\n");
    TextFeatures f = TextFeatures.of(page);
    assertThat(f.hasCopyrightSign(0)).isTrue();
    assertThat(f.hasCopyrightSign(1)).isFalse(); // the word is for the filters to read
    assertThat(f.hasCopyrightSign(2)).isTrue();
    assertThat(f.hasCopyrightSign(3)).isFalse();
  }

  @Test
  void seesDigitsLettersAndWebAddressesAsTheCharHelpersDo() {
    String[] lines = {"Updated 12:43 PM", "Sports", "2024", "https://example.com/story", "Read it at example.com",
        "\u0661\u0662 \u0645\u0627\u0631\u0633", "*** --- ***", "ftp:/ not a link :/"};
    Page page = read(String.join("\n\n", lines));
    TextFeatures f = TextFeatures.of(page);
    for (int i = 0; i < lines.length; i++) {
      String text = page.block(i).text();
      assertThat(f.hasDigit(i)).as(text).isEqualTo(Texts.hasDigit(text));
      assertThat(f.hasLetter(i)).as(text).isEqualTo(Texts.hasLetter(text));
      assertThat(f.hasLink(i)).as(text).isEqualTo(text.contains("://"));
    }
  }

  @Test
  void findsPlaceholdersRulesRepeatsAndRunTogetherLists() {
    Page page = read("[logo-2x]\n\n[                    ]\n\n----------\n\nSame line here\n\nSame line here\n\n"
        + "* One link * Two links * Three links\n\n[1] A footnote with a reference.\n");
    TextFeatures f = TextFeatures.of(page);
    assertThat(f.placeholder(0)).isTrue();
    assertThat(f.placeholder(1)).isTrue();
    assertThat(f.placeholder(2)).isTrue();
    assertThat(f.rule(2)).isTrue();
    assertThat(f.repeats(3)).isEqualTo(2);
    assertThat(f.inlineBullets(5)).isEqualTo(2);
    assertThat(f.placeholder(6)).isFalse();
    Page files = read("viaduct_01.jpg\n\ngam_div_inline_1\n\nPhoto.JPG\n\nfile.jpg is a name\n\n"
        + "mtr-box-2\n\nstate-of-the-art\n\nCOVID-19-era\n");
    TextFeatures g = TextFeatures.of(files);
    assertThat(g.placeholder(0)).isTrue();
    assertThat(g.placeholder(1)).isTrue();
    assertThat(g.placeholder(2)).isTrue();
    assertThat(g.placeholder(3)).isFalse();
    assertThat(g.placeholder(4)).isTrue();
    assertThat(g.placeholder(5)).isFalse();
    assertThat(g.placeholder(6)).isFalse();
    assertThat(f.language()).isEqualTo(TextFeatures.UNKNOWN);
    assertThat(f.hasStopwords()).isFalse();
  }

  @Test
  void recognizesListMarkers() {
    assertThat(LineScan.startsWithBullet("* Home")).isTrue();
    assertThat(LineScan.startsWithBullet("+ Sub item")).isTrue();
    assertThat(LineScan.startsWithBullet("\u2022 Dot")).isTrue();
    assertThat(LineScan.startsWithBullet("12. Twelfth")).isTrue();
    assertThat(LineScan.startsWithBullet("3) Third")).isTrue();
    assertThat(LineScan.startsWithBullet("2019. A year")).isFalse();
    assertThat(LineScan.startsWithBullet("-5 degrees")).isFalse();
  }

  @Test
  void isComputedOncePerPage() {
    Page page = read(TextPages.ARTICLE_PAGE);
    assertThat(TextFeatures.of(page)).isSameAs(TextFeatures.of(page));
  }
}
