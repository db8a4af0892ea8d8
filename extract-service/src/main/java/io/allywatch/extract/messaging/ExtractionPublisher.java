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
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Runs the engine over one article and publishes what it read: each event mention to its topic,
 * then, once Kafka has them all, the article's {@link ArticleExtraction} (every mention this
 * extractor version found in it) to {@code articles.extracted}, so a read model can drop the
 * mentions an older version found and this one does not. Used for live articles and when the
 * stored articles are read again ({@link Reextraction}) alike.
 */
@ApplicationScoped
public class ExtractionPublisher {
    private final ExtractionEngine engine;
    private final MutinyEmitter<Event> allianceEvents;
    private final MutinyEmitter<Event> aidEvents;
    private final MutinyEmitter<ArticleExtraction> extractions;
    private final Duration publishTimeout;
    private final MeterRegistry registry;
    private final Timer extractionTime;

    public ExtractionPublisher(ExtractionEngine engine, MeterRegistry registry,
                               @Channel("alliance-events-out") MutinyEmitter<Event> allianceEvents,
                               @Channel("aid-events-out") MutinyEmitter<Event> aidEvents,
                               @Channel("extractions-out") MutinyEmitter<ArticleExtraction> extractions,
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

    /** Extracts and publishes; returns what the engine read. Throws when Kafka does not take the records in time. */
    public ExtractionResult publish(Article article) {
        ExtractionResult result = extractionTime.record(() -> engine.extract(article));
        List<Uni<Void>> sends = new ArrayList<>();
        for (Event event : result.events()) {
            List<String> errors = EventSchemas.validateEvent(event);
            if (!errors.isEmpty()) {
                // A bug in the engine, not in the article: keep the article for a re-drive after the fix.
                throw new IllegalStateException("extractor " + ExtractionEngine.VERSION
                        + " produced an invalid " + event.type() + " event: " + String.join("; ", errors));
            }
            sends.add(emitterFor(event.type()).sendMessage(toMessage(event)));
        }
        if (!sends.isEmpty()) {
            Uni.join().all(sends).andFailFast().await().atMost(publishTimeout);
        }
        // After the events: a reader that sees this record may already find every mention it lists.
        String articleId = result.articleId() != null ? result.articleId() : article.articleId();
        ArticleExtraction extraction = new ArticleExtraction(articleId, ExtractionEngine.VERSION, java.time.Instant.now(),
                result.outcome().name(), result.events().stream().map(Event::mentionId).distinct().toList(), result.reason());
        extractions.sendMessage(Message.of(extraction)
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(articleId).build())
                        .addMetadata(OutgoingCloudEventMetadata.builder()
                                .withId(articleId + "@" + ExtractionEngine.VERSION)
                                .withType(CloudEventTypes.EXTRACTION)
                                .withTimestamp(extraction.extractedAt().atZone(ZoneOffset.UTC))
                                .build()))
                .await().atMost(publishTimeout);
        for (Event event : result.events()) {
            registry.counter("allywatch.events.published", "type", event.type().name()).increment();
        }
        return result;
    }

    private MutinyEmitter<Event> emitterFor(EventType type) {
        return type == EventType.AID ? aidEvents : allianceEvents;
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
