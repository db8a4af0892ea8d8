package io.allywatch.query.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Event;
import io.allywatch.contract.RecordReader;
import io.allywatch.messaging.DeadLetterCounter;
import io.allywatch.messaging.SkippedTypes;
import io.allywatch.query.domain.UnreadableEvent;
import io.allywatch.query.store.ProjectionStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Projects event mentions into the read store, one polled batch of records per transaction; the
 * store ({@link ProjectionStore}) writes, {@link io.allywatch.query.domain.EventRows} decides.
 * Idempotent: redelivery or a replay of the whole topic leaves the same state. Each record is
 * settled on its own: the readable ones are acknowledged after their batch commits, an unreadable
 * one (or one the store refuses) goes to the dead-letter topic with its reason, and never takes the
 * rest of its batch with it. When the store cannot be reached at all, no record is to blame: the
 * batch is projected again (a SmallRye Fault Tolerance retry, backing off) until the store is back,
 * and meanwhile the consumer is paused by back-pressure.
 */
@ApplicationScoped
public class EventProjector {
    private static final Logger LOG = Logger.getLogger(EventProjector.class);

    private final ObjectMapper json;
    private final RecordReader<Event> reader;
    private final MeterRegistry registry;
    private final ProjectionStore store;
    private final String deadLetterTopic;
    private final DeadLetterCounter deadLetters;
    private final SkippedTypes skippedTypes;
    private final TypedGuard<List<RuntimeException>> untilStored;

    public EventProjector(ObjectMapper json, MeterRegistry registry, ProjectionStore store, DeadLetterCounter deadLetters, SkippedTypes skippedTypes,
                          @ConfigProperty(name = "mp.messaging.incoming.events-in.dead-letter-queue.topic") String deadLetterTopic,
                          @ConfigProperty(name = "allywatch.projection.store-retry.first") Duration firstRetry,
                          @ConfigProperty(name = "allywatch.projection.store-retry.max") Duration maxRetry) {
        this.json = json;
        this.reader = RecordReader.events(json, UnreadableEvent::new);
        this.registry = registry;
        this.store = store;
        this.deadLetterTopic = deadLetterTopic;
        this.deadLetters = deadLetters;
        this.skippedTypes = skippedTypes;
        // No limit on retries or their duration: an outage ends, and until then no record may be dead-lettered.
        this.untilStored = TypedGuard.create(new TypeLiteral<List<RuntimeException>>() {
                })
                .withDescription("projecting a batch while the store cannot be reached")
                .withRetry().maxRetries(-1).maxDuration(0, ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS)
                .delay(firstRetry.toMillis(), ChronoUnit.MILLIS).retryOn(StoreUnavailable.class)
                .withExponentialBackoff().factor(2).maxDelay(maxRetry.toMillis(), ChronoUnit.MILLIS).done()
                .done().build();
    }

    /** One record as the projector needs it: its value, when it reached its topic (epoch ms, 0 if unknown), and which topic. */
    /** @param ceType the record's {@code ce_type} header, or null when it has none */
    public record Received(byte[] value, long timestamp, String topic, String ceType) {
        public Received(byte[] value, long timestamp) {
            this(value, timestamp, null, null);
        }
    }

    private static final String CHANNEL = "events-in";
    private static final String CE_TYPE = "ce_type";

