package io.allywatch.ingest.articles;

import io.allywatch.contract.Article;
import io.allywatch.contract.CloudEventTypes;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Publishes accepted articles to the raw-articles channel; the caller waits for Kafka's acknowledgement. */
@ApplicationScoped
public class ArticlePublisher {
    /** Kafka header naming the earlier article a near-duplicate repeats (absent otherwise). */
    public static final String NEAR_DUPLICATE_HEADER = "allywatch_near_duplicate_of";

    private final MutinyEmitter<Article> articles;

    /** One record to publish: the article and, for a near-duplicate, the id it repeats. */
    public record Outgoing(Article article, String nearDuplicateOf) {
    }

    public ArticlePublisher(@Channel("articles-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                            MutinyEmitter<Article> articles) {
        this.articles = articles;
    }

    /**
     * Sends all records now and returns at once; the future completes when the broker has every
     * one (acks=all), or fails with the first error.
     */
    public CompletableFuture<Void> sendAll(List<Outgoing> records) {
        if (records.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            List<Uni<Void>> sends = records.stream().map(r -> articles.sendMessage(message(r))).toList();
            return Uni.join().all(sends).andFailFast().replaceWithVoid().subscribeAsCompletionStage();
        } catch (RuntimeException e) { // e.g. the emitter's buffer is full: the caller compensates
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Message<Article> message(Outgoing record) {
        Article article = record.article();
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> kafka =
                OutgoingKafkaRecordMetadata.<String>builder().withKey(article.articleId());
        if (record.nearDuplicateOf() != null) {
            kafka.withHeaders(new RecordHeaders().add(NEAR_DUPLICATE_HEADER,
                    record.nearDuplicateOf().getBytes(StandardCharsets.UTF_8)));
        }
        return Message.of(article)
                .addMetadata(kafka.build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(article.articleId())
                        .withType(CloudEventTypes.ARTICLE)
                        .withTimestamp(article.receivedAt().atZone(ZoneOffset.UTC))
                        .build());
    }
}
