package io.allywatch.contract;

import java.time.Instant;
import java.util.Objects;

/**
 * A claim about a country's Major Non-NATO Ally status. {@code date} is {@code YYYY},
 * {@code YYYY-MM} or {@code YYYY-MM-DD}, or null when the text gives none.
 */
public record DesignationEvent(
        String eventId,
        String mentionId,
        EventType type,
        String articleId,
        Instant publishedAt,
        Instant extractedAt,
        String extractorVersion,
        double confidence,
        Evidence evidence,
        String country,
        String status,
        DesignationStage stage,
        boolean historical,
        String date) implements Event {

    public static final String STATUS_MNNA = "MNNA";

    public DesignationEvent {
        if (type != null && type != EventType.DESIGNATION) {
            throw new IllegalArgumentException("type must be DESIGNATION, was " + type);
        }
        type = EventType.DESIGNATION;
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(stage, "stage");
    }
}
