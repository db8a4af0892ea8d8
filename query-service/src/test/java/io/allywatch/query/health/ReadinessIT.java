package io.allywatch.query.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * Readiness follows what the service depends on: down while Kafka or the database cannot be
 * reached, up again once they are back, while liveness stays up (a restart would not help).
 * Real outages: the broker process and the database server are stopped and started again.
 */
@QuarkusTest
@QuarkusTestResource(value = OutageResource.class, restrictToAnnotatedClass = true)
class ReadinessIT {
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
        // The database this test can stop is its own H2 server; with -Ppostgres the service runs on the
        // machine's shared PostgreSQL, which a test must not take down.
        assumeTrue("h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class)),
                "the database is PostgreSQL (postgres profile)");
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

    /** Polls /q/health/ready until it answers with {@code status}; fails after {@link #WAIT}. */
    private static Response awaitReady(int status) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Response r = given().get("/q/health/ready");
        while (r.statusCode() != status) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("readiness not " + status + " after " + WAIT.toSeconds() + " s: " + r.asString());
            }
            Thread.sleep(200);
            r = given().get("/q/health/ready");
        }
        return r;
    }

    private static List<String> downChecks(Response r) {
        List<Map<String, Object>> checks = JsonPath.from(r.asString()).getList("checks");
        return checks.stream().filter(c -> "DOWN".equals(c.get("status"))).map(c -> (String) c.get("name")).toList();
    }
}
