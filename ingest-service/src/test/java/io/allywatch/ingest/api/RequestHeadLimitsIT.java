package io.allywatch.ingest.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import io.allywatch.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * An over-long request target is a 414 and over-large headers a 431, both problem+json
 * (http-common's RequestHeadLimits, the same in every service); only past Vert.x's ceiling
 * (64 KiB) is the answer Vert.x's own, empty one.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class RequestHeadLimitsIT {

    @Test
    void anOverLongUriIs414Problem() {
        given().get("/api/articles/a-" + "0".repeat(5000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414)).body("detail", containsString("at most 4096"));
    }

    @Test
    void overLargeHeadersAre431Problem() {
        given().header("X-Padding", "p".repeat(20_000)).get("/q/health/ready")
                .then().statusCode(431).contentType("application/problem+json")
                .body("status", equalTo(431)).body("detail", containsString("at most 16384"));
    }

    @Test
    void aRequestWithinTheLimitsIsServed() {
        given().header("X-Padding", "p".repeat(10_000)).queryParam("q", "x".repeat(3000)).get("/q/health/ready")
                .then().statusCode(200);
    }

    @Test
    void pastTheCeilingVertxAnswersItselfWithoutABody() {
        given().get("/api/articles/a-" + "0".repeat(70_000))
                .then().statusCode(414).body(emptyString());
    }
}
