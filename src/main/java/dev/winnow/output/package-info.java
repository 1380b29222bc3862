/** Writers for results: plain text, Markdown, JSON, and a debug view of decisions. */
@NullMarked
package dev.winnow.output;

import org.jspecify.annotations.NullMarked;
