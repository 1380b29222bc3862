/** The block model: pages, blocks, labels and the ledger of filter decisions. */
@NullMarked
package dev.winnow.block;

import org.jspecify.annotations.NullMarked;
