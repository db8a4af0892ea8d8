package io.allywatch.contract;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * One mention of a real-world event: the evidence that one article gives for it. The JSON is
 * flat: common fields beside the type-specific ones, told apart by {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type", visible = true)
@JsonSubTypes({
        @JsonSubTypes.Type(value = DesignationEvent.class, name = "DESIGNATION"),
        @JsonSubTypes.Type(value = AidEvent.class, name = "AID"),
        @JsonSubTypes.Type(value = CooperationEvent.class, name = "COOPERATION")
})
public sealed interface Event permits DesignationEvent, AidEvent, CooperationEvent {

    /** Names the real-world event; the same for every article that reports it. */
    String eventId();

    /** Unique per (event, article). */
    String mentionId();

    EventType type();

    String articleId();

    Instant publishedAt();

    Instant extractedAt();

    String extractorVersion();

    double confidence();

    Evidence evidence();
}
