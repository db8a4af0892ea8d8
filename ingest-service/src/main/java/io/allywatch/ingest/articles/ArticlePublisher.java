package io.allywatch.ingest.articles;

import io.allywatch.contract.Article;
import io.allywatch.contract.CloudEventTypes;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes an accepted article to the raw-articles channel and waits for Kafka's acknowledgement. */
@ApplicationScoped
public class ArticlePublisher {
    private final MutinyEmitter<Article> articles;
    private final Duration timeout;

    public ArticlePublisher(@Channel("articles-out") MutinyEmitter<Article> articles,
                            @ConfigProperty(name = "allywatch.ingest.publish-timeout") Duration timeout) {
        this.articles = articles;
        this.timeout = timeout;
    }

    /** Returns once the broker has the record (acks=all); throws if it cannot within the timeout. */
    public void publish(Article article) {
        Message<Article> message = Message.of(article)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.articleId()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(article.articleId())
                        .withType(CloudEventTypes.ARTICLE)
                        .withTimestamp(article.receivedAt().atZone(ZoneOffset.UTC))
                        .build());
        articles.sendMessage(message).await().atMost(timeout);
    }
}
