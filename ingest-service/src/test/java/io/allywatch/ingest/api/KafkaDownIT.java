package io.allywatch.ingest.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.allywatch.contract.ArticleIds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kafka unreachable (nothing listens on its port): writes get 503 with Retry-After. A publish that
 * times out leaves it open whether the broker has the record, so the rows are kept for the outbox
 * (which publishes them once Kafka is back, unless they are on the topic already) and the same
 * article sent again is a duplicate: never a second record on {@code articles.raw}.
 */
@QuarkusTest
@TestProfile(KafkaDownIT.DeadBroker.class)
class KafkaDownIT {
    private static final String AUTH = "Bearer test-key";
    /** Explicit charset: RestAssured would otherwise append ISO-8859-1, which the batch refuses. */
    private static final String NDJSON_UTF8 = "application/x-ndjson; charset=UTF-8";

    public static class DeadBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String prefix = "mp.messaging.outgoing.articles-out.";
            return Map.of(
                    "kafka.bootstrap.servers", "127.0.0.1:" + deadPort(),
                    prefix + "max.block.ms", "2000",
                    prefix + "request.timeout.ms", "1000",
                    prefix + "delivery.timeout.ms", "2000",
                    "allywatch.ingest.publish-timeout", "4S",
                    "allywatch.ingest.retry-after", "17S");
        }

        /** A port that was free a moment ago and that nothing listens on. */
        private static int deadPort() {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void singleArticleGets503WithRetryAfterAndIsKeptForTheOutbox() {
        String text = "Kafka is down while this article about Peru arrives.";
        given().header("Authorization", AUTH).contentType("text/plain").body(text)
                .when().post("/api/articles")
                .then().statusCode(503)
                .header("Retry-After", "17")
                .contentType("application/problem+json")
                .body("detail", containsString("try again later"));
        given().when().get("/api/articles/" + ArticleIds.forText(text)).then().statusCode(200);
        given().header("Authorization", AUTH).contentType("text/plain").body(text)
                .when().post("/api/articles")
                .then().statusCode(200)
                .body("duplicate", equalTo(true));
    }

    @Test
    void batchGets503WithRetryAfterBeforeAnyLineIsAnswered() {
        given().header("Authorization", AUTH).contentType(NDJSON_UTF8)
                .body("{\"text\":\"first line while Kafka is down\"}\n{\"text\":\"second line\"}\n"
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch")
                .then().statusCode(503)
                .header("Retry-After", "17")
                .contentType("application/problem+json")
                .body("status", equalTo(503));
        given().when().get("/api/articles/" + ArticleIds.forText("second line")).then().statusCode(200);
    }
}
