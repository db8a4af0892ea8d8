package io.allywatch.query.domain;

/**
 * An event row that a projected mention created or changed. {@code recordTimestamp}: when its
 * Kafka record reached the topic (epoch ms), so the time until it is queryable can be measured.
 */
public record EventChanged(EventSummary event, long recordTimestamp) {
}
