package io.allywatch.extract.messaging;

import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleExtraction;
import io.allywatch.contract.CloudEventTypes;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventSchemas;
import io.allywatch.contract.EventType;
import io.allywatch.engine.ExtractionEngine;
import io.allywatch.engine.ExtractionResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs the engine over articles and publishes what it read: each event mention to its topic,
 * then, once Kafka has all of that article's events, the article's {@link ArticleExtraction}
 * (every mention this extractor version found in it) to {@code articles.extracted}, so a read model
 * can drop the mentions an older version found and this one does not. Used for live articles and
 * when the stored articles are read again ({@link Reextraction}) alike.
 *
 * <p>Articles come in batches (what one poll returned): the engine reads them on every core, all
 * their records are sent at once, and the batch waits once for Kafka's acknowledgements instead of
 * twice per article. Each article keeps its own outcome: one whose records Kafka did not take (or
 * whose events are invalid) fails alone.
 */
@ApplicationScoped
public class ExtractionPublisher {
    private static final Logger LOG = Logger.getLogger(ExtractionPublisher.class);
    private final ExtractionEngine engine;
    private final MutinyEmitter<Event> allianceEvents;
    private final MutinyEmitter<Event> aidEvents;
    private final MutinyEmitter<ArticleExtraction> extractions;
    private final Duration publishTimeout;
    private final MeterRegistry registry;
    private final Timer extractionTime;

    /** One article to extract and the trace its records continue (null: none). */
    public record Input(Article article, TracingMetadata trace) {
    }

    /** What the engine read from one article, and why its records are not all on Kafka (null: they are). */
    public record Output(ExtractionResult result, RuntimeException failure) {
    }

    // A batch's records are handed to the emitters at once; the sink takes up to its max-inflight-messages,
    // the rest waits here (bounded by the batch: at most max.poll.records articles and their events).
    public ExtractionPublisher(ExtractionEngine engine, MeterRegistry registry,
                               @Channel("alliance-events-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<Event> allianceEvents,
                               @Channel("aid-events-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<Event> aidEvents,
                               @Channel("extractions-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<ArticleExtraction> extractions,
                               @ConfigProperty(name = "allywatch.extract.publish-timeout") Duration publishTimeout) {
        this.engine = engine;
        this.allianceEvents = allianceEvents;
        this.aidEvents = aidEvents;
        this.extractions = extractions;
        this.publishTimeout = publishTimeout;
        this.registry = registry;
        this.extractionTime = Timer.builder("allywatch.extraction.time")
                .description("Time the engine spends on one article").register(registry);
    }

    /** Extracts and publishes one article; returns what the engine read. Throws when Kafka does not take the records in time. */
    public ExtractionResult publish(Article article) {
        Output out = publishAll(List.of(new Input(article, null))).get(0);
        if (out.failure() != null) {
            throw out.failure();
        }
        return out.result();
    }

    /**
     * Extracts the articles (in parallel) and publishes their records, then waits (at most the
     * publish timeout) until Kafka has acknowledged them. Returns one output per input, in order;
     * an output's failure says why that article's records are not all on Kafka.
     */
    public List<Output> publishAll(List<Input> inputs) {
        int n = inputs.size();
        long started = System.nanoTime();
        ExtractionResult[] results = new ExtractionResult[n];
        RuntimeException[] failures = new RuntimeException[n];
        // The engine is safe to share between threads: read the batch on every core.
        IntStream.range(0, n).parallel().forEach(i -> {
            Article article = inputs.get(i).article();
            // Every log line about this article (the engine's too) carries its id, whichever thread reads it.
            MDC.put("articleId", article.articleId() == null ? "-" : article.articleId());
            try {
                results[i] = extractionTime.record(() -> engine.extract(article));
            } catch (RuntimeException e) {
                failures[i] = e;
            } finally {
                MDC.remove("articleId");
            }
        });
        long extracted = System.nanoTime();
        List<CompletableFuture<Void>> published = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            published.add(failures[i] != null ? CompletableFuture.failedFuture(failures[i]) : send(inputs.get(i), results[i]));
        }
        long deadline = System.nanoTime() + publishTimeout.toNanos();
        List<Output> outputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RuntimeException failure = await(published.get(i), deadline);
            if (failure == null) {
                for (Event event : results[i].events()) {
                    registry.counter("allywatch.events.published", "type", event.type().name()).increment();
                }
            }
            outputs.add(new Output(results[i], failure));
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%d article(s): engine %d ms (wall, on every core), then Kafka's acknowledgements %d ms", n,
                    (extracted - started) / 1_000_000, (System.nanoTime() - extracted) / 1_000_000);
        }
        return outputs;
    }

    /** Sends an article's events, and once Kafka has them all its extraction record; completes when that is acknowledged. */
    private CompletableFuture<Void> send(Input input, ExtractionResult result) {
        List<CompletableFuture<Void>> sends = new ArrayList<>(result.events().size());
        for (Event event : result.events()) {
            List<String> errors = EventSchemas.validateEvent(event);
            if (!errors.isEmpty()) {
                // A bug in the engine, not in the article: keep the article for a re-drive after the fix.
                return CompletableFuture.failedFuture(new IllegalStateException("extractor " + ExtractionEngine.VERSION
                        + " produced an invalid " + event.type() + " event: " + String.join("; ", errors)));
            }
        }
        for (Event event : result.events()) {
            sends.add(emitterFor(event.type()).sendMessage(traced(toMessage(event), input.trace())).subscribeAsCompletionStage());
        }
        // After the events: a reader that sees this record may already find every mention it lists.
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                .thenCompose(v -> extractions.sendMessage(traced(extractionMessage(input.article(), result), input.trace()))
                        .subscribeAsCompletionStage());
    }

    private static RuntimeException await(CompletableFuture<Void> future, long deadline) {
        try {
            future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (TimeoutException e) {
            return new IllegalStateException("Kafka did not acknowledge the article's records within the publish timeout", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    private static <T> Message<T> traced(Message<T> message, TracingMetadata trace) {
        // The records of an article continue its trace (a batch's records are traced one by one, none current).
        return trace == null ? message : message.addMetadata(trace);
    }

    private MutinyEmitter<Event> emitterFor(EventType type) {
        return type == EventType.AID ? aidEvents : allianceEvents;
    }

    private static Message<ArticleExtraction> extractionMessage(Article article, ExtractionResult result) {
        String articleId = result.articleId() != null ? result.articleId() : article.articleId();
        ArticleExtraction extraction = new ArticleExtraction(articleId, ExtractionEngine.VERSION, Instant.now(),
                result.outcome().name(), result.events().stream().map(Event::mentionId).distinct().toList(), result.reason());
        return Message.of(extraction)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(articleId).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(articleId + "@" + ExtractionEngine.VERSION)
                        .withType(CloudEventTypes.EXTRACTION)
                        .withTimestamp(extraction.extractedAt().atZone(ZoneOffset.UTC))
                        .build());
    }

    private static Message<Event> toMessage(Event event) {
        return Message.of(event)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.eventId()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.mentionId())
                        .withType(event.type().ceType())
                        .withTimestamp(event.extractedAt().atZone(ZoneOffset.UTC))
                        .build());
    }
}
