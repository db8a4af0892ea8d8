package io.allywatch.extract.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.contract.CloudEventTypes;
import io.allywatch.engine.ExtractionEngine;
import io.allywatch.engine.ExtractionResult;
import io.allywatch.messaging.DeadLetterCounter;
import io.allywatch.messaging.SkippedTypes;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Articles in, by the batch one poll returns; their event mentions and extraction records out
 * ({@link ExtractionPublisher}). Each record of the batch is settled on its own, and only after Kafka
 * has everything it produced, so a crash in between means redelivery (the projector ignores mentions
 * it already has), never a lost event. A record that is no article, one the engine cannot read, or
 * one whose records Kafka did not take is nacked to the dead-letter topic with the reason, alone:
 * the rest of its batch goes on. The dead letters are settled before the rest is acknowledged, so
 * no offset is committed past a record that is not yet in the dead-letter topic.
 */
@ApplicationScoped
public class ArticleExtractionProcessor {
    private static final Logger LOG = Logger.getLogger(ArticleExtractionProcessor.class);

    private final ArticleRecordReader reader;
    private final ExtractionPublisher publisher;
    private final MeterRegistry registry;
    private static final String CE_TYPE = "ce_type";
    private static final String CHANNEL = "articles-in";
    private final SkippedTypes skippedTypes;
    private final DeadLetterCounter deadLetters;
    private final String deadLetterTopic;
    private final Duration publishTimeout;
    /** The previous batch's settling (only the processing thread reads and writes it: the channel is ordered). */
    private volatile CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);

    public ArticleExtractionProcessor(ObjectMapper json, ExtractionPublisher publisher, MeterRegistry registry,
                                      SkippedTypes skippedTypes, DeadLetterCounter deadLetters,
                                      @ConfigProperty(name = "mp.messaging.incoming.articles-in.dead-letter-queue.topic") String deadLetterTopic,
                                      @ConfigProperty(name = "allywatch.extract.publish-timeout") Duration publishTimeout) {
        this.publishTimeout = publishTimeout;
        this.reader = new ArticleRecordReader(json);
        this.publisher = publisher;
        this.registry = registry;
        this.skippedTypes = skippedTypes;
        this.deadLetters = deadLetters;
        this.deadLetterTopic = deadLetterTopic;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> process(Message<List<byte[]>> batch) {
        // The batch's own message may arrive wrapped (tracing metadata); its records, each with its own ack/nack, do not.
        List<Message<?>> records = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .orElseThrow(() -> new IllegalStateException(CHANNEL + " must be configured with batch=true"))
                .getBatchedMessages();
        int n = records.size();
        RuntimeException[] failures = new RuntimeException[n];
        List<ExtractionPublisher.Input> inputs = new ArrayList<>(n);
        List<Integer> places = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Message<?> record = records.get(i);
            var meta = record.getMetadata(IncomingKafkaRecordMetadata.class);
            String type = meta.map(m -> m.getHeaders().lastHeader(CE_TYPE)).map(h -> new String(h.value(), StandardCharsets.UTF_8)).orElse(null);
            if (type != null && !type.equals(CloudEventTypes.ARTICLE)) {
                // A type this version does not know (a newer producer's v2): left alone, not dead-lettered, and counted.
                skippedTypes.skipped(CHANNEL, type, CloudEventTypes.ARTICLE);
                continue;
            }
            try {
                Article article = reader.read((byte[]) record.getPayload());
                inputs.add(new ExtractionPublisher.Input(article, record.getMetadata(TracingMetadata.class).orElse(null)));
                places.add(i);
            } catch (ArticleRecordReader.UnreadableArticle junk) {
                // Nacked, not thrown: a thrown exception is an ERROR with its stack trace per record, and
                // a flood of junk would flood the log. DeadLetterCounter logs these within a budget.
                failures[i] = junk;
            }
        }
        // The engine reads this batch while Kafka still acknowledges the previous one's records; this batch's records
        // go out once the previous batch is settled, so batches are settled in order, one after the other.
        List<ExtractionPublisher.Extracted> extracted = inputs.isEmpty() ? List.of() : publisher.extractAll(inputs);
        awaitSettled(previous);
        List<CompletableFuture<ExtractionPublisher.Output>> outputs = publisher.sendAll(extracted);
        CompletableFuture<Void> settled = CompletableFuture.allOf(outputs.toArray(CompletableFuture[]::new))
                .thenCompose(v -> {
                    for (int k = 0; k < outputs.size(); k++) {
                        failures[places.get(k)] = outcome(inputs.get(k).article().articleId(), outputs.get(k).join());
                    }
                    return settle(records, failures);
                })
                .whenComplete((v, e) -> {
                    if (e != null) {
                        // Its records stay unacknowledged: no offset moves past them, and the channel's health check
                        // reports the stall (redelivery after a restart, never a loss).
                        LOG.errorf(e, "A batch of %d records could not be settled", records.size());
                    }
                });
        previous = settled;
        return CompletableFuture.completedFuture(null);
    }

    /** Counts and logs an article's outcome; returns why its record goes to the dead-letter topic, or null. */
    private RuntimeException outcome(String articleId, ExtractionPublisher.Output out) {
        ExtractionResult result = out.result();
        if (out.failure() != null) {
            return out.failure();
        }
        if (result.outcome() == ExtractionResult.Outcome.UNREADABLE) {
            // Kept in the dead-letter topic, so a later engine (a new language, a fix) can re-drive it.
            registry.counter("allywatch.articles.extracted", "outcome", "unreadable").increment();
            return new ArticleRecordReader.UnreadableArticle("extractor " + ExtractionEngine.VERSION
                    + " cannot read article " + articleId + ": " + result.reason());
        }
        if (result.events().isEmpty()) {
            registry.counter("allywatch.articles.extracted", "outcome", "no-events").increment();
            return null;
        }
        registry.counter("allywatch.articles.extracted", "outcome", "events").increment();
        // Every log line about this article carries its id (a field of its own in JSON logs).
        MDC.put("articleId", articleId);
        try {
            LOG.infof("Article %s: %d event(s)", articleId, result.events().size());
        } finally {
            MDC.remove("articleId");
        }
        return null;
    }

    /** Waits until the previous batch is settled (its outcome is logged where it completes; a failure does not stop this one). */
    private void awaitSettled(CompletableFuture<Void> batch) {
        try {
            batch.get(publishTimeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Logged where it failed; a batch whose settling hangs holds its offsets back by itself.
        }
    }

    /** Dead letters first (each in the dead-letter topic before any offset can move past it), then the rest acknowledged. */
    private CompletionStage<Void> settle(List<Message<?>> records, RuntimeException[] failures) {
        List<CompletableFuture<Void>> deadLettered = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (failures[i] != null) {
                // Counted and logged here: DeadLetterCounter observes the channel's messages, and here that is the batch,
                // never nacked as a whole.
                deadLetters.deadLettered(CHANNEL, deadLetterTopic, failures[i], 1);
                deadLettered.add(records.get(i).nack(failures[i]).toCompletableFuture());
            }
        }
        return CompletableFuture.allOf(deadLettered.toArray(CompletableFuture[]::new)).thenCompose(v -> {
            List<CompletableFuture<Void>> acked = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                if (failures[i] == null) {
                    acked.add(records.get(i).ack().toCompletableFuture());
                }
            }
            return CompletableFuture.allOf(acked.toArray(CompletableFuture[]::new));
        });
    }
}
