package io.allywatch.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.ingest.messaging.TopicUpToMarker;
import io.allywatch.contract.ArticleIds;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Replicas share the database: an id another replica stored (this one never saw it, so its own
 * lookup skips it) is refused by the primary key, reported as a duplicate and not published again,
 * while the other lines of its chunk are still taken.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class AnotherReplicaIT {

    @Inject
    DataSource db;

    @Test
    void anIdStoredByAnotherReplicaIsADuplicateAndTheRestOfTheChunkIsTaken() throws Exception {
        String run = UUID.randomUUID().toString();
        List<String> texts = List.of("First of run " + run + ": Peru and the United States signed an agreement.",
                "Second of run " + run + ": Chile and Peru agreed on joint exercises.",
                "Third of run " + run + ": Colombia hosted the talks.");
        String theirs = ArticleIds.forText(texts.get(1));
        try (Connection c = db.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "insert into ingest.received_article (article_id, body, received_at) values (?, ?, ?)")) {
            insert.setString(1, theirs);
            insert.setString(2, texts.get(1));
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }

        StringBuilder body = new StringBuilder();
        texts.forEach(t -> body.append("{\"text\":\"").append(t).append("\"}\n"));
        String answer = given().header("Authorization", "Bearer test-key").contentType("application/x-ndjson; charset=UTF-8")
                .body(body.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch").then().statusCode(200).extract().asString();
        List<String> lines = answer.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"status\":\"accepted\"");
        assertThat(lines.get(1)).contains("\"status\":\"duplicate\"").contains(theirs);
        assertThat(lines.get(2)).contains("\"status\":\"accepted\"");

        Set<String> ids = Set.of(ArticleIds.forText(texts.get(0)), theirs, ArticleIds.forText(texts.get(2)));
        List<ConsumerRecord<String, String>> published = TopicUpToMarker.read(KafkaBrokerTestResource.bootstrapServers())
                .stream().filter(r -> ids.contains(r.key())).toList();
        assertThat(published).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(ArticleIds.forText(texts.get(0)), ArticleIds.forText(texts.get(2)));
    }
}
