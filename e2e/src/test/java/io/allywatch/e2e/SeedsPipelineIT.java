package io.allywatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.EventSchemas;
import io.allywatch.e2e.CliProcess.Result;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The pipeline as a user runs it: {@code allywatch run} on the five seeds, with Kafka and the three
 * packaged services each in a process of its own, then the same seeds again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedsPipelineIT {
    private static final Path REPO = CliProcess.REPO;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static CliProcess.Stack stack;
    private static String runOutput;

    @BeforeAll
    static void runSeeds() throws Exception {
        stack = CliProcess.Stack.onFreePorts("seeds");
        Result run = cli("run", "--detach", "--seeds", REPO.resolve("seeds").toString());
        runOutput = run.output();
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @AfterAll
    static void down() throws Exception {
        if (stack != null) {
            stack.down();
        }
    }

    @Test
    @Order(1)
    void runPrintsTheDesignationsWithTheirEvidence() {
        assertThat(runOutput).contains("5 accepted");
        assertThat(lineFor("PER")).contains("INTENDED").contains("intends to designate Peru");
        // Seed 003 announces the intent (2022-03-10); seed 000 names Colombia among the countries that hold the status.
        assertThat(lineFor("COL")).contains("DESIGNATED");
        assertThat(lineFor("ARG")).contains("DESIGNATED").contains("1998");
        assertThat(lineFor("BRA")).contains("DESIGNATED").contains("2019");
        assertThat(runOutput).contains("http://127.0.0.1:" + stack.queryPort() + "/api/designations");
    }

    @Test
    @Order(2)
    void peruTimelineShowsTheIntentWithItsSentenceAndTheConflictingClaim() throws Exception {
        JsonNode peru = get("/api/designations/PER");
        assertThat(peru.get("stage").asText()).isEqualTo("INTENDED");
        assertThat(peru.get("conflict").asBoolean()).isTrue();
        JsonNode intended = step(peru, "INTENDED");
        List<String> sentences = StreamSupport.stream(intended.get("mentions").spliterator(), false)
                .map(m -> m.get("evidence").get("text").asText()).toList();
        assertThat(sentences).anyMatch(s -> s.contains("intends to designate Peru as a major non-NATO ally"));
        assertThat(intended.get("sources").asInt()).isEqualTo(2);
        assertThat(step(peru, "DESIGNATED").get("mentions").get(0).get("evidence").get("text").asText())
                .contains("elevated Peru");
    }

    @Test
    @Order(3)
    void backgroundDesignationsCarryTheirYear() throws Exception {
        assertThat(get("/api/designations/ARG").get("since").asText()).isEqualTo("1998");
        assertThat(get("/api/designations/BRA").get("since").asText()).isEqualTo("2019");
        JsonNode colombia = get("/api/designations/COL");
        assertThat(colombia.get("stage").asText()).isEqualTo("DESIGNATED");
        assertThat(step(colombia, "INTENDED").get("date").asText()).isEqualTo("2022-03-10");
        assertThat(step(colombia, "DESIGNATED").get("historical").asBoolean()).isTrue();
        JsonNode asOf2020 = get("/api/designations?asOf=2020-01-01");
        assertThat(countries(asOf2020)).contains("ARG", "BRA").doesNotContain("COL", "PER");
    }

    @Test
    @Order(4)
    void kcatReadsTheEventsWithTheirCloudEventsHeaders() throws Exception {
        Process kcat;
        try {
            kcat = new ProcessBuilder("kcat", "-b", "127.0.0.1:" + stack.kafkaPort(), "-C", "-t", "events.alliance", "-e",
                    "-q", "-f", "%k\\t%h\\t%s\\n").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("kcat is needed for this test (run ./allywatch test, which installs it, or apt-get install -y kcat)", e);
        }
        String out = new String(kcat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kcat.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            String[] parts = line.split("\t", 3);
            assertThat(parts[1]).contains("ce_type=io.allywatch.").contains("ce_specversion=1.0").contains("ce_id=");
            JsonNode event = ContractJson.mapper().readTree(parts[2]);
            assertThat(event.get("eventId").asText()).isEqualTo(parts[0]);
            assertThat(EventSchemas.validateEvent(event)).isEmpty();
        });
    }

    @Test
    @Order(5)
    void theSameSeedsAgainAreDuplicatesAndDoubleNothing() throws Exception {
        JsonNode before = get("/api/designations");
        JsonNode peruBefore = get("/api/designations/PER");
        long eventsBefore = countRecords("events.alliance");

        Result again = cli("ingest", REPO.resolve("seeds").toString());
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("0 accepted, 5 duplicate(s), 0 rejected");

        assertThat(countRecords("events.alliance")).isEqualTo(eventsBefore);
        assertThat(get("/api/designations")).isEqualTo(before);
        assertThat(get("/api/designations/PER")).isEqualTo(peruBefore);
    }

    private static long countRecords(String topic) throws Exception {
        Process kcat = new ProcessBuilder("kcat", "-b", "127.0.0.1:" + stack.kafkaPort(), "-C", "-t", topic, "-e", "-q",
                "-f", "%o\\n").redirectErrorStream(true).start();
        String out = new String(kcat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        kcat.waitFor(30, TimeUnit.SECONDS);
        return out.lines().filter(l -> !l.isBlank()).count();
    }

    private static String lineFor(String country) {
        return runOutput.lines().filter(l -> l.startsWith(country + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + country + " in:\n" + runOutput));
    }

    private static JsonNode step(JsonNode timeline, String stage) {
        for (JsonNode s : timeline.get("timeline")) {
            if (s.get("stage").asText().equals(stage)) {
                return s;
            }
        }
        throw new AssertionError("no " + stage + " step in " + timeline);
    }

    private static List<String> countries(JsonNode rows) {
        List<String> result = new ArrayList<>();
        rows.forEach(r -> result.add(r.get("country").asText()));
        return result;
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.queryPort() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return ContractJson.mapper().readTree(response.body());
    }

    static Result cli(String... args) throws Exception {
        return stack.cli(args);
    }
}
