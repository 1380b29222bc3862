/** Helpers shared inside the library. Not exported; no compatibility promises. */
@NullMarked
package dev.winnow.internal;

import org.jspecify.annotations.NullMarked;
