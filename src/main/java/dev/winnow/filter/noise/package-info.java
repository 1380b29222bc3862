/**
 * The noise filters: one class per family of noise that a scraped news page carries, each
 * removing what it recognizes with a reason that names the evidence. They work on text and HTML
 * pages alike, read the page's {@link dev.winnow.analysis} (block keys, words, vocabulary hits)
 * and the labels earlier filters set, and never each other's internals. The phrases they match
 * are data: {@code /dev/winnow/vocab/<family>/<lang>.txt} in the resources.
 */
@NullMarked
package dev.winnow.filter.noise;

import org.jspecify.annotations.NullMarked;
