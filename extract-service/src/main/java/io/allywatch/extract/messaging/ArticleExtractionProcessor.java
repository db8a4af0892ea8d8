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
 * no offset is committed past a record that is not yet in the dead-letter topic. While Kafka does
 * not take the records (the broker is away), the articles are published again, waiting longer each
 * time up to a limit, for as long as it takes: no record is to blame, so none is dead-lettered, and
 * holding the batch holds the consumer.
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
    private final Duration firstRetry;
    private final Duration maxRetry;

    public ArticleExtractionProcessor(ObjectMapper json, ExtractionPublisher publisher, MeterRegistry registry,
                                      SkippedTypes skippedTypes, DeadLetterCounter deadLetters,
                                      @ConfigProperty(name = "mp.messaging.incoming.articles-in.dead-letter-queue.topic") String deadLetterTopic,
                                      @ConfigProperty(name = "allywatch.extract.kafka-retry.first") Duration firstRetry,
                                      @ConfigProperty(name = "allywatch.extract.kafka-retry.max") Duration maxRetry) {
        this.reader = new ArticleRecordReader(json);
        this.publisher = publisher;
        this.registry = registry;
        this.skippedTypes = skippedTypes;
        this.deadLetters = deadLetters;
        this.deadLetterTopic = deadLetterTopic;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
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
        long start = System.nanoTime();
        List<ExtractionPublisher.Output> outputs = inputs.isEmpty() ? List.of() : publishUntilKafkaTakesThem(inputs);
        if (outputs == null) {
            // Interrupted (the service is stopping): neither acked nor nacked, so read again after the restart.
            return new CompletableFuture<>();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Batch of %d record(s): %d article(s) extracted and published in %d ms", n, inputs.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        for (int k = 0; k < outputs.size(); k++) {
            int i = places.get(k);
            ExtractionPublisher.Output out = outputs.get(k);
            String articleId = inputs.get(k).article().articleId();
            ExtractionResult result = out.result();
            if (out.failure() != null) {
                failures[i] = out.failure();
            } else if (result.outcome() == ExtractionResult.Outcome.UNREADABLE) {
                // Kept in the dead-letter topic, so a later engine (a new language, a fix) can re-drive it.
                registry.counter("allywatch.articles.extracted", "outcome", "unreadable").increment();
                failures[i] = new ArticleRecordReader.UnreadableArticle("extractor " + ExtractionEngine.VERSION
                        + " cannot read article " + articleId + ": " + result.reason());
            } else if (result.events().isEmpty()) {
                registry.counter("allywatch.articles.extracted", "outcome", "no-events").increment();
            } else {
                registry.counter("allywatch.articles.extracted", "outcome", "events").increment();
                // Every log line about this article carries its id (a field of its own in JSON logs).
                MDC.put("articleId", articleId);
                try {
                    LOG.infof("Article %s: %d event(s)", articleId, result.events().size());
                } finally {
                    MDC.remove("articleId");
                }
            }
        }
        return settle(records, failures);
    }

    /**
     * Publishes the articles' records, and those Kafka did not take again while it does not take them; null if
     * interrupted. A second attempt may put a copy of a record that did reach Kafka on its topic: same ids, so the
     * read store keeps one (docs/reliability.md).
     */
    private List<ExtractionPublisher.Output> publishUntilKafkaTakesThem(List<ExtractionPublisher.Input> inputs) {
        List<ExtractionPublisher.Output> outputs = new ArrayList<>(publisher.publishAll(inputs));
        Duration wait = firstRetry;
        for (int attempt = 2; ; attempt++) {
            List<Integer> again = new ArrayList<>();
            for (int k = 0; k < outputs.size(); k++) {
                if (outputs.get(k).failure() != null && kafkaUnavailable(outputs.get(k).failure())) {
                    again.add(k);
                }
            }
            if (again.isEmpty()) {
                return outputs;
            }
            registry.counter("allywatch.extract.publish.retries").increment(again.size());
            LOG.warnf("Kafka did not take the records of %d article(s) (%s); publishing them again in %d ms (attempt %d)",
                    again.size(), outputs.get(again.get(0)).failure().toString(), wait.toMillis(), attempt);
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return null;
            }
            wait = wait.multipliedBy(2).compareTo(maxRetry) > 0 ? maxRetry : wait.multipliedBy(2);
            List<ExtractionPublisher.Output> retried = publisher.publishAll(again.stream().map(inputs::get).toList());
            for (int j = 0; j < again.size(); j++) {
                outputs.set(again.get(j), retried.get(j));
            }
        }
    }

    /** A send that timed out or failed with a retriable Kafka error: the broker is away, not the record to blame. */
    static boolean kafkaUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.smallrye.mutiny.TimeoutException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof org.apache.kafka.common.errors.RetriableException) {
                return true;
            }
        }
        return false;
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
