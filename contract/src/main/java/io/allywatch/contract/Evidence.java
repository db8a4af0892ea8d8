package io.allywatch.contract;

/**
 * Where in the article an event was read: the sentence in the article's own language and its
 * character offsets ({@code start} inclusive, {@code end} exclusive) into {@link Article#text()}.
 */
public record Evidence(String text, int start, int end, String lang) {
}
