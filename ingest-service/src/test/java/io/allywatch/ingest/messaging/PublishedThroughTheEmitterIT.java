package io.allywatch.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.Topics;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * With tracing on, records go through the channel's emitter and the connector (which opens the
 * producer spans) instead of straight to the producer: the same records come out, acknowledged the
 * same way, plus the trace context the connector adds. Tracing is switched on here through the
 * channel's own setting, so no collector is needed.
 */
@QuarkusTest
@TestProfile(PublishedThroughTheEmitterIT.TracingOn.class)
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class PublishedThroughTheEmitterIT {
    private static final String AUTH = "Bearer test-key";

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(KafkaTracingSwitch.TRACING_ENABLED, "true");
        }
    }

    @Test
    void aNearDuplicateBatchIsPublishedWithTheSameHeadersAsTheDirectWay() {
        // No random marker: it would move the fingerprints' borderline bits, and about one run in
        // fifty the edit below would then land more than the allowed 3 bits away. The store is
        // cleaned at start-up for this profile, so the fixed text is new every run.
        String original = "US President Donald Trump intends to designate Peru as a major non-NATO ally, another "
                + "sign of the deepening security ties between Washington and Lima, the White House said on Friday "
                + "in a statement that also praised Lima's fight against drug trafficking and organised crime. "
                + "The designation gives Peru access to surplus US military equipment, priority delivery of defence "
                + "material and the chance to take part in cooperative research and development projects.";
        String edited = original.replace("on Friday", "late on Friday");
        String answer = given().header("Authorization", AUTH).contentType("application/x-ndjson; charset=UTF-8")
                .body(("{\"text\":\"" + original + "\"}\n{\"text\":\"" + edited + "\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/articles/batch").then().statusCode(200).extract().asString();
        List<String> lines = answer.lines().toList();
        assertThat(lines).hasSize(2).allMatch(l -> l.contains("\"status\":\"accepted\""));
        String originalId = ArticleIds.forText(original);
        String editedId = ArticleIds.forText(edited);
        assertThat(lines.get(1)).contains("\"nearDuplicateOf\":\"" + originalId + "\"");

        List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(KafkaBrokerTestResource.bootstrapServers(),
                Topics.ARTICLES_RAW, Duration.ofSeconds(60), r -> r.key().equals(originalId) || r.key().equals(editedId), 2);
        assertThat(records).hasSize(2);
        for (ConsumerRecord<String, String> r : records) {
            PublishedRecords.assertCloudEvent(r, r.key().equals(editedId) ? originalId : null, true);
        }
    }
}
