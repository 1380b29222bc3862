/**
 * Winnow: separates article text from the noise around it on scraped news pages, HTML or plain
 * text. Start at {@link dev.winnow.Pipeline}.
 */
module dev.winnow {
  requires org.jsoup;
  requires org.apache.commons.text;
  requires com.google.common;
  requires static org.jspecify;
  // The command line only; optional, so library users need not have picocli.
  requires static info.picocli;

  exports dev.winnow;
  exports dev.winnow.block;
  exports dev.winnow.filter;
  exports dev.winnow.source;
  exports dev.winnow.segment;
  exports dev.winnow.output;

  // Not exported: the CLI is an application, not API. Opened so picocli can inject its options.
  opens dev.winnow.cli to info.picocli;
}
