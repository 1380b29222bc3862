package dev.winnow.filter.noise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.block.Container;
import dev.winnow.block.Page;
import dev.winnow.filter.Pages;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderFilterTest {
  private final PlaceholderFilter filter = new PlaceholderFilter();

  private Page around(String block) {
    return Pages.run(filter, "The story starts with a sentence.\n\n" + block + "\n\nIt ends with another.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "•", "×", "|", "-----------------", "* * *", "…", "→"})
  void removesBlocksWithNothingToRead(String block) {
    Page page = around(block);
    assertThat(Pages.removed(page)).containsExactly(block);
    assertThat(Pages.reason(page, block)).startsWith("nothing to read: '");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[ ]", "[]", "[INS::INS]", "[POLITIFACT_logo_rgb]", "[ ] [Go]", "[ ][Submit]", "[Done]",
      "[https://m.example.com/video/clip_167x94.jpg]", "[yH5BAEAAAA]", "[                    ]"})
  void removesTextBrowserPlaceholders(String block) {
    Page page = around(block);
    assertThat(Pages.removed(page)).hasSize(1);
    assertThat(Pages.reason(page, Pages.removed(page).get(0))).startsWith("placeholder of an image, field or slot: '");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[Ni’matul Ukhuwah hal. 41]", "[1] Alarm fatigue: impacts on patient safety.",
      "[Sign up for our newsletter]", "[dashlane]If you're still using the same password", "4", "2024",
      "[Updated] The mayor spoke.", "[a] [b c]", "[unclosed", "x [y]", "[[nested]]", "___",
      "______________________________"})
  void keepsBracketsWithTextAndNumbers(String block) {
    assertThat(Pages.removed(around(block))).isEmpty();
  }

  @Test
  void leavesTableCellsAlone() {
    Page page = Pages.html(Set.of(Container.TABLE), new String[] {"-", "[ ]"});
    filter.apply(page);
    assertThat(Pages.removed(page)).isEmpty();
  }
}
