package io.allywatch.query.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.ArticleExtraction;
import io.allywatch.contract.CloudEventTypes;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventType;
import io.allywatch.contract.Evidence;
import io.allywatch.contract.Topics;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicWriter;
import io.allywatch.query.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A newer extractor version re-reads an article: its extraction record (articles.extracted) lists
 * every mention it found, and the read model drops the article's mentions of older versions that it
 * does not list. An event only the older version found is then gone from every answer; one both
 * found stays; one only the newer found appears. Live articles flow meanwhile, replays change
 * nothing, and an older version's mention arriving late does not come back.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ReextractionProjectionIT {
    private static final String OLD = "0.3.0";
    private static final String NEW = "0.4.0";

    private static DesignationEvent designation(String country, DesignationStage stage, String articleId, String version, Instant extractedAt) {
        String eventId = TestEvents.eventId("DESIGNATION|" + country + "|MNNA|" + stage);
        String sentence = "Washington designates " + country + " (" + stage + ").";
        return new DesignationEvent(eventId, TestEvents.mentionId(eventId, articleId), EventType.DESIGNATION, articleId, null, extractedAt,
                version, 0.9, new Evidence(sentence, 0, sentence.length(), "en"), country, "MNNA", stage, false, null);
    }

    private static AidEvent aid(String recipient, long amount, String articleId, String version, Instant extractedAt) {
        String eventId = TestEvents.eventId("AID|USA|" + recipient + "|" + amount + "|" + articleId);
        String sentence = "Washington gives " + amount + " dollars to " + recipient + ".";
        return new AidEvent(eventId, TestEvents.mentionId(eventId, articleId), EventType.AID, articleId, null, extractedAt, version, 0.85,
                new Evidence(sentence, 0, sentence.length(), "en"), "USA", recipient, BigDecimal.valueOf(amount), "USD",
                BigDecimal.valueOf(amount), 2024, false, AidEvent.AidStatus.ACTUAL, AidEvent.AidPurpose.MILITARY, null, null,
                AidEvent.AidScope.MILITARY_SECURITY, null, false, null);
    }

    private static void extraction(String articleId, String version, Instant extractedAt, Event... found) throws Exception {
        extraction(articleId, articleId, version, extractedAt, found);
    }

    /** An extraction record sent under {@code key}: to the partition of the records with that key, after them. */
    private static void extraction(String key, String articleId, String version, Instant extractedAt, Event... found) throws Exception {
        ArticleExtraction x = new ArticleExtraction(articleId, version, extractedAt, found.length == 0 ? "NO_EVENTS" : "EVENTS",
                java.util.Arrays.stream(found).map(Event::mentionId).toList(), null);
        TopicWriter.send(KafkaBrokerTestResource.bootstrapServers(), Topics.ARTICLES_EXTRACTED, key,
                ContractJson.mapper().writeValueAsBytes(x), Map.of("ce_type", CloudEventTypes.EXTRACTION));
    }

    /** Sends the event under {@code key}: to the partition of the records with that key, after them. */
    private static Event sendOnPartitionOf(String key, Event e) throws Exception {
        TopicWriter.send(KafkaBrokerTestResource.bootstrapServers(), Topics.forEventType(e.type()), key,
                ContractJson.mapper().writeValueAsBytes(e), Map.of("ce_type", e.type().ceType()));
        return e;
    }

    private static void await(String what, BooleanSupplier condition) {
        TestEvents.await(what, TestEvents.WAIT).until(condition::getAsBoolean);
    }

    private static int status(String path) {
        return given().get(path).statusCode();
    }

    @Test
    void aNewerVersionReplacesAnArticlesMentionsEventsOnlyTheOldOneFoundAreGone() throws Exception {
        String tag = UUID.randomUUID().toString();
        String article = TestEvents.articleId("reextracted " + tag);
        String untouched = TestEvents.articleId("never re-read " + tag);
        Instant before = Instant.parse("2026-11-01T10:00:00Z");
        Instant after = Instant.parse("2026-12-05T10:00:00Z");
        // Version 0.3.0 read the article: Peru intended (right), Venezuela designated (a false event), aid to Peru.
        DesignationEvent kept = designation("PER", DesignationStage.INTENDED, article, OLD, before);
        DesignationEvent falseEvent = designation("VEN", DesignationStage.DESIGNATED, article, OLD, before);
        AidEvent falseAid = aid("PER", 777_000_000L + tag.hashCode() % 1000, article, OLD, before);
        DesignationEvent other = designation("ARM", DesignationStage.PROPOSED, untouched, OLD, before);
        for (Event e : List.of(kept, falseEvent, falseAid, other)) {
            TestEvents.send(e);
        }
        extraction(article, OLD, before, kept, falseEvent, falseAid);
        TestEvents.awaitMentions(falseEvent.eventId(), 1);
        TestEvents.awaitMentions(falseAid.eventId(), 1);
        TestEvents.awaitMentions(other.eventId(), 1);
        assertThat(given().get("/api/designations").jsonPath().getList("country")).contains("VEN");

        // Version 0.4.0 reads it again: Peru intended again (same mention id), a new step for Peru, no Venezuela, no aid.
        DesignationEvent keptAgain = designation("PER", DesignationStage.INTENDED, article, NEW, after);
        DesignationEvent newlyFound = designation("PER", DesignationStage.DESIGNATED, article, NEW, after);
        // ... while live articles keep coming, read by the new version
        String live = TestEvents.articleId("live " + tag);
        DesignationEvent liveEvent = designation("KEN", DesignationStage.DESIGNATED, live, NEW, after);
        TestEvents.send(keptAgain);
        TestEvents.send(liveEvent);
        TestEvents.send(newlyFound);
        extraction(article, NEW, after, keptAgain, newlyFound);
        extraction(live, NEW, after, liveEvent);

        await("the false designation disappearing", () -> status("/api/events/" + falseEvent.eventId()) == 404);
        await("the false aid disappearing", () -> status("/api/events/" + falseAid.eventId()) == 404);
        TestEvents.awaitMentions(newlyFound.eventId(), 1);
        TestEvents.awaitMentions(liveEvent.eventId(), 1);
        assertThat(given().get("/api/designations").jsonPath().getList("country")).doesNotContain("VEN").contains("PER", "KEN", "ARM");
        assertThat(given().get("/api/designations/VEN").statusCode()).isEqualTo(404);
        assertThat(given().get("/api/aid?recipient=PER").jsonPath().getList("items.eventId")).doesNotContain(falseAid.eventId());
        assertThat(given().get("/api/events?country=VEN").jsonPath().getList("items.eventId")).doesNotContain(falseEvent.eventId());
        var keptNow = given().get("/api/events/" + kept.eventId()).then().statusCode(200).extract().jsonPath();
        assertThat(keptNow.getList("mentions.findAll { it.articleId == '" + article + "' }.extractorVersion")).containsExactly(NEW);
        // an article no newer version has read keeps its mentions
        assertThat(status("/api/events/" + other.eventId())).isEqualTo(200);

        // A mention that the last marker below takes away again.
        AidEvent extractionMarker = aid("MNG", 1, TestEvents.articleId("extraction marker " + tag), OLD, before);
        TestEvents.send(extractionMarker);
        TestEvents.awaitMentions(extractionMarker.eventId(), 1);

        // Replays change nothing: the same records again, and the old version's records arriving late.
        TestEvents.send(keptAgain);
        TestEvents.send(newlyFound);
        extraction(article, NEW, after, keptAgain, newlyFound);
        TestEvents.send(falseEvent);
        TestEvents.send(falseAid);
        extraction(article, OLD, before, kept, falseEvent, falseAid);
        // Markers sent last, each under the key of replayed records, so on their partition and after them: once every
        // marker is projected, so is every record replayed before it. No fixed wait.
        List<Event> markers = List.of(
                sendOnPartitionOf(falseEvent.eventId(), TestEvents.cooperation(List.of("MNG", "USA"), "marker 1 " + tag, after)),
                sendOnPartitionOf(keptAgain.eventId(), TestEvents.cooperation(List.of("MNG", "USA"), "marker 2 " + tag, after)),
                sendOnPartitionOf(newlyFound.eventId(), TestEvents.cooperation(List.of("MNG", "USA"), "marker 3 " + tag, after)),
                sendOnPartitionOf(falseAid.eventId(), aid("MNG", 2, TestEvents.articleId("aid marker " + tag), NEW, after)));
        markers.forEach(m -> TestEvents.awaitMentions(m.eventId(), 1));
        // articles.extracted: a newer reading of the marker article, after the replayed extraction records, drops its mention.
        extraction(article, extractionMarker.articleId(), NEW, after);
        await("the extraction marker to take its mention away", () -> status("/api/events/" + extractionMarker.eventId()) == 404);
        assertThat(status("/api/events/" + falseEvent.eventId())).isEqualTo(404);
        assertThat(status("/api/events/" + falseAid.eventId())).isEqualTo(404);
        assertThat(given().get("/api/events/" + kept.eventId()).jsonPath()
                .getList("mentions.findAll { it.articleId == '" + article + "' }.extractorVersion")).containsExactly(NEW);
        // other tests' articles may report Peru designated too: count this article's mentions only
        assertThat(given().get("/api/events/" + newlyFound.eventId()).jsonPath()
                .getList("mentions.findAll { it.articleId == '" + article + "' }.mentionId")).hasSize(1);
    }

    @Test
    void aUnreadableExtractionRecordGoesToTheDeadLetterTopicAlone() throws Exception {
        String tag = UUID.randomUUID().toString();
        TopicWriter.send(KafkaBrokerTestResource.bootstrapServers(), Topics.ARTICLES_EXTRACTED, "a-broken-" + tag,
                "{\"articleId\":\"a-broken\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("ce_type", CloudEventTypes.EXTRACTION));
        var dead = io.allywatch.kafka.TopicReader.awaitRecords(KafkaBrokerTestResource.bootstrapServers(), Topics.EVENTS_DLQ, TestEvents.WAIT,
                r -> ("a-broken-" + tag).equals(r.key()), 1);
        assertThat(dead).hasSize(1);
        String live = TestEvents.articleId("after the broken record " + tag);
        DesignationEvent after = designation("MNG", DesignationStage.INTENDED, live, NEW, Instant.now());
        TestEvents.send(after);
        TestEvents.awaitMentions(after.eventId(), 1);
    }
}
