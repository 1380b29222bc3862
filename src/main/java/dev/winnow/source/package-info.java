/** Sources: turn text or HTML into the block stream filters work on. */
@NullMarked
package dev.winnow.source;

import org.jspecify.annotations.NullMarked;
