package io.allywatch.query.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.query.TestEvents;
import io.allywatch.query.store.EventMention;
import io.allywatch.query.store.EventRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * With several replicas, each projects its own partitions into the shared database; a replica must
 * still show, within max-staleness, a designation that another replica wrote.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class DesignationCacheIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aDesignationWrittenByAnotherReplicaShowsUpWithoutALocalChange() throws Exception {
        // Warm the caches first, so a stale copy exists.
        given().get("/api/designations").then().statusCode(200);
        given().get("/api/designations/NZL").then().statusCode(404);

        // What another replica's projector commits: rows, and no event in this JVM.
        QuarkusTransaction.requiringNew().run(() -> {
            Instant seen = Instant.parse("2026-11-23T10:00:00Z");
            EventRecord row = new EventRecord();
            row.eventId = "e-0000000000000000000c0ffe";
            row.type = "DESIGNATION";
            row.country = "NZL";
            row.countries = EventRecord.countriesColumn(java.util.List.of("NZL"));
            row.stage = "DESIGNATED";
            row.date = "1997";
            row.historical = true;
            row.confidence = 0.9;
            row.mentionCount = 1;
            row.sourceCount = 1;
            row.firstSeen = seen;
            row.lastSeen = seen;
            row.payload = "{}";
            row.persist();
            EventMention m = new EventMention();
            m.mentionId = "m-0000000000000000000c0ffe";
            m.eventId = row.eventId;
            m.articleId = "a-0000000000000000000c0ffe";
            m.extractedAt = seen;
            m.extractorVersion = "test";
            m.confidence = 0.9;
            m.date = "1997";
            m.historical = true;
            m.evidenceText = "New Zealand became a major non-NATO ally in 1997.";
            m.evidenceStart = 0;
            m.evidenceEnd = m.evidenceText.length();
            m.evidenceLang = "en";
            m.payload = "{}";
            m.persist();
        });

        try {
            awaitListed();
        } finally {
            // Rows no topic holds: other tests (ReplayIT) rebuild the store from the topics.
            QuarkusTransaction.requiringNew().run(() -> {
                EventMention.deleteById("m-0000000000000000000c0ffe");
                EventRecord.deleteById("e-0000000000000000000c0ffe");
            });
        }
    }

    private static void awaitListed() {
        TestEvents.await("NZL listed", WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/designations").asString().contains("\"NZL\""));
        given().get("/api/designations/NZL").then().statusCode(200).body("stage", equalTo("DESIGNATED"));
        given().get("/api/designations").then().statusCode(200)
                .body("find { it.country == 'NZL' }.since", equalTo("1997"));
    }
}
