package io.allywatch.extract.articles;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventSchemas;
import io.allywatch.contract.EventType;
import io.allywatch.engine.ExtractionEngine;
import io.allywatch.engine.ExtractionResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One article in, its event mentions out. The input is acknowledged only after Kafka has every
 * event, so a crash in between means redelivery (the projector ignores mentions it already has),
 * never a lost event. An exception here sends the input record to the dead-letter topic.
 */
@ApplicationScoped
public class ArticleExtractionProcessor {
    private static final Logger LOG = Logger.getLogger(ArticleExtractionProcessor.class);

    private final ExtractionEngine engine;
    private final ArticleRecordReader reader;
    private final MutinyEmitter<Event> allianceEvents;
    private final MutinyEmitter<Event> aidEvents;
    private final Duration publishTimeout;
    private final MeterRegistry registry;
    private final Timer extractionTime;

    public ArticleExtractionProcessor(ExtractionEngine engine, ObjectMapper json, MeterRegistry registry,
                                      @Channel("alliance-events-out") MutinyEmitter<Event> allianceEvents,
                                      @Channel("aid-events-out") MutinyEmitter<Event> aidEvents,
                                      @ConfigProperty(name = "allywatch.extract.publish-timeout") Duration publishTimeout) {
        this.engine = engine;
        this.reader = new ArticleRecordReader(json);
        this.allianceEvents = allianceEvents;
        this.aidEvents = aidEvents;
        this.publishTimeout = publishTimeout;
        this.registry = registry;
        this.extractionTime = Timer.builder("allywatch.extraction.time")
                .description("Time the engine spends on one article").register(registry);
    }

    @Incoming("articles-in")
    @Blocking
    public void process(ConsumerRecord<String, byte[]> record) {
        // Every log line about this article carries its id (a field of its own in JSON logs).
        MDC.put("articleId", record.key() == null ? "-" : record.key());
        try {
            Article article = reader.read(record.value());
            ExtractionResult result = extractionTime.record(() -> engine.extract(article));
            if (result.outcome() == ExtractionResult.Outcome.UNREADABLE) {
                // Kept in the dead-letter topic, so a later engine (a new language, a fix) can re-drive it.
                registry.counter("allywatch.articles.extracted", "outcome", "unreadable").increment();
                throw new ArticleRecordReader.UnreadableArticle("extractor " + ExtractionEngine.VERSION
                        + " cannot read article " + article.articleId() + ": " + result.reason());
            }
            if (result.events().isEmpty()) {
                registry.counter("allywatch.articles.extracted", "outcome", "no-events").increment();
                LOG.debugf("Article %s: no events (%s)", article.articleId(), result.reason());
                return;
            }
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
            Uni.join().all(sends).andFailFast().await().atMost(publishTimeout);
            registry.counter("allywatch.articles.extracted", "outcome", "events").increment();
            for (Event event : result.events()) {
                registry.counter("allywatch.events.published", "type", event.type().name()).increment();
            }
            LOG.infof("Article %s: %d event(s)", article.articleId(), result.events().size());
    
        } finally {
            MDC.remove("articleId");
        }
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
