package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.output.Format;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectorySinkTest {

  @Test
  void replacesTheLastExtensionOnly() {
    assertThat(DirectorySink.withExtension(Path.of("page.txt"), "json")).isEqualTo(Path.of("page.json"));
    assertThat(DirectorySink.withExtension(Path.of("a/b/page.v2.html"), "md")).isEqualTo(Path.of("a/b/page.v2.md"));
    assertThat(DirectorySink.withExtension(Path.of("README"), "txt")).isEqualTo(Path.of("README.txt"));
    assertThat(DirectorySink.withExtension(Path.of(".profile"), "json")).isEqualTo(Path.of(".profile.json"));
    assertThat(DirectorySink.withExtension(Path.of("dir.d/file"), "json")).isEqualTo(Path.of("dir.d/file.json"));
  }

  @Test
  void targetsLieUnderTheOutputDirectory() {
    DirectorySink sink = new DirectorySink(Path.of("out"), Format.MARKDOWN, new InputWalk.Inputs(List.of()));
    assertThat(sink.target(Path.of("x/y.html"))).isEqualTo(Path.of("out/x/y.md"));
    assertThat(sink.target(InputLoader.STDIN_RELATIVE)).isEqualTo(Path.of("out/stdin.md"));
  }

  @Test
  void aWarcFilesPagesGoToOneFileNamedWithoutTheWarcExtensions() {
    DirectorySink json = new DirectorySink(Path.of("out"), Format.JSON, new InputWalk.Inputs(List.of()));
    assertThat(json.warcTarget(Path.of("crawl.warc.gz"))).isEqualTo(Path.of("out/crawl.jsonl"));
    assertThat(json.warcTarget(Path.of("a/b.WARC"))).isEqualTo(Path.of("out/a/b.jsonl"));
    DirectorySink text = new DirectorySink(Path.of("out"), Format.TEXT, new InputWalk.Inputs(List.of()));
    assertThat(text.warcTarget(Path.of("crawl.warc.gz"))).isEqualTo(Path.of("out/crawl.txt"));
  }
}
