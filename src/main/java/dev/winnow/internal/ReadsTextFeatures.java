package dev.winnow.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a built-in filter that reads a text page's {@code TextFeatures}, or the words of
 * {@code BlockWords}, which come out of the same pass. A pipeline with such a filter has that
 * pass made as soon as a text page is read, before its first filter: the text source leaves its
 * blocks' words uncounted ({@link CountedBlocks#UNCOUNTED}) and the pass, which reads every char
 * anyway, counts them. A chain without one never makes the pass it does not need; its blocks
 * count their words when first asked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadsTextFeatures {}
