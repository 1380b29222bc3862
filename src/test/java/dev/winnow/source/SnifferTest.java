package dev.winnow.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.InputKind;
import org.junit.jupiter.api.Test;

class SnifferTest {
  @Test
  void documentsAndFragmentsAreHtml() {
    assertThat(Sniffer.sniff("<!DOCTYPE html><html><body><p>x</p></body></html>")).isEqualTo(InputKind.HTML);
    assertThat(Sniffer.sniff("\n  <html lang=en>")).isEqualTo(InputKind.HTML);
    assertThat(Sniffer.sniff("<div class=a><p>One</p><span>two</span></div>")).isEqualTo(InputKind.HTML);
  }

  @Test
  void plainTextIsText() {
    assertThat(Sniffer.sniff("International\n\nA headline\n\nBody text.")).isEqualTo(InputKind.TEXT);
    assertThat(Sniffer.sniff("Use a <p> tag for paragraphs, he said.")).isEqualTo(InputKind.TEXT);
    assertThat(Sniffer.sniff("")).isEqualTo(InputKind.TEXT);
  }
}
