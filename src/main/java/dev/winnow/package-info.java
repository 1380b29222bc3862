/** The entry points: {@link dev.winnow.Pipeline}, {@link dev.winnow.Input}, and the values a pipeline returns. */
@NullMarked
package dev.winnow;

import org.jspecify.annotations.NullMarked;
