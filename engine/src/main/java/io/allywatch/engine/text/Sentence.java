package io.allywatch.engine.text;

/**
 * A sentence of an article, by its character offsets into the article's text ({@code start}
 * inclusive, {@code end} exclusive), so evidence always points at the very characters read.
 *
 * @param headlineLike the sentence is a whole line without closing punctuation: a headline or a
 *                     section heading, whose wording is terser and less reliable than body text
 */
public record Sentence(int start, int end, String text, boolean headlineLike) {
}
