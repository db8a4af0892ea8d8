package io.allywatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.contract.ContractJson;
import io.allywatch.e2e.CliProcess.Result;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code allywatch replay} against a running stack: the seeds are run through the pipeline, every
 * answer of query-service is recorded, the read store is rebuilt from the event topics, and the
 * answers are the same the moment replay returns (it waits until the rebuilt store has caught up).
 */
class ReplayPipelineIT {
    private static final Path REPO = CliProcess.REPO;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** query-service's consumer group and topics (its application.properties). */
    private static final String GROUP = "query-service";
    private static final List<String> EVENT_TOPICS = List.of("events.alliance", "events.aid");
    private static CliProcess.Stack stack;

    @BeforeAll
    static void runSeeds() throws Exception {
        stack = CliProcess.Stack.onFreePorts("replay");
        Result run = cli("run", "--detach", "--seeds", REPO.resolve("seeds").toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @AfterAll
    static void down() throws Exception {
        if (stack != null) {
            stack.down();
        }
    }

    @Test
    void replayRebuildsTheReadStoreAndEveryAnswerIsTheSameWhenItReturns() throws Exception {
        Map<String, String> before = answers();
        assertThat(before.get("/api/designations")).contains("\"PER\"", "\"COL\"", "\"ARG\"");
        assertThat(before.keySet()).as("one entry per event").anyMatch(path -> path.startsWith("/api/events/e-"));
        long pidBefore = queryServicePid();

        Result replay = cli("replay");
        assertThat(replay.exitCode()).as(replay.output()).isZero();
        assertThat(replay.output()).contains("Stopping query-service", "Emptied the read store", "Replayed");
        assertThat(replay.output()).containsPattern("\\((?!0 )\\d+ records to project\\)");
        assertThat(queryServicePid()).as("query-service was restarted on an empty store").isNotEqualTo(pidBefore);

        // No waiting here: replay returns only once the rebuilt store has caught up with the topics.
        assertThat(lag()).as("records of the event topics not yet projected when replay returned").isZero();
        Map<String, String> after = answers();
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, body) -> assertThat(after.get(path)).as(path).isEqualTo(body));
    }

    @Test
    void reextractReadsEveryStoredArticleAgainAndTheSameVersionChangesNoEvent() throws Exception {
        Map<String, Integer> mentionsBefore = mentionCounts();
        String designationsBefore = stages();
        assertThat(mentionsBefore).isNotEmpty();

        Result reextract = cli("reextract");
        assertThat(reextract.exitCode()).as(reextract.output()).isZero();
        assertThat(reextract.output()).contains("Read 5 articles again", "The read store has caught up");

        // Same engine, same mentions (same ids): every event stays, none is counted twice, none appears.
        assertThat(mentionCounts()).isEqualTo(mentionsBefore);
        assertThat(stages()).isEqualTo(designationsBefore);
    }

    /** Each event's mention count, by event id. */
    private static Map<String, Integer> mentionCounts() throws Exception {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        String cursor = null;
        do {
            String path = "/api/events?limit=100" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode json = ContractJson.mapper().readTree(body(path));
            json.get("items").forEach(item -> counts.put(item.get("eventId").asText(), item.get("mentionCount").asInt()));
            cursor = json.get("nextCursor").isNull() ? null : json.get("nextCursor").asText();
        } while (cursor != null);
        return counts;
    }

    /** Each country's stage, as /api/designations answers. */
    private static String stages() throws Exception {
        StringBuilder b = new StringBuilder();
        for (JsonNode row : ContractJson.mapper().readTree(body("/api/designations"))) {
            b.append(row.get("country").asText()).append('=').append(row.get("stage").asText()).append(' ');
        }
        return b.toString();
    }

    /** Every read answer of query-service over the seeds, by path: lists, each country, each event, aid. */
    private static Map<String, String> answers() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        String designations = body("/api/designations");
        answers.put("/api/designations", designations);
        answers.put("/api/designations?asOf=2020-01-01", body("/api/designations?asOf=2020-01-01"));
        for (JsonNode row : ContractJson.mapper().readTree(designations)) {
            String path = "/api/designations/" + row.get("country").asText();
            answers.put(path, body(path));
        }
        List<String> eventIds = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/api/events?limit=2" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            String page = body(path);
            answers.put(path, page);
            JsonNode json = ContractJson.mapper().readTree(page);
            json.get("items").forEach(item -> eventIds.add(item.get("eventId").asText()));
            cursor = json.get("nextCursor").isNull() ? null : json.get("nextCursor").asText();
        } while (cursor != null);
        for (String eventId : eventIds) {
            answers.put("/api/events/" + eventId, body("/api/events/" + eventId));
        }
        for (String path : List.of("/api/aid", "/api/aid/summary?groupBy=recipient", "/api/aid/summary?groupBy=year",
                "/api/aid/summary?groupBy=purpose")) {
            answers.put(path, body(path));
        }
        return answers;
    }

    private static long queryServicePid() throws IOException {
        // The CLI keeps one pid file per component under --home (StackLayout).
        try (var files = Files.walk(stack.home())) {
            Path pid = files.filter(p -> p.getFileName().toString().equals(GROUP + ".pid")).findFirst()
                    .orElseThrow(() -> new AssertionError("no query-service.pid under " + stack.home()));
            return Long.parseLong(Files.readString(pid).trim());
        }
    }

    /** Records on the event topics that query-service's group has not committed yet. */
    private static long lag() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + stack.kafkaPort());
        try (Admin admin = Admin.create(p)) {
            List<TopicPartition> partitions = admin.describeTopics(EVENT_TOPICS).allTopicNames().get().values().stream()
                    .flatMap(d -> d.partitions().stream().map(i -> new TopicPartition(d.name(), i.partition()))).toList();
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get();
            return partitions.stream().mapToLong(tp -> ends.get(tp)
                    - (committed.get(tp) == null ? 0 : committed.get(tp).offset())).sum();
        }
    }

    private static String body(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.queryPort() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return response.body();
    }

    static Result cli(String... args) throws Exception {
        return stack.cli(args);
    }
}
