package io.allywatch.query.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.EventType;
import java.time.Instant;
import java.util.List;

/**
 * One event as lists and the stream show it: what it is about, how well it is supported, and the
 * event as its most confident mention tells it (with that mention's evidence sentence).
 */
public record EventSummary(String eventId, EventType type, List<String> countries, DesignationStage stage, String date,
                           Instant firstSeen, Instant lastSeen, int mentionCount, int sourceCount, double confidence,
                           JsonNode event) {
}
