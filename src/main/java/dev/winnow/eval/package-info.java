/**
 * Accuracy measurement: the Article Extraction Benchmark's shingle metric over extracted and
 * expected text, and the listing benchmark's metric over extracted and gold articles.
 */
@NullMarked
package dev.winnow.eval;

import org.jspecify.annotations.NullMarked;
