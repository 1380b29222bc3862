package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Input;
import dev.winnow.Pipeline;
import dev.winnow.Result;
import dev.winnow.analysis.Vocabulary;
import dev.winnow.block.Label;
import dev.winnow.block.Page;
import dev.winnow.filter.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadMoreStubFilterTest {
  private final ReadMoreStubFilter filter = new ReadMoreStubFilter();

  @ParameterizedTest
  @ValueSource(strings = {"Continue Reading", "CONTINUE READING", "Read more", "Read More »", "» Read more…",
      "Keep reading", "Read full story", "Read the full story", "Leer más", "Ver más", "Voir plus", "Seguir leyendo", "Continuar leyendo",
      "Lire la suite", "Weiterlesen", "Continua a leggere", "Leia mais", "[Read more]", "Read more >>"})
  void removesStubsAndLabelsThemStub(String stub) {
    Page page = Pages.run(filter, "A teaser paragraph that ends here.\n\n" + stub + "\n\nNext teaser.");
    assertThat(Pages.removed(page)).containsExactly(stub);
    assertThat(Pages.labelled(page, Label.STUB)).containsExactly(stub);
    assertThat(Pages.reason(page, stub)).startsWith("read-more stub '");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Continue reading below", "Story continues below", "Continue reading the main story",
      "Sigue leyendo abajo", "L'article continue ci-dessous", "Continua a leggere sotto"})
  void removesContinuationMarkersWithoutClosingTheArticle(String marker) {
    Page page = Pages.run(filter, "First half of the story.\n\n" + marker + "\n\nSecond half of the story.");
    assertThat(Pages.removed(page)).containsExactly(marker);
    assertThat(Pages.labelled(page, Label.STUB)).isEmpty();
  }

  @Test
  void keepsProseThatSaysReadMore() {
    String text = """
        Read more about the pact in our explainer.

        "Keep reading," she said, "and you will understand."

        Continue reading the report to page 12, the minister advised.
        """;
    Page page = Pages.run(filter, text);
    assertThat(Pages.removed(page)).isEmpty();
    assertThat(Pages.labelled(page, Label.STUB)).isEmpty();
  }

  @Test
  void stubsCloseTeasersForTheSegmenter() {
    String text = "First teaser body.\n\nContinue Reading\n\nSecond teaser body.\n\nLeer más";
    Result r = Pipeline.of(filter).process(Input.text(text));
    assertThat(r.articles()).hasSize(2);
  }

  @Test
  void takesExtendedVocabularies() {
    ReadMoreStubFilter polish = new ReadMoreStubFilter(Vocabulary.builtIn("read-more").plus("Czytaj dalej"),
        Vocabulary.of("Dalsza część pod reklamą"));
    Page page = Pages.run(polish, "CZYTAJ DALEJ\n\nDalsza część pod reklamą\n\nContinue reading below");
    assertThat(Pages.labelled(page, Label.STUB)).containsExactly("CZYTAJ DALEJ");
    assertThat(Pages.removed(page)).containsExactly("CZYTAJ DALEJ", "Dalsza część pod reklamą");
  }

  @Test
  void worksOnHtmlBlocks() {
    Page page = Pages.html(new String[] {"El gobierno anunció la reforma.", "Seguir leyendo"});
    filter.apply(page);
    assertThat(Pages.labelled(page, Label.STUB)).containsExactly("Seguir leyendo");
  }
}
