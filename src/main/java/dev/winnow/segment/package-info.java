/** Segmenters: split a filtered page into articles. */
@NullMarked
package dev.winnow.segment;

import org.jspecify.annotations.NullMarked;
