package io.allywatch.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.Topics;
import io.allywatch.ingest.messaging.TopicUpToMarker;
import io.allywatch.kafka.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A batch cut after its answer began (the open item of docs/reliability.md): the answer is a 200
 * that streams a line per article, so when the body then stalls (or the client hangs up) no 408 can
 * follow; the connection is closed. The chunks Kafka acknowledged before the cut stay accepted,
 * sending the whole batch again reports them as duplicates and accepts the rest, and
 * {@code articles.raw} holds every article exactly once. Chunks of 50 ({@link RestartableBrokerResource},
 * whose broker this test never stops); the stall timeout is 3 s in the test profile.
 */
@QuarkusTest
@QuarkusTestResource(value = RestartableBrokerResource.class, restrictToAnnotatedClass = true)
class BatchCutAfterAnswerIT {
    private static final String AUTH = "Bearer test-key";
    private static final int LINES = 300;
    /** Lines sent before the cut: three chunks, the last of which is answered only once the next is read. */
    private static final int BEFORE_CUT = 150;
    private static final Duration KAFKA_WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/api/articles/batch")
    URI batchUri;

    @Inject
    UploadLimit limit;

    @Test
    void aBodyThatStallsAfterTheAnswerBeganIsCutAndWhatKafkaTookStaysAccepted() throws Exception {
        cutAfterTheAnswerBegan("stall", batch -> {
            // Nothing more is sent: the stall timeout closes the connection, with whatever answer lines it had.
            List<JsonNode> rest = batch.readUntilClosed();
            await("the place freed").atMost(Duration.ofSeconds(30)).until(() -> limit.inFlight() == 0);
            return rest;
        });
    }

    @Test
    void aClientThatHangsUpAfterTheAnswerBeganLeavesWhatKafkaTookAccepted() throws Exception {
        cutAfterTheAnswerBegan("hang-up", batch -> {
            batch.hangUp();
            await("the place freed").atMost(Duration.ofSeconds(30)).until(() -> limit.inFlight() == 0);
            return List.of();
        });
    }

    private interface Cut {
        /** Cuts the batch; returns the answer lines read after the cut, if any. */
        List<JsonNode> cut(StreamedBatch batch) throws Exception;
    }

    private void cutAfterTheAnswerBegan(String how, Cut cut) throws Exception {
        await("no upload in flight").atMost(Duration.ofSeconds(30)).until(() -> limit.inFlight() == 0);
        String run = UUID.randomUUID().toString();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= LINES; i++) {
            texts.add("Cut-batch article " + i + " (" + how + ") of run " + run + ": Peru and the United States signed an agreement.");
        }
        List<String> lines = texts.stream().map(BatchCutAfterAnswerIT::articleLine).toList();
        List<String> ids = texts.stream().map(ArticleIds::forText).toList();

        List<JsonNode> answered = new ArrayList<>();
        try (StreamedBatch batch = new StreamedBatch(batchUri)) {
            batch.send(lines.subList(0, BEFORE_CUT));
            // The answer has begun: the first two chunks are answered while the third waits to be answered ...
            answered.addAll(batch.readResults(100));
            // ... and Kafka has acknowledged the third (its records are readable).
            Set<String> thirdChunk = Set.copyOf(ids.subList(100, BEFORE_CUT));
            assertThat(TopicReader.awaitRecords(RestartableBrokerResource.bootstrapServers(), Topics.ARTICLES_RAW,
                    KAFKA_WAIT, r -> thirdChunk.contains(r.key()), thirdChunk.size())).hasSize(thirdChunk.size());
            answered.addAll(cut.cut(batch));
        }
        int answeredBeforeCut = answered.size();

        // What was answered before the cut: accepted, in order; never a line past those sent.
        assertThat(answered).hasSizeBetween(100, BEFORE_CUT);
        for (int i = 0; i < answered.size(); i++) {
            assertThat(answered.get(i).get("line").asInt()).isEqualTo(i + 1);
            assertThat(answered.get(i).get("status").asText()).as("line %d", i + 1).isEqualTo("accepted");
        }
        // Every article of the three acknowledged chunks is kept, answered or not.
        for (int i = 0; i < BEFORE_CUT; i++) {
            given().when().get("/api/articles/" + ids.get(i)).then().statusCode(200);
        }

        // The whole batch again: the acknowledged chunks are duplicates, the rest is accepted.
        List<JsonNode> again = post(lines);
        assertThat(again).hasSize(LINES);
        for (int i = 0; i < LINES; i++) {
            assertThat(again.get(i).get("line").asInt()).isEqualTo(i + 1);
            assertThat(again.get(i).get("status").asText()).as("line %d sent again", i + 1)
                    .isEqualTo(i < BEFORE_CUT ? "duplicate" : "accepted");
        }

        // On the topic: every article exactly once.
        Set<String> ours = Set.copyOf(ids);
        List<ConsumerRecord<String, String>> published = TopicUpToMarker.read(RestartableBrokerResource.bootstrapServers())
                .stream().filter(r -> ours.contains(r.key())).toList();
        Map<String, Long> copies = published.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(copies).hasSize(LINES);
        assertThat(copies.values()).containsOnly(1L);
        System.out.printf("[%s] %d lines sent, %d answered (accepted) before the cut, %d kept; sent again: %d duplicate(s), %d accepted;"
                        + " articles.raw: %d article(s), each once%n", how, BEFORE_CUT, answeredBeforeCut, BEFORE_CUT,
                again.stream().filter(r -> r.get("status").asText().equals("duplicate")).count(),
                again.stream().filter(r -> r.get("status").asText().equals("accepted")).count(), copies.size());
    }

    private static String articleLine(String text) {
        try {
            return ContractJson.mapper().writeValueAsString(Map.of("text", text, "lang", "en"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> post(List<String> lines) {
        String body = String.join("\n", lines) + "\n";
        String answer = given().header("Authorization", AUTH)
                .contentType("application/x-ndjson; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch").then().statusCode(200).extract().asString();
        return answer.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return ContractJson.mapper().readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
    }
}
