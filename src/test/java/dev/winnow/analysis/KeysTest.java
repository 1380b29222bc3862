package dev.winnow.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeysTest {

  @Test
  void keysFoldCaseAccentsAndDecoration() {
    assertThat(Keys.key("» READ MORE…")).isEqualTo("read more");
    assertThat(Keys.key("[Publicité]")).isEqualTo("publicite");
    assertThat(Keys.key("Straße  \u00a0 ÆON")).isEqualTo("strasse aeon");
    assertThat(Keys.key("- - -")).isEmpty();
  }

  @Test
  void aLimitCutsLongKeysOnly() {
    assertThat(Keys.key("Advertisement", 13)).isEqualTo("advertisement");
    assertThat(Keys.key("Advertisement", 12)).isNull();
    assertThat(Keys.key("  Ad  ...  ", 2)).isEqualTo("ad");
  }

  @Test
  void aLimitReadsPastALongRunOfNothing() {
    // Past the prefix a short limit reads first, a run of white space or decoration settles nothing.
    assertThat(Keys.key(" ".repeat(500) + "Ad", 2)).isEqualTo("ad");
    assertThat(Keys.key("» ".repeat(300) + "Ad", 2)).isEqualTo("ad");
    assertThat(Keys.key("x" + "-".repeat(500) + "y", 1)).isNull();
    assertThat(Keys.key("x" + "-".repeat(500), 1)).isEqualTo("x");
    assertThat(Keys.key("Advertisement ".repeat(100), 12)).isNull();
  }

  @Test
  void appendLetterFoldsEveryLetterAsKeysDo() {
    char[] buf = new char[Keys.MAX_FOLD];
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean wordChar = Character.isLetter(c) || Keys.isCombining(c);
      if (!wordChar || c == '\u02bc') {
        continue;
      }
      String appended = new String(buf, 0, Keys.appendLetter(c, buf, 0));
      // Between two letters, so that the key keeps whatever the char becomes.
      assertThat("a" + appended + "a").as("U+%04X", i).isEqualTo(Keys.key("a" + c + "a"));
    }
  }

  @Test
  void foldFirstIsTheFirstCharOfTheKey() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (Character.isLetter(c)) {
        String key = Keys.key("a" + c);
        char expected = key.length() > 1 ? key.charAt(1) : c;
        assertThat(Keys.foldFirst(c)).as("U+%04X", i).isEqualTo(expected);
      }
    }
  }
}
