package dev.winnow.filter.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuilderBoxesTest {

  @Test
  void dropsTheBuildersWidgetPrefixAndKeepsTheBoxType() {
    assertThat(BuilderBoxes.withoutPrefixes("elementor-widget-wrap elementor-element-populated"))
        .isEqualTo("wrap elementor-element-populated");
    assertThat(BuilderBoxes.withoutPrefixes("elementor-element elementor-widget elementor-widget-text-editor"))
        .isEqualTo("elementor-element text-editor");
    assertThat(BuilderBoxes.withoutPrefixes("elementor-widget-share-buttons")).isEqualTo("share-buttons");
    assertThat(BuilderBoxes.withoutPrefixes("so-widget-sow-editor")).isEqualTo("sow-editor");
  }

  @Test
  void leavesOtherWidgetsAlone() {
    assertThat(BuilderBoxes.withoutPrefixes("sidebar-widget")).isEqualTo("sidebar-widget");
    assertThat(BuilderBoxes.withoutPrefixes("widget widget_text")).isEqualTo("widget widget_text");
    assertThat(BuilderBoxes.withoutPrefixes("footer-widget-area elementor-widgetry")).isEqualTo("footer-widget-area elementor-widgetry");
    assertThat(BuilderBoxes.withoutPrefixes("")).isEmpty();
  }
}
