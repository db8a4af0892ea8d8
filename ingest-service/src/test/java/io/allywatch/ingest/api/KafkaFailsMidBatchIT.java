package io.allywatch.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.ingest.messaging.TopicUpToMarker;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.Topics;
import io.allywatch.kafka.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Kafka stops in the middle of a pipelined batch (chunks of 50 here): the lines whose chunk Kafka
 * acknowledged are reported accepted, the first line of the chunk it did not confirm is reported
 * {@code unavailable} with a Retry-After, and nothing is answered after it. The chunks Kafka did
 * not confirm are kept for the outbox (Kafka may have appended some of their records). Sending the
 * same batch again once Kafka is back reports the acknowledged and the kept lines as duplicates
 * and takes the rest; afterwards every line is on the topic exactly once: nothing acknowledged is
 * lost or published twice, no line is accepted twice.
 */
@QuarkusTest
@TestProfile(KafkaFailsMidBatchIT.PatientUploads.class)
@QuarkusTestResource(value = RestartableBrokerResource.class, restrictToAnnotatedClass = true)
class KafkaFailsMidBatchIT {
    /**
     * The test holds the batch's body open while it waits for Kafka to acknowledge the third chunk and
     * stops the broker: on a busy machine that took longer than the test profile's 3 s body-stall
     * timeout, which then cut the upload (a broken pipe, not what this test is about).
     */
    public static class PatientUploads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("allywatch.ingest.body-stall-timeout", "90S");
        }
    }

    private static final String AUTH = "Bearer test-key";
    private static final ObjectMapper JSON = ContractJson.mapper();
    private static final int LINES = 300;
    /** Lines sent before the broker stops: three chunks. */
    private static final int BEFORE_STOP = 150;
    private static final Duration KAFKA_WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/api/articles/batch")
    URI batchUri;

    @Test
    void whatKafkaAcknowledgedStaysAcceptedAndARetryPublishesOnlyTheRest() throws Exception {
        String run = UUID.randomUUID().toString();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= LINES; i++) {
            texts.add("Mid-batch article " + i + " of run " + run + ": Peru and the United States signed an agreement.");
        }
        List<String> lines = texts.stream().map(KafkaFailsMidBatchIT::articleLine).toList();
        Map<String, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < LINES; i++) {
            lineOf.put(ArticleIds.forText(texts.get(i)), i + 1);
        }

        List<JsonNode> results;
        try (StreamedBatch batch = new StreamedBatch(batchUri)) {
            batch.send(lines.subList(0, BEFORE_STOP));
            // The service answers a chunk once it has read the next one (chunks overlap), so 100
            // answers are due now while the third chunk (lines 101-150) waits for its acks ...
            List<JsonNode> early = batch.readResults(100);
            assertThat(early).allMatch(r -> r.get("status").asText().equals("accepted"));
            // ... which Kafka gives: the third chunk's records are readable, so acknowledged.
            Set<String> thirdChunk = Set.copyOf(ids(texts.subList(100, BEFORE_STOP)));
            assertThat(TopicReader.awaitRecords(RestartableBrokerResource.bootstrapServers(), Topics.ARTICLES_RAW,
                    KAFKA_WAIT, r -> thirdChunk.contains(r.key()), thirdChunk.size())).hasSize(thirdChunk.size());

            RestartableBrokerResource.stopBroker();
            batch.send(lines.subList(BEFORE_STOP, LINES));
            batch.end();
            results = new ArrayList<>(early);
            results.addAll(batch.readResults(Integer.MAX_VALUE));
        }

        // Lines 1-150 accepted (their chunks were acknowledged), line 151 unavailable, nothing after it.
        assertThat(results).hasSize(BEFORE_STOP + 1);
        for (int i = 0; i < BEFORE_STOP; i++) {
            assertThat(results.get(i).get("line").asInt()).isEqualTo(i + 1);
            assertThat(results.get(i).get("status").asText()).as("line %d", i + 1).isEqualTo("accepted");
        }
        JsonNode stop = results.get(BEFORE_STOP);
        assertThat(stop.get("line").asInt()).isEqualTo(BEFORE_STOP + 1);
        assertThat(stop.get("status").asText()).isEqualTo("unavailable");
        assertThat(stop.get("retryAfterSeconds").asLong()).isEqualTo(7);
        assertThat(stop.get("reason").asText()).contains("Kafka is unavailable");
        // What Kafka did not confirm is kept: the service knows it, the outbox will publish it.
        given().when().get("/api/articles/" + ArticleIds.forText(texts.get(BEFORE_STOP))).then().statusCode(200);

        RestartableBrokerResource.restartBroker();
        // Sent again as a client would: while the producer reconnects a try may stop early again;
        // each try goes on from its first line not taken, as the CLI does.
        Map<Integer, List<String>> statusesOf = new HashMap<>();
        int[] from = {0};
        await("every line answered once Kafka is back").atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    List<JsonNode> answer = post(lines.subList(from[0], LINES));
                    int taken = 0;
                    for (JsonNode r : answer) {
                        String status = r.get("status").asText();
                        if (status.equals("unavailable")) {
                            break;
                        }
                        statusesOf.computeIfAbsent(from[0] + r.get("line").asInt(), k -> new ArrayList<>()).add(status);
                        taken = r.get("line").asInt();
                    }
                    from[0] += taken;
                    return from[0] == LINES;
                });
        for (int line = 1; line <= BEFORE_STOP; line++) {
            assertThat(statusesOf.get(line)).as("line %d", line).containsOnly("duplicate");
        }
        // The chunk Kafka did not confirm was kept: its lines are known. A try stopped part-way may
        // also have left a later chunk kept or taken: its lines come back as duplicates on the next
        // try. Never is one accepted twice.
        assertThat(statusesOf.get(BEFORE_STOP + 1)).containsExactly("duplicate");
        for (int line = BEFORE_STOP + 1; line <= LINES; line++) {
            assertThat(statusesOf.get(line)).as("line %d", line).isNotEmpty()
                    .allMatch(st -> st.equals("accepted") || st.equals("duplicate"));
            assertThat(statusesOf.get(line).stream().filter("accepted"::equals)).as("line %d", line).hasSizeLessThanOrEqualTo(1);
        }

        // On the topic, once the outbox has settled the kept rows (older than twice the publish
        // timeout): every article exactly once, including those taken before the stop.
        Map<String, Long>[] copies = new Map[1];
        await("the outbox publishes what Kafka lacked").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    copies[0] = TopicUpToMarker.read(RestartableBrokerResource.bootstrapServers()).stream()
                            .filter(r -> lineOf.containsKey(r.key()))
                            .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
                    return copies[0].size() == LINES;
                });
        assertThat(copies[0].values()).as("each line once on articles.raw").containsOnly(1L);
    }

    private static List<String> ids(List<String> texts) {
        return texts.stream().map(ArticleIds::forText).toList();
    }

    private static String articleLine(String text) {
        try {
            return JSON.writeValueAsString(Map.of("text", text, "lang", "en"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer lines, or none when the service answers 503 (Kafka not back yet: nothing taken). */
    private static List<JsonNode> post(List<String> lines) {
        String body = String.join("\n", lines) + "\n";
        io.restassured.response.Response response = given().header("Authorization", AUTH)
                .contentType("application/x-ndjson; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch");
        if (response.statusCode() == 503) {
            return List.of();
        }
        assertThat(response.statusCode()).isEqualTo(200);
        return response.asString().lines().map(parse()).toList();
    }

    private static Function<String, JsonNode> parse() {
        return l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        };
    }
}
