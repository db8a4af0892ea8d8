package io.allywatch.query;

import static io.restassured.RestAssured.given;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventType;
import io.allywatch.contract.Evidence;
import io.allywatch.contract.Topics;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Contract events for the integration tests, written to the real broker as extract-service writes them. */
public final class TestEvents {
    /** Generous: two cores are shared with other builds. */
    public static final Duration WAIT = Duration.ofSeconds(45);
    public static final Instant EXTRACTED = Instant.parse("2026-11-23T10:00:00Z");

    private TestEvents() {
    }

    public static String eventId(String canonical) {
        return "e-" + ArticleIds.sha256Hex(canonical, 12);
    }

    public static String mentionId(String eventId, String articleId) {
        return "m-" + ArticleIds.sha256Hex(eventId + "|" + articleId, 12);
    }

    public static String articleId(String name) {
        return "a-" + ArticleIds.sha256Hex(name, 12);
    }

    public static DesignationEvent designation(String country, DesignationStage stage, String article, String date,
                                               boolean historical, String sentence) {
        String eventId = eventId("DESIGNATION|" + country + "|MNNA|" + stage);
        String articleId = articleId(article);
        return new DesignationEvent(eventId, mentionId(eventId, articleId), EventType.DESIGNATION, articleId, null, EXTRACTED,
                "1.0.0", 0.9, new Evidence(sentence, 0, sentence.length(), "en"), country, "MNNA", stage, historical, date);
    }

    public static AidEvent aid(String recipient, String article, long amount, String currency, Long amountUsd, Integer year,
                               AidEvent.AidStatus status, AidEvent.AidPurpose purpose, String program) {
        String eventId = eventId("AID|USA|" + recipient + "|" + amount + "|" + currency + "|" + year + "|" + status + "|" + program);
        String articleId = articleId(article);
        String sentence = "Washington gives " + amount + " " + currency + " to " + recipient + " in " + year + ".";
        return new AidEvent(eventId, mentionId(eventId, articleId), EventType.AID, articleId, null, EXTRACTED, "1.0.0", 0.85,
                new Evidence(sentence, 0, sentence.length(), "en"), "USA", recipient, BigDecimal.valueOf(amount), currency,
                amountUsd == null ? null : BigDecimal.valueOf(amountUsd), year, false, status, purpose, program, null);
    }

    public static CooperationEvent cooperation(List<String> actors, String what, Instant extractedAt) {
        String eventId = eventId("COOPERATION|" + String.join(",", actors) + "|" + what);
        String articleId = articleId(what);
        String sentence = String.join(" and ", actors) + " agreed on " + what + ".";
        return new CooperationEvent(eventId, mentionId(eventId, articleId), EventType.COOPERATION, articleId, null,
                extractedAt, "1.0.0", 0.8, new Evidence(sentence, 0, sentence.length(), "en"), actors,
                CooperationEvent.CooperationKind.AGREEMENT, null);
    }

    public static void send(Event event) {
        try {
            TopicWriter.send(KafkaBrokerTestResource.bootstrapServers(), Topics.forEventType(event.type()), event.eventId(),
                    ContractJson.mapper().writeValueAsBytes(event), Map.of("ce_type", event.type().ceType()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the event is queryable with at least {@code mentions} mentions. */
    public static void awaitMentions(String eventId, int mentions) {
        awaitMentions(eventId, mentions, WAIT);
    }

    public static void awaitMentions(String eventId, int mentions, Duration atMost) {
        await("event " + eventId + " to reach " + mentions + " mention(s)", atMost).until(() -> {
            var response = given().get("/api/events/" + eventId);
            return response.statusCode() == 200 && response.jsonPath().getInt("mentionCount") >= mentions;
        });
    }

    /** Polls (every 100 ms) for what the test expects, failing with {@code what} after {@code atMost}. */
    public static ConditionFactory await(String what, Duration atMost) {
        return Awaitility.await(what).atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100));
    }
}
