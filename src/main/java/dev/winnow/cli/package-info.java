/**
 * The {@code winnow} command line: {@link dev.winnow.cli.Main}. An application, not API: this
 * package is not exported, and its classes may change in any release.
 */
@NullMarked
package dev.winnow.cli;

import org.jspecify.annotations.NullMarked;
