/**
 * JMH throughput benchmarks: Winnow on text pages of growing size and on the dev text dumps, and
 * Winnow beside Boilerpipe, Readability4J and a bare jsoup parse on the dev HTML pages. Test scope only, so library users
 * never see JMH or the other extractors. Run them with {@code mvn -q -B test-compile
 * exec:exec@bench}; {@link dev.winnow.bench.BenchMain} prints MB/s per benchmark at the end.
 */
@NullMarked
package dev.winnow.bench;

import org.jspecify.annotations.NullMarked;
