package io.allywatch.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.ingest.messaging.TopicUpToMarker;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.Topics;
import io.allywatch.ingest.messaging.ArticlePublisher;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class ArticleBatchIT {
    private static final String AUTH = "Bearer test-key";
    /** Explicit charset: RestAssured would otherwise append ISO-8859-1, which the batch refuses. */
    private static final String NDJSON_UTF8 = "application/x-ndjson; charset=UTF-8";
    private static final ObjectMapper JSON = ContractJson.mapper();
    private static final Duration KAFKA_WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/api/articles/batch")
    URI batchUri;

    private static String articleLine(String text) {
        try {
            return JSON.writeValueAsString(java.util.Map.of("text", text, "lang", "en"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts the body as a stream without Content-Length (chunked), as a large upload would be sent. */
    private HttpResponse<Stream<String>> postStreamed(InputStream body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(batchUri)
                .header("Authorization", AUTH)
                .header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    }

    private static List<JsonNode> results(String body) {
        return body.lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
    }

    private static List<JsonNode> post(String body) {
        String answer = given().header("Authorization", AUTH).contentType(NDJSON_UTF8).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch")
                .then().statusCode(200).contentType(ArticleBatchResource.NDJSON)
                .extract().asString();
        return results(answer);
    }

    @Test
    void tenThousandLinesWithSomeBrokenTakeTheGoodOnesOnceAndSayWhyForTheRest() {
        String run = UUID.randomUUID().toString();
        List<String> lines = new ArrayList<>();
        Set<Integer> broken = new HashSet<>();
        for (int i = 1; i <= 10_000; i++) {
            String line;
            if (i % 97 == 0) {
                line = "{\"text\": \"cut off";
            } else if (i % 101 == 0) {
                line = "{\"text\": \"\"}";
            } else if (i % 103 == 0) {
                line = "[" + articleLine("in an array " + i) + "]";
            } else if (i % 107 == 0) {
                line = "{\"text\":\"dated " + i + "\",\"publishedAt\":\"next tuesday\"}";
            } else if (i % 109 == 0) {
                line = "{\"text\":\"dated " + i + "\",\"publishedAt\":\"2999-01-01T00:00:00Z\"}";
            } else {
                line = null;
            }
            if (line == null) {
                line = articleLine("Article " + i + " of run " + run + ": Peru and the United States signed an agreement.");
            } else {
                broken.add(i);
            }
            lines.add(line);
        }
        List<JsonNode> results = post(String.join("\n", lines) + "\n");

        assertThat(results).hasSize(10_000);
        Set<String> accepted = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            int lineNo = i + 1;
            assertThat(r.get("line").asInt()).isEqualTo(lineNo);
            if (broken.contains(lineNo)) {
                assertThat(r.get("status").asText()).as("line %d", lineNo).isEqualTo("rejected");
                assertThat(r.get("code").asInt()).isEqualTo(400);
                assertThat(r.get("reason").asText()).isNotBlank();
            } else {
                assertThat(r.get("status").asText()).as("line %d", lineNo).isEqualTo("accepted");
                assertThat(r.get("articleId").asText()).isEqualTo(ArticleIds.forText(
                        "Article " + lineNo + " of run " + run + ": Peru and the United States signed an agreement."));
                accepted.add(r.get("articleId").asText());
            }
        }
        assertThat(accepted).hasSize(10_000 - broken.size());
        assertThat(results.get(96).get("reason").asText()).contains("not valid JSON");
        assertThat(results.get(100).get("reason").asText()).contains("no text");
        assertThat(results.get(102).get("reason").asText()).contains("JSON object");
        assertThat(results.get(106).get("reason").asText()).contains("ISO-8601");
        assertThat(results.get(108).get("reason").asText()).contains("future");

        List<ConsumerRecord<String, String>> published = TopicUpToMarker.read(KafkaBrokerTestResource.bootstrapServers())
                .stream().filter(r -> accepted.contains(r.key())).toList();
        assertThat(published).hasSize(accepted.size());
        assertThat(published.stream().map(ConsumerRecord::key).distinct()).hasSize(accepted.size());

        // The same batch again: every good line is a duplicate, every bad one still rejected.
        List<JsonNode> again = post(String.join("\n", lines));
        assertThat(again).hasSize(10_000);
        assertThat(again.stream().filter(r -> r.get("status").asText().equals("duplicate"))).hasSize(accepted.size());
        assertThat(again.stream().filter(r -> r.get("status").asText().equals("rejected"))).hasSize(broken.size());
    }

    /**
     * Chunks overlap (the next is stored while Kafka acknowledges the last): a text repeated from
     * a chunk still waiting for Kafka is a duplicate, reported with the first one's id, published once.
     */
    @Test
    void repeatsOfAnEarlierChunkInTheSameBatchAreDuplicatesAndPublishedOnce() {
        String run = UUID.randomUUID().toString();
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            lines.add(articleLine("Story " + i + " of " + run + ": Chile and Peru agreed on joint exercises."));
        }
        for (int i = 1; i <= 600; i++) { // chunks of 500: these repeat the first and second chunk
            lines.add(articleLine("Story " + i + " of " + run + ": Chile and Peru agreed on joint exercises."));
        }
        List<JsonNode> results = post(String.join("\n", lines));

        assertThat(results).hasSize(1200);
        for (int i = 0; i < 600; i++) {
            assertThat(results.get(i).get("status").asText()).as("line %d", i + 1).isEqualTo("accepted");
            assertThat(results.get(600 + i).get("status").asText()).as("line %d", 601 + i).isEqualTo("duplicate");
            assertThat(results.get(600 + i).get("articleId").asText()).isEqualTo(results.get(i).get("articleId").asText());
        }
        Set<String> ids = new HashSet<>();
        results.forEach(r -> ids.add(r.get("articleId").asText()));
        List<ConsumerRecord<String, String>> published = TopicUpToMarker.read(KafkaBrokerTestResource.bootstrapServers())
                .stream().filter(r -> ids.contains(r.key())).toList();
        assertThat(published).hasSize(600);
    }

    @Test
    void aNearDuplicateIsAcceptedAndMarkedWithTheIdItRepeats() {
        // No random marker here: the fingerprint must not change from run to run (the store is fresh per run).
        String original = "US President Donald Trump intends to designate Peru as a major non-NATO ally, another "
                + "sign of the deepening security ties between Washington and Lima, the White House said on Friday "
                + "in a statement that also praised Lima's fight against drug trafficking and organised crime. "
                + "The designation gives Peru access to surplus US military equipment, priority delivery of defence "
                + "material and the chance to take part in cooperative research and development projects with the "
                + "Pentagon. Peru would join Argentina, Brazil and Colombia as the only South American countries "
                + "holding the status, which Congress has thirty days to review before it takes effect.";
        String edited = original.replace("on Friday", "late on Friday").replace(" US military", " American military");
        List<JsonNode> results = post(articleLine(original) + "\n" + articleLine(edited) + "\n");
        String originalId = results.get(0).get("articleId").asText();
        assertThat(results.get(0).has("nearDuplicateOf")).isFalse();
        assertThat(results.get(1).get("status").asText()).isEqualTo("accepted");
        assertThat(results.get(1).get("nearDuplicateOf").asText()).isEqualTo(originalId);

        String editedId = results.get(1).get("articleId").asText();
        List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(
                KafkaBrokerTestResource.bootstrapServers(), Topics.ARTICLES_RAW, KAFKA_WAIT,
                r -> r.key().equals(editedId) || r.key().equals(originalId), 2);
        assertThat(records).hasSize(2);
        for (ConsumerRecord<String, String> r : records) {
            String header = TopicReader.header(r, ArticlePublisher.NEAR_DUPLICATE_HEADER);
            assertThat(header).isEqualTo(r.key().equals(editedId) ? originalId : null);
        }

        // Across requests too (the single endpoint uses the same index).
        String third = original.replace("Friday", "Saturday").replace("organised", "organized");
        given().header("Authorization", AUTH).contentType("text/plain").body(third)
                .when().post("/api/articles").then().statusCode(202).body("nearDuplicateOf", anyOf(equalTo(originalId), equalTo(editedId)));
    }

    @Test
    void languageIsIdentifiedWhenNotDeclaredAndKeptWhenDeclared() throws IOException {
        String german = "Die Vereinigten Staaten wollen Peru zu einem wichtigen Verbündeten außerhalb der NATO "
                + "erklären, teilte das Weiße Haus am Freitag mit. " + UUID.randomUUID();
        String french = "Les États-Unis veulent faire du Pérou un allié majeur hors OTAN, a annoncé la Maison "
                + "Blanche vendredi. " + UUID.randomUUID();
        List<JsonNode> results = post(JSON.writeValueAsString(java.util.Map.of("text", german)) + "\n"
                + JSON.writeValueAsString(java.util.Map.of("text", french, "lang", "fr")) + "\n");
        given().get("/api/articles/" + results.get(0).get("articleId").asText()).then().body("lang", equalTo("de"));
        given().get("/api/articles/" + results.get(1).get("articleId").asText()).then().body("lang", equalTo("fr"));
    }

    @Test
    void aLineOverTheArticleLimitIsRejectedAloneAndTheOthersTaken() {
        String run = UUID.randomUUID().toString();
        String huge = articleLine("x".repeat(5_300_000));
        List<JsonNode> results = post(articleLine("before " + run + " with enough words to be an article") + "\n" + huge
                + "\n" + articleLine("after " + run + " with enough words to be an article") + "\n");
        assertThat(results).extracting(r -> r.get("status").asText()).containsExactly("accepted", "rejected", "accepted");
        assertThat(results.get(1).get("code").asInt()).isEqualTo(413);
        assertThat(results.get(1).get("reason").asText()).contains("at most 5242880");
    }

    @Test
    void aStreamedBatchOverTheLimitKeepsWhatCameBeforeAndSays413ForTheRest() throws Exception {
        String run = UUID.randomUUID().toString();
        byte[] good = (articleLine("Streamed article of run " + run + " about Peru and the United States") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        // 9 MB of blank-padded lines after it: past the 8 MB test limit, sent without Content-Length.
        byte[] padding = ("{\"text\":\"pad " + " ".repeat(1000) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        while (rest.size() < 9 * 1024 * 1024) {
            rest.write(padding);
        }
        InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(good), new java.io.ByteArrayInputStream(rest.toByteArray()))));
        HttpResponse<Stream<String>> response = postStreamed(body);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> results = results(String.join("\n", response.body().toList()));
        assertThat(results.get(0).get("status").asText()).isEqualTo("accepted");
        JsonNode last = results.get(results.size() - 1);
        assertThat(last.get("status").asText()).isEqualTo("rejected");
        assertThat(last.get("code").asInt()).isEqualTo(413);
        assertThat(last.get("reason").asText()).contains("over 8388608 bytes");
        // "pad" lines are one text, so after the first they are duplicates, never rejected.
        assertThat(results.subList(1, results.size() - 1)).allMatch(r -> !r.get("status").asText().equals("rejected"));
    }

    @Test
    void anAnnouncedBodyOverTheBatchLimitIs413BeforeItIsRead() {
        given().header("Authorization", AUTH).contentType(NDJSON_UTF8)
                .body(new byte[9 * 1024 * 1024])
                .when().post("/api/articles/batch").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("per batch"));
    }

    @Test
    void wrongMediaTypeAndMissingKeyAreClearErrors() {
        given().header("Authorization", AUTH).contentType("application/json").body("{\"text\":\"x\"}")
                .when().post("/api/articles/batch").then().statusCode(415).contentType("application/problem+json");
        given().header("Authorization", AUTH).contentType("application/x-ndjson; charset=ISO-8859-1")
                .body("{}".getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/api/articles/batch").then().statusCode(415).body("detail", containsString("UTF-8"));
        given().contentType(NDJSON_UTF8).body("{}".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch").then().statusCode(401);
    }

    @Test
    void nonUtf8BytesRejectOnlyTheirLine() throws IOException {
        String run = UUID.randomUUID().toString();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write((articleLine("good one " + run) + "\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'P', (byte) 0xFF, '"', '}', '\n'});
        body.write((articleLine("good two " + run) + "\n").getBytes(StandardCharsets.UTF_8));
        String answer = given().header("Authorization", AUTH).contentType(NDJSON_UTF8).body(body.toByteArray())
                .when().post("/api/articles/batch").then().statusCode(200).extract().asString();
        List<JsonNode> results = results(answer);
        assertThat(results).extracting(r -> r.get("status").asText()).containsExactly("accepted", "rejected", "accepted");
        assertThat(results.get(1).get("reason").asText()).contains("UTF-8");
    }
}
