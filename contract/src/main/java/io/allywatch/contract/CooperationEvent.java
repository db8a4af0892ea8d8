package io.allywatch.contract;

import java.time.Instant;
import java.util.List;

/** Defence cooperation between countries; {@code actors} are sorted ISO 3166-1 alpha-3 codes. */
public record CooperationEvent(
        String eventId,
        String mentionId,
        EventType type,
        String articleId,
        Instant publishedAt,
        Instant extractedAt,
        String extractorVersion,
        double confidence,
        Evidence evidence,
        List<String> actors,
        CooperationKind kind,
        String date) implements Event {

    public CooperationEvent {
        if (type != null && type != EventType.COOPERATION) {
            throw new IllegalArgumentException("type must be COOPERATION, was " + type);
        }
        type = EventType.COOPERATION;
        actors = actors == null ? List.of() : actors.stream().sorted().toList();
    }

    public enum CooperationKind { AGREEMENT, EXERCISE, TRAINING, INTEL_SHARING, MEETING, ARMS_TRANSFER, TECH_TRANSFER }
}
