package io.allywatch.query.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.AidEvent;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventSchemas;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

/**
 * Projects event mentions into the read store. Idempotent: a mention already stored (same
 * mentionId, not newer) changes nothing, and the event row is always recomputed from all its
 * mentions, so redelivery or a replay of the whole topic leaves the same state. A real change is
 * announced as an {@link EventChanged} that observers see only once it is committed.
 */
@ApplicationScoped
public class EventProjector {
    private final ObjectMapper json;
    private final MeterRegistry registry;
    private final jakarta.enterprise.event.Event<EventChanged> changes;

    public EventProjector(ObjectMapper json, MeterRegistry registry, jakarta.enterprise.event.Event<EventChanged> changes) {
        this.json = json;
        this.registry = registry;
        this.changes = changes;
    }

    @Incoming("events-in")
    @Blocking
    @Transactional
    public void project(ConsumerRecord<String, byte[]> record) {
        MDC.put("articleId", "-");
        try {
            String value = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
            Event event = read(value);
            MDC.put("articleId", event.articleId());
            project(event, value).ifPresent(row -> changes.fire(new EventChanged(EventSummary.of(row, json), record.timestamp())));
            registry.counter("allywatch.events.projected", "type", event.type().name()).increment();
    
        } finally {
            MDC.remove("articleId");
        }
    }

    /** The event's row after this mention, or empty when the mention changes nothing (a redelivery). */
    java.util.Optional<EventRecord> project(Event event, String payload) {
        EventMention mention = EventMention.findById(event.mentionId());
        if (mention != null && !event.extractedAt().isAfter(mention.extractedAt)) {
            return java.util.Optional.empty();
        }
        if (mention == null) {
            mention = new EventMention();
            mention.mentionId = event.mentionId();
        }
        mention.eventId = event.eventId();
        mention.articleId = event.articleId();
        mention.publishedAt = event.publishedAt();
        mention.extractedAt = event.extractedAt();
        mention.extractorVersion = event.extractorVersion();
        mention.confidence = event.confidence();
        mention.evidenceText = event.evidence().text();
        mention.evidenceStart = event.evidence().start();
        mention.evidenceEnd = event.evidence().end();
        mention.evidenceLang = event.evidence().lang();
        mention.payload = payload;
        if (event instanceof DesignationEvent d) {
            mention.date = d.date();
            mention.historical = d.historical();
        } else if (event instanceof CooperationEvent c) {
            mention.date = c.date();
        }
        mention.persist();
        EventMention.flush();
        return java.util.Optional.of(recompute(event));
    }

    private EventRecord recompute(Event event) {
        List<EventMention> mentions = EventMention.ofEvent(event.eventId());
        EventRecord row = EventRecord.findById(event.eventId());
        if (row == null) {
            row = new EventRecord();
            row.eventId = event.eventId();
        }
        EventMention best = mentions.get(0); // EventMention.BEST_FIRST: a stable choice
        row.type = event.type().name();
        row.confidence = best.confidence;
        row.payload = best.payload;
        row.mentionCount = mentions.size();
        row.sourceCount = (int) mentions.stream().map(m -> m.articleId).distinct().count();
        row.firstSeen = mentions.stream().map(m -> m.extractedAt).min(Comparator.naturalOrder()).orElseThrow();
        row.lastSeen = mentions.stream().map(m -> m.extractedAt).max(Comparator.naturalOrder()).orElseThrow();
        // Background only if every article mentions it as background.
        row.historical = mentions.stream().allMatch(m -> m.historical);
        row.date = bestDate(mentions);
        // Type-specific columns come from the best mention, like the payload.
        Event told = readStored(best.payload);
        List<String> countries = new ArrayList<>();
        if (told instanceof DesignationEvent d) {
            row.country = d.country();
            row.stage = d.stage().name();
            countries.add(d.country());
        } else if (told instanceof AidEvent a) {
            row.donor = a.donor();
            row.recipient = a.recipient();
            row.amount = a.amount();
            row.currency = a.currency();
            row.amountUsd = a.amountUsd();
            row.year = a.year();
            row.fiscalYear = a.fiscalYear();
            row.aidStatus = a.status() == null ? null : a.status().name();
            row.purpose = a.purpose() == null ? null : a.purpose().name();
            row.program = a.program();
            row.attributedTo = a.attributedTo();
            countries.add(a.donor());
            countries.add(a.recipient());
        } else if (told instanceof CooperationEvent c) {
            countries.addAll(c.actors());
        }
        row.countries = EventRecord.countriesColumn(countries.stream().filter(java.util.Objects::nonNull).toList());
        row.persist();
        return row;
    }

    private Event readStored(String payload) {
        try {
            return json.readValue(payload, Event.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("stored mention is no longer an Event: " + e.getOriginalMessage());
        }
    }

    /** The most precise date any mention gives; among equally precise ones, the earliest. */
    static String bestDate(List<EventMention> mentions) {
        return mentions.stream().map(m -> m.date).filter(d -> d != null && !d.isBlank())
                .min(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    private Event read(String value) {
        try {
            var node = json.readTree(value);
            if (node == null || !node.isObject()) {
                throw new UnreadableEvent("value is not a JSON object");
            }
            List<String> errors = EventSchemas.validateEvent(node);
            if (!errors.isEmpty()) {
                throw new UnreadableEvent("value is not an Event v1: " + String.join("; ", errors));
            }
            return json.treeToValue(node, Event.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("value is not JSON: " + e.getOriginalMessage());
        }
    }

    /** The record cannot be read as an Event; the message is the dead-letter reason. */
    public static class UnreadableEvent extends RuntimeException {
        public UnreadableEvent(String reason) {
            super(reason, null, false, false);
        }
    }
}
