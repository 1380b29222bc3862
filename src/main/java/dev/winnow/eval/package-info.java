/** Accuracy measurement: the benchmark's shingle metric over extracted and expected text. */
@NullMarked
package dev.winnow.eval;

import org.jspecify.annotations.NullMarked;
