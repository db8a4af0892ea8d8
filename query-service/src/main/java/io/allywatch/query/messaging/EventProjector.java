package io.allywatch.query.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.allywatch.contract.AidEvent;
import io.allywatch.contract.ArticleExtraction;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventSchemas;
import io.allywatch.contract.RecordReader;
import io.allywatch.contract.Topics;
import io.allywatch.query.domain.EventChanged;
import io.allywatch.query.domain.EventSummary;
import io.allywatch.query.domain.ExtractorVersions;
import io.allywatch.query.store.ArticleExtractionRecord;
import io.allywatch.query.store.EventMention;
import io.allywatch.query.store.EventRecord;
import io.allywatch.query.store.StoreOutage;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Projects event mentions into the read store, one polled batch of records per transaction.
 * Idempotent: a mention already stored (same mentionId, not newer) changes nothing, and the event
 * row is always recomputed from all its mentions, so redelivery or a replay of the whole topic
 * leaves the same state. A real change is announced as an {@link EventChanged} that observers see
 * only once it is committed. Each record is settled on its own: the readable ones are acknowledged
 * after their batch commits, an unreadable one (or one the store refuses) goes to the dead-letter
 * topic with its reason, and never takes the rest of its batch with it. When the store cannot be
 * reached at all, no record is to blame: the batch waits and is tried again (backing off) until the
 * store is back, and meanwhile the consumer is paused by back-pressure.
 */
@ApplicationScoped
public class EventProjector {
    private static final Logger LOG = Logger.getLogger(EventProjector.class);

    private final ObjectMapper json;
    private final RecordReader<Event> reader;
    private final MeterRegistry registry;
    private final jakarta.enterprise.event.Event<EventChanged> changes;
    private final String deadLetterTopic;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Duration validationTimeout;
    private final AgroalDataSource dataSource;

    public EventProjector(ObjectMapper json, MeterRegistry registry, jakarta.enterprise.event.Event<EventChanged> changes,
                          @ConfigProperty(name = "mp.messaging.incoming.events-in.dead-letter-queue.topic") String deadLetterTopic,
                          @ConfigProperty(name = "allywatch.projection.store-retry.first") Duration firstRetry,
                          @ConfigProperty(name = "allywatch.projection.store-retry.max") Duration maxRetry,
                          @ConfigProperty(name = "allywatch.projection.store-check-timeout") Duration validationTimeout,
                          AgroalDataSource dataSource) {
        this.json = json;
        this.reader = RecordReader.events(json, UnreadableEvent::new);
        this.registry = registry;
        this.changes = changes;
        this.deadLetterTopic = deadLetterTopic;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.validationTimeout = validationTimeout;
        this.dataSource = dataSource;
    }

    /** One record as the projector needs it: its value, when it reached its topic (epoch ms, 0 if unknown), and which topic. */
    record Received(byte[] value, long timestamp, String topic) {
        Received(byte[] value, long timestamp) {
            this(value, timestamp, null);
        }
    }

    /** A readable record: where it stands in its batch, the event it tells, its JSON as received. */
    private record Readable(int index, Event event, String payload, long timestamp) {
    }

    /** A readable extraction record (articles.extracted): where it stands in its batch, what it says. */
    private record ReadableExtraction(int index, ArticleExtraction extraction, long timestamp) {
    }

