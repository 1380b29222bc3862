package dev.winnow.filter.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Article;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.filter.TextPages;
import dev.winnow.filter.noise.NewsletterPromptFilter;
import org.junit.jupiter.api.Test;

/** The head the main-article selection finds above the body: {@link Head}. */
class HeadTest {
  private static final Pipeline TEXT_MODE =
      Pipeline.of(new PageKindFilter(), new ContentClassFilter(), new MainArticleFilter());

  @Test
  void aShortHeadlineEndingInAnAbbreviationUnderASectionOverANewsroomCredit() {
    // Lines printed with no blank line between them: the page is one group, which says nothing
    // of which lines are a menu, so the section label above the headline is still one.
    String page = String.join("\n", "Home", "Economy", "Take C.A.R.E.", "La rédaction", TextPages.P1, TextPages.P2,
        TextPages.P3, TextPages.P4, "Comments", "Contact");
    Result r = TEXT_MODE.processText(page);
    Article a = r.articles().get(0);
    assertThat(a.headline()).isEqualTo("Take C.A.R.E.");
    assertThat(a.byline()).isEqualTo("La rédaction");
    assertThat(a.section()).isEqualTo("Economy");
    assertThat(a.paragraphs()).startsWith(TextPages.P1);
  }

  @Test
  void aLineEndingInAFullStopIsNoHeadline() {
    String page = String.join("\n\n", "Economy", "The council met.", TextPages.P1, TextPages.P2, TextPages.P3);
    Result r = TEXT_MODE.processText(page);
    assertThat(r.articles().get(0).headline()).isNull();
  }

  @Test
  void theHeadIsNotLookedForAboveAParagraphOfAnotherStory() {
    // The longer title line stands over another story's date and paragraph. Taken for the
    // headline, it brought that story's date along, printed after this one's byline.
    String page = String.join("\n\n", "An earlier story on the same page with a much longer headline than this",
        "Updated 7:14 PM, Jan 4 2019", TextPages.P5, "Politics", "Council closes the bridge", "By Dana Whitfield",
        "2019-07-08", TextPages.P1, TextPages.P2, TextPages.P3, TextPages.P4);
    Article a = TEXT_MODE.processText(page).articles().get(0);
    assertThat(a.headline()).isEqualTo("Council closes the bridge");
    assertThat(a.section()).isEqualTo("Politics");
    assertThat(a.byline()).isEqualTo("Dana Whitfield");
    assertThat(a.date()).isEqualTo("2019-07-08");
    assertThat(a.paragraphs()).startsWith(TextPages.P1);
  }

  @Test
  void aLineAnotherFilterRemovedUnderTheHeadlineStaysRemoved() {
    String page = String.join("\n\n", "Council closes the old bridge for repairs",
        "Sign up for our daily newsletter and get the best stories in your inbox.", "By Sam Ortiz",
        TextPages.P1, TextPages.P2, TextPages.P3);
    Article a = Pipeline.of(new NewsletterPromptFilter(), new PageKindFilter(), new ContentClassFilter(),
        new MainArticleFilter()).processText(page).articles().get(0);
    assertThat(a.dek()).isNull();
    assertThat(a.paragraphs()).doesNotContain("Sign up for our daily newsletter and get the best stories in your inbox.");
  }
}