    private static String header(org.apache.kafka.common.header.Headers headers, String name) {
        var h = headers == null ? null : headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Incoming(CHANNEL)
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
                            meta.map(m -> m.getTopic()).orElse(null), meta.map(m -> header(m.getHeaders(), CE_TYPE)).orElse(null));
                })
                .toList();
        List<RuntimeException> failures;
        try {
            failures = untilStored.call(() -> projectOrWait(received)); // idempotent: what did commit before is not counted twice
        } catch (Exception e) {
            if (e instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
                // Shutting down (retries end only so): settle nothing, so the uncommitted records are delivered again
                // after the restart.
                Thread.currentThread().interrupt();
                return new CompletableFuture<>();
            }
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        CompletableFuture<?>[] settled = new CompletableFuture<?>[records.size()];
        for (int i = 0; i < records.size(); i++) {
            RuntimeException failure = failures.get(i);
            if (failure == null) {
                settled[i] = records.get(i).ack().toCompletableFuture();
            } else {
                // To the dead-letter topic (failure-strategy), with the failure's message as reason. Counted and logged
                // here: DeadLetterCounter observes the channel's messages, and here that is the batch, never nacked.
                deadLetters.deadLettered(CHANNEL, deadLetterTopic, failure, 1);
                settled[i] = records.get(i).nack(failure).toCompletableFuture();
            }
        }
        return CompletableFuture.allOf(settled);
    }

    /** One attempt: the failures per record, or {@link StoreUnavailable} (retried) when the store cannot be reached. */
    private List<RuntimeException> projectOrWait(List<Received> received) {
        List<RuntimeException> failures = project(received);
        RuntimeException outage = failures.stream().filter(StoreUnavailable.class::isInstance).findFirst().orElse(null);
        if (outage != null) {
            registry.counter("allywatch.projection.store.unavailable").increment();
            LOG.warnf("the store cannot be reached (%s); projecting the batch of %d records again after a back-off",
                    outage, received.size());
            throw (StoreUnavailable) outage;
        }
        return failures;
    }

    /**
     * Projects the records in one transaction; returns, per record, why it could not be projected
     * (null: projected, or already there). Unreadable records are left out of the transaction; if
     * the store refuses the batch, each record is tried in a transaction of its own, so only the
     * one it refuses fails. If the store cannot be reached, every readable record fails with that.
     */
    List<RuntimeException> project(List<Received> records) {
        IncomingRecords read = IncomingRecords.read(records, reader, json);
        RuntimeException[] failures = read.failures;
        if (read.anyReadable()) {
            try {
                store.write(read.mentions.stream().map(IncomingRecords.Mention::record).toList(),
                        read.extractions.stream().map(IncomingRecords.Extraction::record).toList());
            } catch (RuntimeException refused) {
                if (store.unreachable(refused)) {
                    // No record is to blame; trying them one by one would tell nothing more.
                    read.mentions.forEach(r -> failures[r.index()] = new StoreUnavailable(refused));
                } else if (read.readable() == 1) {
                    failures[read.mentions.isEmpty() ? read.extractions.get(0).index() : read.mentions.get(0).index()] = refused;
                } else {
                    LOG.warnf("the store refused a batch of %d records (%s); projecting them one by one", read.readable(), refused);
                    read.mentions.forEach(r -> failures[r.index()] = writeAlone(List.of(r.record()), List.of()));
                    read.extractions.forEach(x -> failures[x.index()] = writeAlone(List.of(), List.of(x.record())));
                }
            }
        }
        for (IncomingRecords.Mention r : read.mentions) {
            if (failures[r.index()] == null) {
                registry.counter("allywatch.events.projected", "type", r.record().event().type().name()).increment();
            }
        }
        for (String type : read.skippedTypes) {
            // A type this version does not know (a newer producer's v2): left alone, not dead-lettered, and counted.
            skippedTypes.skipped(CHANNEL, type, IncomingRecords.KNOWN_TYPES);
        }
        for (IncomingRecords.Extraction x : read.extractions) {
            if (failures[x.index()] == null) {
                registry.counter("allywatch.extractions.projected").increment();
            }
        }
        return Arrays.asList(failures);
    }

    /** Writes one record in a transaction of its own; null if it is stored, else why not. */
    private RuntimeException writeAlone(List<ProjectionStore.MentionRecord> mention, List<ProjectionStore.ExtractionRecord> extraction) {
        try {
            store.write(mention, extraction);
            return null;
        } catch (RuntimeException e) {
            return store.unreachable(e) ? new StoreUnavailable(e) : e;
        }
    }

    /** The store could not be reached: the record is not at fault and is projected again later. */
    static class StoreUnavailable extends RuntimeException {
        StoreUnavailable(Throwable cause) {
            super("the store cannot be reached: " + cause, cause);
        }
    }
}
