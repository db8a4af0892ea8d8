package io.allywatch.query.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.allywatch.contract.ContractJson;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.Topics;
import io.allywatch.kafka.TopicReader;
import io.allywatch.kafka.TopicWriter;
import io.allywatch.query.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Outages of what the service depends on. Readiness follows them: down while Kafka or the database
 * cannot be reached, up again once they are back, while liveness stays up (a restart would not
 * help). And records that arrive while the database is away wait for it rather than being dead-
 * lettered. Real outages: the broker process and the database server are stopped and started again.
 */
@QuarkusTest
@QuarkusTestResource(value = OutageResource.class, restrictToAnnotatedClass = true)
class OutageIT {
    // Bound on how long the clients may take to notice an outage or a recovery (not a measure).
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void readinessIsDownWhileKafkaIsAwayAndUpWhenItIsBack() throws Exception {
        awaitReady(200);
        OutageResource.stopKafka();
        try {
            Response down = awaitReady(503);
            assertThat(downChecks(down)).anyMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("messaging"));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            OutageResource.startKafka();
        }
        awaitReady(200);
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsAwayAndUpWhenItIsBack() throws Exception {
        awaitReady(200);
        OutageResource.stopDatabase();
        try {
            Response down = awaitReady(503);
            assertThat(downChecks(down)).contains("Database connections health check");
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            OutageResource.startDatabase();
        }
        awaitReady(200);
    }

    @Test
    void anEventArrivingWhileTheDatabaseIsAwayIsProjectedWhenItIsBackAndNotDeadLettered() throws Exception {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        CooperationEvent event = TestEvents.cooperation(List.of("BLZ", "USA"), "outage " + System.nanoTime(), TestEvents.EXTRACTED);
        awaitReady(200);
        double waitsBefore = storeUnavailableCount();
        OutageResource.stopDatabase();
        try {
            TopicWriter.send(bootstrap, Topics.EVENTS_ALLIANCE, event.eventId(), ContractJson.mapper().writeValueAsBytes(event),
                    Map.of("ce_type", event.type().ceType()));
            // The projector has tried, found the store away, and is waiting to try again.
            TestEvents.await("the projector to report the database as unreachable", WAIT).pollInterval(Duration.ofMillis(200))
                    .until(() -> storeUnavailableCount() > waitsBefore);
        } finally {
            OutageResource.startDatabase();
        }
        TestEvents.awaitMentions(event.eventId(), 1);
        given().get("/api/events/" + event.eventId()).then().statusCode(200).body("mentionCount", equalTo(1));
        assertThat(TopicReader.readAll(bootstrap, Topics.EVENTS_DLQ, Duration.ofSeconds(2)))
                .noneSatisfy(r -> assertThat(r.value()).contains(event.mentionId()));
    }

    private static double storeUnavailableCount() {
        return given().get("/q/metrics").asString().lines()
                .filter(line -> line.startsWith("allywatch_projection_store_unavailable_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Polls /q/health/ready until it answers with {@code status}; fails after {@link #WAIT}. */
    private static Response awaitReady(int status) {
        return TestEvents.await("readiness " + status, WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/q/health/ready"), r -> r.statusCode() == status);
    }

    private static List<String> downChecks(Response r) {
        List<Map<String, Object>> checks = JsonPath.from(r.asString()).getList("checks");
        return checks.stream().filter(c -> "DOWN".equals(c.get("status"))).map(c -> (String) c.get("name")).toList();
    }
}
