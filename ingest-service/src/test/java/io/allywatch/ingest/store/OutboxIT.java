package io.allywatch.ingest.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.CloudEventTypes;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.Topics;
import io.allywatch.ingest.config.MovableClock;
import io.allywatch.ingest.domain.Outbox;
import io.allywatch.ingest.domain.ReceivedArticles;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicReader;
import io.allywatch.kafka.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The outbox on the real store (H2, or PostgreSQL under -Ppostgres) and a real broker: an article
 * acknowledged the normal way is marked published; a row a crash left committed but never on
 * Kafka is published again once it is old enough, and marked.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class OutboxIT {
    @Inject
    ReceivedArticles store;
    @Inject
    Outbox outbox;
    @Inject
    MovableClock clock;

    @Test
    void aRowACrashKeptOffKafkaIsPublishedAgainAndAnAcknowledgedOneIsNot() {
        String acknowledged = "Colombia was designated a major non-NATO ally. Ref " + UUID.randomUUID();
        given().header("Authorization", "Bearer test-key").contentType("text/plain").body(acknowledged)
                .when().post("/api/articles").then().statusCode(202);

        String text = "Kenya was designated a major non-NATO ally in 2004. Ref " + UUID.randomUUID();
        Article orphan = new Article(ArticleIds.forText(text), null, null, null, null, "en", text, clock.instant());
        store.insertNew(Set.of(), known -> List.of(new ReceivedArticles.Row(orphan, OptionalLong.empty(), null)));

        clock.advance(Duration.ofMinutes(2));
        List<String> unpublished = store.unpublished(clock.instant(), 1000).stream().map(r -> r.article().articleId()).toList();
        assertThat(unpublished).contains(orphan.articleId()).doesNotContain(ArticleIds.forText(acknowledged));

        assertThat(outbox.republishStale()).isGreaterThanOrEqualTo(1);
        assertThat(TopicReader.awaitRecords(KafkaBrokerTestResource.bootstrapServers(), Topics.ARTICLES_RAW, Duration.ofSeconds(30),
                r -> r.key().equals(orphan.articleId()), 1)).hasSize(1);
        assertThat(store.unpublished(clock.instant(), 1000)).noneMatch(r -> r.article().articleId().equals(orphan.articleId()));
    }

    /** A kill -9 between Kafka's ack and the mark: the row is unmarked, but Kafka has its record. */
    @Test
    void aRowWhoseRecordKafkaHasAlreadyIsMarkedAndNotPublishedTwice() throws Exception {
        String text = "Tunisia was designated a major non-NATO ally in 2015. Ref " + UUID.randomUUID();
        // Received now by the wall clock, as the broker stamps the record: the test clock may be ahead.
        Article landed = new Article(ArticleIds.forText(text), null, null, null, null, "en", text, java.time.Instant.now());
        store.insertNew(Set.of(), known -> List.of(new ReceivedArticles.Row(landed, OptionalLong.empty(), null)));
        TopicWriter.send(KafkaBrokerTestResource.bootstrapServers(), Topics.ARTICLES_RAW, landed.articleId(),
                ContractJson.mapper().writeValueAsBytes(landed), Map.of("ce_type", CloudEventTypes.ARTICLE));

        clock.advance(Duration.ofMinutes(2));
        assertThat(store.unpublished(clock.instant(), 1000)).anyMatch(r -> r.article().articleId().equals(landed.articleId()));
        outbox.republishStale();

        assertThat(store.unpublished(clock.instant(), 1000)).noneMatch(r -> r.article().articleId().equals(landed.articleId()));
        // republishStale returns once Kafka has what it sent: a copy would be on the topic now.
        assertThat(TopicReader.readAll(KafkaBrokerTestResource.bootstrapServers(), Topics.ARTICLES_RAW, Duration.ofSeconds(30))
                .stream().filter(r -> landed.articleId().equals(r.key()))).hasSize(1);
    }
}
