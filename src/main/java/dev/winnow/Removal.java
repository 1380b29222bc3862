package dev.winnow;

/**
 * One block a filter removed, for the explain trail.
 *
 * <p>Immutable and thread-safe.
 *
 * @param block the block's index on the page
 * @param text the block's text
 * @param filter the name of the filter that removed it
 * @param reason why, in words
 * @since 0.1
 */
public record Removal(int block, String text, String filter, String reason) {}
