package io.allywatch.extract.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.contract.CloudEventTypes;
import io.allywatch.engine.ExtractionEngine;
import io.allywatch.engine.ExtractionResult;
import io.allywatch.messaging.SkippedTypes;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One article in, its event mentions and its extraction record out ({@link ExtractionPublisher}).
 * The input is acknowledged only after Kafka has them all, so a crash in between means redelivery
 * (the projector ignores mentions it already has), never a lost event. While Kafka does not take
 * the records (the broker is away), the article is published again, waiting longer each time up to
 * a limit, for as long as it takes: no record is to blame, so none is dead-lettered, and holding the
 * one article holds the consumer. A record that is no article, or one the engine cannot read, is
 * nacked to the dead-letter topic with the reason; any other exception sends it there too.
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

    private final Duration firstRetry;
    private final Duration maxRetry;

    public ArticleExtractionProcessor(ObjectMapper json, ExtractionPublisher publisher, MeterRegistry registry,
                                      SkippedTypes skippedTypes,
                                      @ConfigProperty(name = "allywatch.extract.kafka-retry.first") Duration firstRetry,
                                      @ConfigProperty(name = "allywatch.extract.kafka-retry.max") Duration maxRetry) {
        this.reader = new ArticleRecordReader(json);
        this.publisher = publisher;
        this.registry = registry;
        this.skippedTypes = skippedTypes;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> process(Message<byte[]> record) {
        // Every log line about this article carries its id (a field of its own in JSON logs).
        var meta = record.getMetadata(IncomingKafkaRecordMetadata.class);
        String key = meta.map(m -> (String) m.getKey()).orElse(null);
        String type = meta.map(m -> m.getHeaders().lastHeader(CE_TYPE)).map(h -> new String(h.value(), StandardCharsets.UTF_8)).orElse(null);
        if (type != null && !type.equals(CloudEventTypes.ARTICLE)) {
            // A type this version does not know (a newer producer's v2): left alone, not dead-lettered, and counted.
            skippedTypes.skipped(CHANNEL, type, CloudEventTypes.ARTICLE);
            return record.ack();
        }
        MDC.put("articleId", key == null ? "-" : key);
        try {
            Article article = reader.read(record.getPayload());
            ExtractionResult result = publishUntilKafkaTakesIt(article);
            if (result == null) {
                // Interrupted (the service is stopping): neither acked nor nacked, so read again after the restart.
                return new CompletableFuture<>();
            }
            if (result.outcome() == ExtractionResult.Outcome.UNREADABLE) {
                // Kept in the dead-letter topic, so a later engine (a new language, a fix) can re-drive it.
                registry.counter("allywatch.articles.extracted", "outcome", "unreadable").increment();
                return record.nack(new ArticleRecordReader.UnreadableArticle("extractor " + ExtractionEngine.VERSION
                        + " cannot read article " + article.articleId() + ": " + result.reason()));
            }
            if (result.events().isEmpty()) {
                registry.counter("allywatch.articles.extracted", "outcome", "no-events").increment();
                LOG.debugf("Article %s: no events (%s)", article.articleId(), result.reason());
                return record.ack();
            }
            registry.counter("allywatch.articles.extracted", "outcome", "events").increment();
            LOG.infof("Article %s: %d event(s)", article.articleId(), result.events().size());
            return record.ack();
        } catch (ArticleRecordReader.UnreadableArticle junk) {
            // Nacked, not thrown: a thrown exception is an ERROR with its stack trace per record, and
            // a flood of junk would flood the log. DeadLetterCounter logs these within a budget.
            return record.nack(junk);
        } finally {
            MDC.remove("articleId");
        }
    }

    /**
     * Publishes the article's records, and again while Kafka does not take them; null if interrupted.
     * A second attempt may put a copy of a record that did reach Kafka on its topic: same ids, so the
     * read store keeps one (docs/reliability.md).
     */
    private ExtractionResult publishUntilKafkaTakesIt(Article article) {
        Duration wait = firstRetry;
        for (int attempt = 1; ; attempt++) {
            try {
                ExtractionResult result = publisher.publish(article);
                if (attempt > 1) {
                    LOG.infof("Kafka took the records of article %s at attempt %d", article.articleId(), attempt);
                }
                return result;
            } catch (RuntimeException e) {
                if (!kafkaUnavailable(e)) {
                    throw e;
                }
                registry.counter("allywatch.extract.publish.retries").increment();
                LOG.warnf("Kafka did not take the records of article %s (attempt %d: %s); publishing them again in %d ms",
                        article.articleId(), attempt, e.toString(), wait.toMillis());
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return null;
            }
            wait = wait.multipliedBy(2).compareTo(maxRetry) > 0 ? maxRetry : wait.multipliedBy(2);
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
}
