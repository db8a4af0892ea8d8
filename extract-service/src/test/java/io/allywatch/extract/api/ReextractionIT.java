package io.allywatch.extract.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.EventSchemas;
import io.allywatch.contract.Topics;
import io.allywatch.engine.ExtractionEngine;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicReader;
import io.allywatch.kafka.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every article read gets its extraction record on articles.extracted, after its events; POST
 * /api/reextract reads every stored article again and publishes them anew, while live articles
 * keep flowing.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ReextractionIT {
    private static final Duration WAIT = Duration.ofSeconds(45);

    private static String send(String text) throws Exception {
        String articleId = ArticleIds.forText(text);
        Article article = new Article(articleId, null, null, null, Instant.parse("2025-12-12T00:00:00Z"), null, text, Instant.now());
        TopicWriter.send(KafkaBrokerTestResource.bootstrapServers(), Topics.ARTICLES_RAW, articleId, ContractJson.mapper().writeValueAsBytes(article),
                Map.of("ce_type", "io.allywatch.article.v1"));
        return articleId;
    }

    private static List<ConsumerRecord<String, String>> extractions(String articleId, int atLeast) {
        return TopicReader.awaitRecords(KafkaBrokerTestResource.bootstrapServers(), Topics.ARTICLES_EXTRACTED, WAIT,
                r -> articleId.equals(r.key()), atLeast);
    }

    @Test
    void eachArticleReadHasItsExtractionRecordListingEveryMention() throws Exception {
        String withEvents = send("US President Donald Trump intends to designate Peru as a major non-NATO ally. Ref " + UUID.randomUUID() + ".");
        String without = send("The orchestra played Mozart to a full house on Saturday. Ref " + UUID.randomUUID() + ".");

        ConsumerRecord<String, String> record = extractions(withEvents, 1).get(0);
        JsonNode extraction = ContractJson.mapper().readTree(record.value());
        assertThat(EventSchemas.validateExtraction(extraction)).isEmpty();
        assertThat(extraction.get("extractorVersion").asText()).isEqualTo(ExtractionEngine.VERSION);
        assertThat(extraction.get("outcome").asText()).isEqualTo("EVENTS");
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("io.allywatch.extraction.v1");
        List<ConsumerRecord<String, String>> events = TopicReader.awaitRecords(KafkaBrokerTestResource.bootstrapServers(), Topics.EVENTS_ALLIANCE,
                WAIT, r -> r.value().contains(withEvents), 1);
        JsonNode mention = ContractJson.mapper().readTree(events.get(0).value());
        assertThat(extraction.get("mentionIds")).extracting(JsonNode::asText).containsExactly(mention.get("mentionId").asText());

        JsonNode none = ContractJson.mapper().readTree(extractions(without, 1).get(0).value());
        assertThat(none.get("outcome").asText()).isEqualTo("NO_EVENTS");
        assertThat(none.get("mentionIds")).isEmpty();
    }

    @Test
    void reextractionReadsEveryStoredArticleAgainWhileLiveArticlesFlow() throws Exception {
        awaitIdle();
        String stored = send("President Biden notified Congress of his intention to designate Kenya as a major non-NATO ally. Ref "
                + UUID.randomUUID() + ".");
        extractions(stored, 1);

        given().post("/api/reextract").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer test-key").post("/api/reextract").then().statusCode(202)
                .body("state", equalTo("RUNNING")).body("extractorVersion", equalTo(ExtractionEngine.VERSION));
        // a live article while the run goes on: read once, by the live path
        String live = send("Colombia was designated a major non-NATO ally in May 2022. Ref " + UUID.randomUUID() + ".");

        String state = await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/reextract").then().statusCode(200).extract().<String>path("state"),
                        s -> !s.equals("RUNNING"));
        assertThat(state).isEqualTo("DONE");
        Map<String, Object> status = given().get("/api/reextract").then().extract().jsonPath().getMap("");
        assertThat(((Number) status.get("read")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(((Number) status.get("read")).longValue()).isEqualTo(((Number) status.get("articles")).longValue());

        // the stored article was read twice: live, then again; its second extraction lists the same mentions (same ids: idempotent)
        List<ConsumerRecord<String, String>> twice = extractions(stored, 2);
        assertThat(twice).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ContractJson.mapper().readTree(twice.get(1).value()).get("mentionIds"))
                .isEqualTo(ContractJson.mapper().readTree(twice.get(0).value()).get("mentionIds"));
        assertThat(extractions(live, 1)).isNotEmpty();
    }

    @Test
    void aSecondRunWhileOneIsUnderWayIsAConflict() throws Exception {
        awaitIdle();
        // The run is RUNNING from the moment it is accepted, and connecting to Kafka alone takes far
        // longer than the next request: the second start finds it under way.
        given().header("Authorization", "Bearer test-key").post("/api/reextract").then().statusCode(202);
        given().header("Authorization", "Bearer test-key").post("/api/reextract").then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("already running"));
        awaitIdle();
    }

    private static void awaitIdle() {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/api/reextract").then().extract().<String>path("state"), s -> !"RUNNING".equals(s));
    }
}
