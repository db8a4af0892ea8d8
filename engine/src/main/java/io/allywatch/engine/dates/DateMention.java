package io.allywatch.engine.dates;

/**
 * A date read from text, offsets relative to the text searched. {@code value} is {@code YYYY},
 * {@code YYYY-MM} or {@code YYYY-MM-DD}, as precise as the text and never more.
 */
public record DateMention(int start, int end, String value) {

    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }
}
