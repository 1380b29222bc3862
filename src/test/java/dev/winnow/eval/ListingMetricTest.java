package dev.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Article;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The listing metric against small literal pages whose figures are worked out by hand (and by score.py). */
class ListingMetricTest {

  private static GoldArticle gold(@Nullable String section, @Nullable String headline, String... paragraphs) {
    return new GoldArticle(section, headline, List.of(paragraphs), List.of());
  }

  private static Article article(@Nullable String section, @Nullable String headline, String... paragraphs) {
    return new Article(headline, section, null, null, null, List.of(paragraphs));
  }

  private static ListingGold page(List<String> noise, GoldArticle... articles) {
    return new ListingGold(List.of(articles), noise);
  }

  @Test
  void identicalArticlesScorePerfectly() {
    ListingGold g = page(List.of(), gold("World", "Rain at last", "The rain came on Sunday.", "Farmers were glad."));
    ListingScore s = ListingMetric.score(g, List.of(article("World", "Rain at last", "The rain came on Sunday.",
        "Farmers were glad.")));
    assertThat(s.f1()).isEqualTo(1);
    assertThat(s.tp()).isEqualTo(8);
    assertThat(s.headlinesRight()).isEqualTo(1);
    assertThat(s.sectionsRight()).isEqualTo(1);
    assertThat(s.countRight()).isTrue();
    assertThat(s.leaks()).isEmpty();
    assertThat(s.lost()).isEmpty();
  }

  @Test
  void articlesAlignByOverlapNotByOrder() {
    ListingGold g = page(List.of(),
        gold(null, "A", "alpha beta gamma delta"),
        gold(null, "B", "one two three"));
    // Extracted in the other order, the first one with a stray word: each still meets its own gold.
    ListingScore s = ListingMetric.score(g, List.of(
        article(null, "B", "one two three four"),
        article(null, "A", "alpha beta gamma delta")));
    assertThat(s.tp()).isEqualTo(7);
    assertThat(s.fp()).isEqualTo(1);
    assertThat(s.fn()).isZero();
    assertThat(s.headlinesRight()).isEqualTo(2);
  }

  @Test
  void greedyAlignmentTakesTheLargestOverlapFirst() {
    ListingGold g = page(List.of(),
        gold(null, "A", "red green"),
        gold(null, "B", "red green blue"));
    // One extracted article overlaps both; the larger overlap (B, 3 tokens) wins, A is all missed.
    ListingScore s = ListingMetric.score(g, List.of(article(null, "B", "red green blue")));
    assertThat(s.tp()).isEqualTo(3);
    assertThat(s.fn()).isEqualTo(2);
    assertThat(s.fp()).isZero();
    assertThat(s.headlinesRight()).isEqualTo(1);
    assertThat(s.countRight()).isFalse();
  }

  @Test
  void anUnalignedExtractedArticleIsAllSurplus() {
    ListingGold g = page(List.of(), gold(null, "A", "alpha beta"));
    ListingScore s = ListingMetric.score(g, List.of(article(null, "A", "alpha beta"), article(null, "X", "menu home")));
    assertThat(s.fp()).isEqualTo(2);
    assertThat(s.countRight()).isFalse();
  }

  @Test
  void optionalLinesAreNeitherMissedNorSurplus() {
    GoldArticle a = new GoldArticle(null, "A", List.of("alpha beta gamma"), List.of("By Ann Lee", "Updated today"));
    ListingGold g = new ListingGold(List.of(a), List.of());
    // "By Ann Lee" as a paragraph of its own is dropped before scoring; "Updated today" inside a
    // paragraph is surplus the optional bag forgives; missing optional lines cost nothing.
    ListingScore s =
        ListingMetric.score(g, List.of(article(null, "A", "By  Ann Lee", "alpha beta gamma updated today")));
    assertThat(s.tp()).isEqualTo(3);
    assertThat(s.fp()).isZero();
    assertThat(s.fn()).isZero();
    // An unaligned article's optional tokens are forgiven too, its other tokens are not.
    ListingScore t = ListingMetric.score(g, List.of(article(null, "A", "alpha beta gamma"), article(null, null,
        "Ann Lee writes")));
    assertThat(t.fp()).isEqualTo(1);
  }

  @Test
  void headlinesMatchWithQuotesUnifiedAndWhitespaceCollapsed() {
    ListingGold g = page(List.of(), gold(null, "He said \u201cno\u201d to \u2018them\u2019", "alpha"),
        gold(null, "\u00abOui\u00bb, dit-elle", "beta"));
    ListingScore s = ListingMetric.score(g, List.of(article(null, " He  said \"no\" to 'them'\n", "alpha"),
        article(null, "\"Oui\", dit-elle", "beta")));
    assertThat(s.headlinesRight()).isEqualTo(2);
    ListingScore wrong = ListingMetric.score(g, List.of(article(null, "He said no to them", "alpha")));
    assertThat(wrong.headlinesRight()).isZero();
  }

  @Test
  void aNullSectionEqualsAnEmptyOne() {
    ListingGold g = page(List.of(), gold(null, "A", "alpha"), gold("Sport", "B", "beta"));
    assertThat(ListingMetric.score(g, List.of(article("", "A", "alpha"), article(" Sport ", "B", "beta")))
        .sectionsRight()).isEqualTo(2);
    assertThat(ListingMetric.score(g, List.of(article("World", "A", "alpha"), article(null, "B", "beta")))
        .sectionsRight()).isZero();
  }

