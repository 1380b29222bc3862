/**
 * Winnow: separates article text from the noise around it on scraped news pages, HTML or plain
 * text. Start at {@link dev.winnow.Pipeline}.
 */
module dev.winnow {
  requires org.jsoup;
  requires org.apache.commons.text;
  requires com.google.common;
  // Transitive: @Nullable is in the exported signatures, so users' compilers must see it too.
  requires transitive org.jspecify;
  // The command line and the evaluation command only; optional, so library users need neither.
  requires static info.picocli;
  requires static com.google.gson;
  requires static jwarc;
  requires static me.tongfei.progressbar;

  exports dev.winnow;
  exports dev.winnow.block;
  exports dev.winnow.filter;
  exports dev.winnow.filter.noise;
  exports dev.winnow.filter.html;
  exports dev.winnow.filter.structure;
  exports dev.winnow.analysis;
  exports dev.winnow.source;
  exports dev.winnow.segment;
  exports dev.winnow.output;
  exports dev.winnow.eval;

  // Not exported: the CLI is an application, not API. Opened so picocli can inject its options.
  opens dev.winnow.cli to info.picocli;
}