    @Incoming("events-in")
    @Blocking
    public CompletionStage<Void> consume(Message<List<byte[]>> batch) {
        // The batch's own message may arrive wrapped (tracing metadata); its records, each with its own ack/nack, do not.
        List<Message<?>> records = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .orElseThrow(() -> new IllegalStateException("events-in must be configured with batch=true"))
                .getBatchedMessages();
        List<Received> received = records.stream()
                .map(r -> {
                    var meta = r.getMetadata(IncomingKafkaRecordMetadata.class);
                    return new Received((byte[]) r.getPayload(), meta.map(m -> m.getTimestamp() == null ? 0L : m.getTimestamp().toEpochMilli()).orElse(0L),
                            meta.map(m -> m.getTopic()).orElse(null));
                })
                .toList();
        List<RuntimeException> failures = project(received);
        Duration wait = firstRetry;
        for (RuntimeException outage = storeUnavailable(failures); outage != null; outage = storeUnavailable(failures)) {
            registry.counter("allywatch.projection.store.unavailable").increment();
            LOG.warnf("the store cannot be reached (%s); projecting the batch of %d records again in %s",
                    outage, records.size(), wait);
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException stopping) {
                // Shutting down: settle nothing, so the uncommitted records are delivered again after the restart.
                Thread.currentThread().interrupt();
                return new CompletableFuture<>();
            }
            wait = wait.multipliedBy(2).compareTo(maxRetry) > 0 ? maxRetry : wait.multipliedBy(2);
            failures = project(received); // idempotent: what did commit before the outage is not counted twice
        }
        CompletableFuture<?>[] settled = new CompletableFuture<?>[records.size()];
        for (int i = 0; i < records.size(); i++) {
            RuntimeException failure = failures.get(i);
            if (failure == null) {
                settled[i] = records.get(i).ack().toCompletableFuture();
            } else {
                // To the dead-letter topic (failure-strategy), with the failure's message as reason. Counted here:
                // DeadLetterCounter observes the channel's messages, and here that is the batch, never nacked.
                registry.counter("allywatch.dead.letters", "topic", deadLetterTopic, "reason", failure.getClass().getSimpleName())
                        .increment();
                settled[i] = records.get(i).nack(failure).toCompletableFuture();
            }
        }
        return CompletableFuture.allOf(settled);
    }

    /**
     * Projects the records in one transaction; returns, per record, why it could not be projected
     * (null: projected, or already there). Unreadable records are left out of the transaction; if
     * the store refuses the batch, each record is tried in a transaction of its own, so only the
     * one it refuses fails. If the store cannot be reached, every readable record fails with that.
     */
    List<RuntimeException> project(List<Received> records) {
        RuntimeException[] failures = new RuntimeException[records.size()];
        List<Readable> readable = new ArrayList<>();
        List<ReadableExtraction> extractions = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                String payload = reader.text(records.get(i).value());
                if (Topics.ARTICLES_EXTRACTED.equals(records.get(i).topic())) {
                    extractions.add(new ReadableExtraction(i, extraction(payload), records.get(i).timestamp()));
                } else {
                    readable.add(new Readable(i, reader.read(payload), payload, records.get(i).timestamp()));
                }
            } catch (UnreadableEvent e) {
                failures[i] = e;
            }
        }
        if (!readable.isEmpty() || !extractions.isEmpty()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> projectAll(readable, extractions));
            } catch (RuntimeException refused) {
                if (storeAway(refused)) {
                    // No record is to blame; trying them one by one would tell nothing more.
                    readable.forEach(r -> failures[r.index()] = new StoreUnavailable(refused));
                } else if (readable.size() + extractions.size() == 1) {
                    failures[readable.isEmpty() ? extractions.get(0).index() : readable.get(0).index()] = refused;
                } else {
                    LOG.warnf("the store refused a batch of %d records (%s); projecting them one by one", readable.size() + extractions.size(), refused);
                    for (Readable r : readable) {
                        try {
                            QuarkusTransaction.requiringNew().run(() -> projectAll(List.of(r), List.of()));
                        } catch (RuntimeException e) {
                            failures[r.index()] = storeAway(e) ? new StoreUnavailable(e) : e;
                        }
                    }
                    for (ReadableExtraction x : extractions) {
                        try {
                            QuarkusTransaction.requiringNew().run(() -> projectAll(List.of(), List.of(x)));
                        } catch (RuntimeException e) {
                            failures[x.index()] = storeAway(e) ? new StoreUnavailable(e) : e;
                        }
                    }
                }
            }
        }
        for (Readable r : readable) {
            if (failures[r.index()] == null) {
                registry.counter("allywatch.events.projected", "type", r.event().type().name()).increment();
            }
        }
        for (ReadableExtraction x : extractions) {
            if (failures[x.index()] == null) {
                registry.counter("allywatch.extractions.projected").increment();
            }
        }
        return Arrays.asList(failures);
    }

    private ArticleExtraction extraction(String payload) {
        try {
            var node = json.readTree(payload);
            List<String> errors = EventSchemas.validateExtraction(node);
            if (!errors.isEmpty()) {
                throw new UnreadableEvent("not an article extraction record: " + String.join("; ", errors));
            }
            return json.treeToValue(node, ArticleExtraction.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("not JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Applies the batch's extraction records (per article, the mentions of older extractor versions
     * that the newer one does not list are deleted), stores the mentions that are new or newer
     * (leaving out those of an older version than the one that last read their article), then
     * recomputes each event they touch once: an event left with no mention is gone. Runs in a
     * transaction.
     */
    private void projectAll(List<Readable> batch, List<ReadableExtraction> extractionBatch) {
        java.util.Set<String> articleIds = new java.util.HashSet<>();
        batch.forEach(r -> articleIds.add(r.event().articleId()));
        extractionBatch.forEach(x -> articleIds.add(x.extraction().articleId()));
        Map<String, ArticleExtractionRecord> readBy = new HashMap<>();
        if (!articleIds.isEmpty()) {
            ArticleExtractionRecord.<ArticleExtractionRecord>list("articleId in ?1", List.copyOf(articleIds)).forEach(a -> readBy.put(a.articleId, a));
        }
        // Events whose mentions an extraction record took away, with the timestamp of that record.
        Map<String, Long> emptied = new LinkedHashMap<>();
        for (ReadableExtraction x : extractionBatch) {
            applyExtraction(x, readBy, emptied);
        }
        Map<String, EventMention> stored = batch.isEmpty() ? new HashMap<>() : EventMention.<EventMention>list("mentionId in ?1",
                        batch.stream().map(r -> r.event().mentionId()).distinct().toList())
                .stream().collect(Collectors.toMap(m -> m.mentionId, m -> m));
        // Changed events, in the order first changed, with the earliest timestamp of the records that changed them.
        Map<String, Readable> changed = new LinkedHashMap<>();
        for (Readable r : batch) {
            Event event = r.event();
            MDC.put("articleId", event.articleId());
            try {
                ArticleExtractionRecord newest = readBy.get(event.articleId());
                if (newest != null && ExtractorVersions.older(event.extractorVersion(), newest.extractorVersion)) {
                    continue; // a newer extractor has read this article since: this older mention no longer counts
                }
                EventMention mention = stored.get(event.mentionId());
                if (mention != null && !event.extractedAt().isAfter(mention.extractedAt)) {
                    continue; // a redelivery: nothing new
                }
                if (mention == null) {
                    mention = new EventMention();
                    mention.mentionId = event.mentionId();
                    fill(mention, event, r.payload());
                    mention.persist(); // filled first: the insert takes the state at persist
                    stored.put(mention.mentionId, mention);
                } else {
                    fill(mention, event, r.payload());
                }
                changed.merge(event.eventId(), r, (first, later) -> first.timestamp() <= later.timestamp() ? first : later);
            } finally {
                MDC.remove("articleId");
            }
        }
        if (changed.isEmpty() && emptied.isEmpty()) {
            return;
        }
        EventMention.flush();
        // The mentions are written; from here only rows change, so the queries below need no flush (and no dirty
        // check of every entity in the session) before them: the rest is flushed at commit.
        EventMention.getEntityManager().setFlushMode(FlushModeType.COMMIT);
        // Rows by primary key, in one query. Mentions one event at a time: "event_id in (500 ids)" on the
        // non-unique index makes PostgreSQL scan the whole table when its statistics are missing or stale.
        Map<String, EventRecord> rows = new HashMap<>();
        EventRecord.<EventRecord>list("eventId in ?1", List.copyOf(changed.keySet())).forEach(row -> rows.put(row.eventId, row));
        // An event with no row yet has no mentions but this batch's (row and mentions commit together), so
        // only events seen before need their mentions read back: most of a bulk load is new events.
        Map<String, List<EventMention>> newEventMentions = stored.values().stream()
                .filter(m -> !rows.containsKey(m.eventId))
                .collect(Collectors.groupingBy(m -> m.eventId));
        changed.forEach((eventId, first) -> {
            List<EventMention> mentions = rows.containsKey(eventId) ? EventMention.ofEvent(eventId)
                    : newEventMentions.get(eventId).stream().sorted(EventMention.BEST_FIRST).toList();
            EventRecord row = recompute(first.event(), mentions, rows.get(eventId));
            changes.fire(new EventChanged(EventSummary.of(row, json), first.timestamp()));
        });
        emptied.forEach((eventId, timestamp) -> {
            if (changed.containsKey(eventId)) {
                return;
            }
            EventRecord row = EventRecord.findById(eventId);
            if (row == null) {
                return;
            }
            List<EventMention> mentions = EventMention.ofEvent(eventId);
            if (mentions.isEmpty()) {
                // No article reports it any more: gone from every answer; the stream says so with no mentions left.
                row.mentionCount = 0;
                row.sourceCount = 0;
                EventSummary gone = EventSummary.of(row, json);
                row.delete();
                changes.fire(new EventChanged(gone, timestamp));
            } else {
                EventRecord updated = recompute(readStored(mentions.get(0).payload), mentions, row);
                changes.fire(new EventChanged(EventSummary.of(updated, json), timestamp));
            }
        });
    }

    /**
     * One article's extraction record: if no newer version has read the article, it becomes the
     * article's version, and the article's mentions from older versions that it does not list are
     * deleted (their events go into {@code emptied} to be recomputed).
     */
    private void applyExtraction(ReadableExtraction x, Map<String, ArticleExtractionRecord> readBy, Map<String, Long> emptied) {
        ArticleExtraction extraction = x.extraction();
        ArticleExtractionRecord known = readBy.get(extraction.articleId());
        if (known != null && ExtractorVersions.older(extraction.extractorVersion(), known.extractorVersion)) {
            return; // an older version's record, arriving late (a replay): the newer reading stands
        }
        if (known == null) {
            known = new ArticleExtractionRecord();
            known.articleId = extraction.articleId();
            known.extractorVersion = extraction.extractorVersion();
            known.extractedAt = extraction.extractedAt();
            known.outcome = extraction.outcome();
            known.mentionCount = extraction.mentionIds().size();
            known.persist();
            readBy.put(known.articleId, known);
        } else {
            known.extractorVersion = extraction.extractorVersion();
            known.extractedAt = extraction.extractedAt();
            known.outcome = extraction.outcome();
            known.mentionCount = extraction.mentionIds().size();
        }
        java.util.Set<String> listed = new java.util.HashSet<>(extraction.mentionIds());
        for (EventMention m : EventMention.<EventMention>list("articleId", extraction.articleId())) {
            if (!listed.contains(m.mentionId) && ExtractorVersions.older(m.extractorVersion, extraction.extractorVersion())) {
                m.delete();
                emptied.merge(m.eventId, x.timestamp(), Math::min);
            }
        }
    }

    private static void fill(EventMention mention, Event event, String payload) {
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
    }

    private EventRecord recompute(Event event, List<EventMention> mentions, EventRecord row) {
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
            row.scope = a.scope() != null ? a.scope().name() : scopeOf(a.purpose());
            row.partOf = a.partOf();
            row.cumulative = a.cumulative();
            row.sinceYear = a.sinceYear();
            countries.add(a.donor());
            countries.add(a.recipient());
        } else if (told instanceof CooperationEvent c) {
            countries.addAll(c.actors());
        }
        row.countries = EventRecord.countriesColumn(countries.stream().filter(Objects::nonNull).toList());
        row.persist();
        return row;
    }

    /** A v1.0 mention has no scope: its purpose tells it. */
    static String scopeOf(AidEvent.AidPurpose purpose) {
        if (purpose == null) {
            return AidEvent.AidScope.UNKNOWN.name();
        }
        return switch (purpose) {
            case MILITARY, SECURITY, COUNTER_NARCOTICS, COUNTER_TERRORISM -> AidEvent.AidScope.MILITARY_SECURITY.name();
            case ECONOMIC -> AidEvent.AidScope.ECONOMIC.name();
            case HUMANITARIAN -> AidEvent.AidScope.HUMANITARIAN.name();
            case OTHER -> AidEvent.AidScope.UNKNOWN.name();
        };
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

    /**
     * Whether a failure means the store cannot be reached: by its kind, or else by asking the store.
     * Drivers and the pool do not always say so (a broken H2 connection surfaces as a failed XA
     * enlistment with no SQL state), so a failure of unknown kind is checked with a live connection.
     */
    private boolean storeAway(RuntimeException failure) {
        if (StoreOutage.is(failure)) {
            return true;
        }
        try (Connection c = dataSource.getConnection()) {
            return !c.isValid((int) Math.max(1, validationTimeout.toSeconds()));
        } catch (SQLException | RuntimeException unreachable) {
            return true;
        }
    }

    private static RuntimeException storeUnavailable(List<RuntimeException> failures) {
        return failures.stream().filter(StoreUnavailable.class::isInstance).findFirst().orElse(null);
    }

    /** The store could not be reached: the record is not at fault and is projected again later. */
    static class StoreUnavailable extends RuntimeException {
        StoreUnavailable(Throwable cause) {
            super("the store cannot be reached: " + cause, cause);
        }
    }

    /** The record cannot be read as an Event; the message is the dead-letter reason. */
    public static class UnreadableEvent extends RuntimeException {
        public UnreadableEvent(String reason) {
            super(reason, null, false, false);
        }
    }
}
