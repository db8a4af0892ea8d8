package io.allywatch.query.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.EventType;
import io.allywatch.contract.Evidence;
import io.allywatch.contract.GoldenExamples;
import io.allywatch.contract.Topics;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicReader;
import io.allywatch.kafka.TopicWriter;
import io.allywatch.query.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class EventProjectionIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    static DesignationEvent designation(String country, DesignationStage stage, String articleId, String publishedAt,
                                        String date, boolean historical, String sentence) {
        String eventId = "e-" + ArticleIds.sha256Hex("DESIGNATION|" + country + "|MNNA|" + stage, 12);
        String mentionId = "m-" + ArticleIds.sha256Hex(eventId + "|" + articleId, 12);
        return new DesignationEvent(eventId, mentionId, EventType.DESIGNATION, articleId,
                publishedAt == null ? null : Instant.parse(publishedAt), Instant.parse("2026-11-23T10:00:00Z"), "0.1.0",
                0.9, new Evidence(sentence, 0, sentence.length(), "en"), country, "MNNA", stage, historical, date);
    }

    static void send(DesignationEvent event) throws Exception {
        TopicWriter.send(KafkaBrokerTestResource.bootstrapServers(), Topics.EVENTS_ALLIANCE, event.eventId(),
                ContractJson.mapper().writeValueAsBytes(event), Map.of("ce_type", EventType.DESIGNATION.ceType()));
    }

    static void awaitMentions(String eventId, int count) {
        TestEvents.awaitMentions(eventId, count, WAIT);
    }

    @Test
    void conflictingClaimsAboutOneCountryAreShownAndResolvedByTheStatedRule() throws Exception {
        // Two articles say Peru is intended (one dated), one also says it is already designated.
        DesignationEvent intended000 = designation("PER", DesignationStage.INTENDED, "a-000000000000000000000000",
                "2025-12-12T00:00:00Z", null, false, "Trump intends to designate Peru as a major non-NATO ally.");
        DesignationEvent intended001 = designation("PER", DesignationStage.INTENDED, "a-000000000000000000000001",
                null, null, false, "Trump is expected to designate Peru as a Major Non-NATO Ally.");
        DesignationEvent designated001 = designation("PER", DesignationStage.DESIGNATED, "a-000000000000000000000001",
                null, null, false, "The administration has elevated Peru's status to that of a major non-NATO ally.");
        send(intended000);
        send(intended001);
        send(designated001);
        awaitMentions(intended000.eventId(), 2);
        awaitMentions(designated001.eventId(), 1);

        given().get("/api/designations/PER").then().statusCode(200)
                .body("stage", equalTo("INTENDED"))
                .body("since", equalTo("2025-12-12"))
                .body("conflict", equalTo(true))
                .body("resolution.winner", equalTo(intended000.eventId()))
                .body("resolution.rule", containsString("more independent articles"))
                .body("timeline.stage", hasItem("DESIGNATED"))
                .body("timeline.find { it.stage == 'INTENDED' }.mentions.evidence.text",
                        hasItem("Trump intends to designate Peru as a major non-NATO ally."));

        given().get("/api/designations").then().statusCode(200)
                .body("find { it.country == 'PER' }.stage", equalTo("INTENDED"))
                .body("find { it.country == 'PER' }.sources", equalTo(2))
                .body("find { it.country == 'PER' }.conflict", equalTo(true));
    }

    @Test
    void historicalDesignationsAnswerAsOfQueries() throws Exception {
        DesignationEvent argentina = designation("ARG", DesignationStage.DESIGNATED, "a-000000000000000000000003",
                "2022-03-10T00:00:00Z", "1998", true, "Argentina gained this status in 1998 and Brazil in 2019.");
        send(argentina);
        awaitMentions(argentina.eventId(), 1);

        given().get("/api/designations?asOf=2000-01-01").then().statusCode(200)
                .body("find { it.country == 'ARG' }.stage", equalTo("DESIGNATED"))
                .body("find { it.country == 'ARG' }.since", equalTo("1998"))
                .body("find { it.country == 'ARG' }.historical", equalTo(true));
        given().get("/api/designations?asOf=1997-06-30").then().statusCode(200)
                .body("find { it.country == 'ARG' }", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void redeliveringAMentionChangesNothing() throws Exception {
        DesignationEvent colombia = designation("COL", DesignationStage.INTENDED, "a-000000000000000000000004",
                "2022-03-10T00:00:00Z", "2022-03-10", false, "Biden plans to designate Colombia as a major non-NATO ally.");
        send(colombia);
        awaitMentions(colombia.eventId(), 1);
        String before = given().get("/api/events/" + colombia.eventId()).asString();

        send(colombia);
        send(colombia);
        // A later record on the same partition proves the duplicates were consumed before we look.
        DesignationEvent marker = designation("COL", DesignationStage.INTENDED, "a-000000000000000000000005",
                null, null, false, "Colombia is to be designated a major non-NATO ally.");
        send(marker);
        awaitMentions(colombia.eventId(), 2);

        given().get("/api/events/" + colombia.eventId()).then().statusCode(200)
                .body("mentionCount", equalTo(2)).body("sourceCount", equalTo(2));
        assertThat(before).contains("\"mentionCount\":1");
    }

    @Test
    void goldenExamplesOfEveryTypeAreProjected() throws Exception {
        for (EventType type : EventType.values()) {
            String json = GoldenExamples.eventJson(type);
            String eventId = ContractJson.mapper().readTree(json).get("eventId").asText();
            TopicWriter.send(KafkaBrokerTestResource.bootstrapServers(), Topics.forEventType(type), eventId,
                    json.getBytes(StandardCharsets.UTF_8), Map.of("ce_type", type.ceType()));
            awaitMentions(eventId, 1);
            given().get("/api/events/" + eventId).then().statusCode(200).body("event.type", equalTo(type.name()));
        }
    }

    @Test
    void poisonRecordGoesToTheEventsDeadLetterTopic() throws Exception {
        TopicWriter.send(KafkaBrokerTestResource.bootstrapServers(), Topics.EVENTS_ALLIANCE, "poison-event",
                "{\"type\":\"DESIGNATION\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        var dead = TopicReader.awaitRecords(KafkaBrokerTestResource.bootstrapServers(), Topics.EVENTS_DLQ, WAIT,
                r -> "poison-event".equals(r.key()), 1);
        assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains("not an Event v1");
    }

    @Test
    void badParametersAndUnknownIdsGetProblems() {
        given().get("/api/designations?asOf=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("YYYY-MM-DD"));
        given().get("/api/designations/XYZ").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/designations/NOR").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/events/nope").then().statusCode(400);
        given().get("/api/events/e-000000000000000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/designations/{iso3}"));
    }
}
