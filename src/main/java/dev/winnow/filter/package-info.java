/** The filters: each one finds one family of noise or structure and records why. */
@NullMarked
package dev.winnow.filter;

import org.jspecify.annotations.NullMarked;