  @Test
  void noiseLeaksAsAParagraphALineOfOneOrAHeadline() {
    ListingGold g = page(List.of("Advertisement", "Most Read", "Share this", "Sign up now", "Continue reading",
        "alpha beta"), gold(null, "A", "alpha beta", "gamma delta"));
    ListingScore s = ListingMetric.score(g, List.of(
        article(null, "Most  Read", "alpha beta", "gamma delta\nAdvertisement", "Advertisement"),
        article(null, null, "Share this post", "Sign up now and save\r\nContinue reading")));
    // Distinct lines, once each; a line inside longer text is no leak; noise that is also gold
    // content ("alpha beta") never counts.
    assertThat(s.leaks()).containsExactly("Advertisement", "Continue reading", "Most Read");
  }

  @Test
  void aParagraphIsLostUnlessFoundAtWhitespaceBoundaries() {
    ListingGold g = page(List.of(), gold(null, "A", "the cat sat", "a dog ran", "birds  sing", "fish swim"));
    ListingScore s = ListingMetric.score(g, List.of(article(null, "A",
        "Then the cat sat down.",        // "the cat sat" between spaces: found
        "Yesterday a dog ran",          // at the end: found
        "blackbirds sing",              // inside a word: lost
        "fish swims")));                // "fish swim" ends inside a word: lost
    assertThat(s.lost()).containsExactly("birds  sing", "fish swim");
    assertThat(s.goldParagraphs()).isEqualTo(4);
    ListingScore exact = ListingMetric.score(g, List.of(article(null, "A", "the cat sat", "a dog ran",
        "birds sing", "fish\u00a0swim")));
    assertThat(exact.lost()).isEmpty();
  }

  @Test
  void anEmptyExtractionMissesEverything() {
    ListingGold g = page(List.of("Menu"), gold("World", "A", "alpha beta", "gamma"), gold(null, "B", "delta"));
    ListingScore s = ListingMetric.score(g, List.of());
    assertThat(s.tp()).isZero();
    assertThat(s.fp()).isZero();
    assertThat(s.fn()).isEqualTo(4);
    assertThat(s.f1()).isZero();
    assertThat(s.headlinesRight()).isZero();
    assertThat(s.sectionsRight()).isZero();
    assertThat(s.countRight()).isFalse();
    assertThat(s.leaks()).isEmpty();
    assertThat(s.lost()).containsExactly("alpha beta", "gamma", "delta");
    // Nothing to find and nothing found is a perfect page.
    assertThat(ListingMetric.score(page(List.of()), List.of()).f1()).isEqualTo(1);
  }

  @Test
  void blankExtractedParagraphsAreIgnored() {
    ListingGold g = page(List.of(), gold(null, "A", "alpha"));
    ListingScore s = ListingMetric.score(g, List.of(article(null, "A", " ", "alpha", "\u200b")));
    assertThat(s.f1()).isEqualTo(1);
    assertThat(s.lost()).isEmpty();
  }

  @Test
  void tokensFollowPythonsCasefoldAndWordCharacters() {
    assertThat(ScorerText.tokens("Straße STRASSE")).containsExactly("strasse", "strasse");
    assertThat(ScorerText.tokens("\u1E9E")).containsExactly("ss");
    assertThat(ScorerText.tokens("ΟΔΟΣ οδός")).containsExactly("οδοσ", "οδόσ");
    // İ folds to i and a combining dot, which is no word character: the token splits there.
    assertThat(ScorerText.tokens("İstanbul")).containsExactly("i", "stanbul");
    assertThat(ScorerText.tokens("ılık Don't 2019-11")).containsExactly("ılık", "don", "t", "2019", "11");
    assertThat(ScorerText.tokens("日本語のテキスト")).containsExactly("日本語のテキスト");
    // Cherokee folds to its capitals, so both cases meet.
    assertThat(ScorerText.tokens("\uAB70")).isEqualTo(ScorerText.tokens("\u13A0"));
  }

  @Test
  void whitespaceIsPythonsNotJavas() {
    assertThat(ScorerText.normWs("\ufeff a\u00a0\u2009b\u0085c\u200b \u3000")).isEqualTo("a b c");
    assertThat(ScorerText.normWs(null)).isEmpty();
  }

  @Test
  void summaryAddsPagesAndPrintsTheScorersLine() {
    ListingGold g = page(List.of("Advertisement"), gold("World", "A", "alpha beta", "gamma"));
    ListingScore good = ListingMetric.score(g, List.of(article("World", "A", "alpha beta", "gamma")));
    ListingScore bad = ListingMetric.score(g, List.of(article(null, "Advertisement", "alpha beta", "extra")));
    ListingSummary s = ListingSummary.of(List.of(good, bad));
    assertThat(s.pages()).isEqualTo(2);
    assertThat(s.tp()).isEqualTo(5);
    assertThat(s.fp()).isEqualTo(1);
    assertThat(s.fn()).isEqualTo(1);
    assertThat(s.line()).isEqualTo(
        "textmode: f1=0.8333 headline=0.5000 section=0.5000 count=1.0000 leaks=1 lost=1");
  }

  @Test
  void figuresRoundHalfToEvenAsPythonDoes() {
    // Each where Java's %.4f prints otherwise: an exact tie, and two just below a tie in binary.
    assertThat(ListingSummary.fixed4(0.03125)).isEqualTo("0.0312");
    assertThat(ListingSummary.fixed4(0.47435)).isEqualTo("0.4743");
    assertThat(ListingSummary.fixed4(0.00015)).isEqualTo("0.0001");
    assertThat(ListingSummary.fixed4(0.09375)).isEqualTo("0.0938");
    assertThat(ListingSummary.fixed4(1)).isEqualTo("1.0000");
  }
}
