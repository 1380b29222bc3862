package dev.winnow.filter.html;

import static dev.winnow.filter.HtmlPages.PROSE;
import static dev.winnow.filter.HtmlPages.kept;
import static dev.winnow.filter.HtmlPages.labelled;
import static dev.winnow.filter.HtmlPages.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Label;
import dev.winnow.block.Page;
import org.junit.jupiter.api.Test;

class CaptionFilterTest {

  @Test
  void figureCaptionsAndCreditsAreLabelledAndRemoved() {
    Page page = run("<p>" + PROSE + "</p><figure><img src='a.jpg'><figcaption>The mayor at the vote.</figcaption>"
        + "</figure><div class='image-credit'>Photo: Jane Roe / Agency</div>"
        + "<div class='wp-caption'><img src='b.jpg'><p class='wp-caption-text'>A second picture.</p></div>",
        new CaptionFilter());
    assertThat(kept(page)).containsExactly(PROSE);
    assertThat(labelled(page, Label.CAPTION))
        .containsExactly("The mayor at the vote.", "Photo: Jane Roe / Agency", "A second picture.");
  }

  @Test
  void aPicturesLegendOrDescriptionIsACaptionButATextAndImageBoxIsNot() {
    Page page = run("<p>" + PROSE + "</p><div class='image'><img src='a.jpg'><div class='legend'>Chestnut groves in Ticino.</div></div>"
        + "<p class='imagedescription'>Marco Odermatt. AFP / Marco Bertorello</p>"
        + "<div class='page-text-and-image'><div class='page-text-and-image__text'><p>The text beside the picture.</p></div></div>",
        new CaptionFilter());
    assertThat(kept(page)).containsExactly(PROSE, "The text beside the picture.");
  }

  @Test
  void quotesInsideAFigureAreNotCaptions() {
    Page page = run("<figure><blockquote><p>A quotation set as a figure.</p></blockquote></figure>", new CaptionFilter());
    assertThat(page.kept()).hasSize(1);
  }
}
