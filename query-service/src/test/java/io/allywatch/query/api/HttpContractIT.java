package io.allywatch.query.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.isA;
import static org.hamcrest.Matchers.notNullValue;

import io.allywatch.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The HTTP contract of the read endpoints (docs/contract.md), pinned without waiting for any
 * projection: status codes, content types, and an RFC 9457 problem naming the parameter for every
 * bad one. Shares the application (and broker) the other ITs boot, so it adds no start-up.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class HttpContractIT {
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private static void problem(String path, int status, String detail) {
        given().get(path).then().statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status)).body("title", notNullValue()).body("detail", containsString(detail));
    }

    @Test
    void theReadEndpointsAnswerJson() {
        given().get("/api/designations").then().statusCode(200).contentType(JSON).body("$", isA(java.util.List.class));
        given().get("/api/designations?asOf=2020-01-01").then().statusCode(200).contentType(JSON);
        given().get("/api/events?limit=1").then().statusCode(200).contentType(JSON)
                .body("limit", equalTo(1)).body("items", isA(java.util.List.class));
        given().get("/api/events?type=aid&country=per&since=2026-01-01&until=2026-12-31").then().statusCode(200).contentType(JSON)
                .body("items.type", everyItem(equalTo("AID")));
        given().get("/api/aid?limit=1&offset=0").then().statusCode(200).contentType(JSON)
                .body("limit", equalTo(1)).body("offset", equalTo(0)).body("total", isA(Integer.class));
        given().get("/api/aid/summary?groupBy=year&status=ACTUAL").then().statusCode(200).contentType(JSON)
                .body("groupBy", equalTo("year")).body("groups", isA(java.util.List.class));
    }

    @Test
    void badParametersAreProblemsThatNameThem() {
        problem("/api/designations?asOf=yesterday", 400, "asOf must be a date");
        problem("/api/designations/XYZ", 400, "not an ISO 3166-1 alpha-3 country code");
        problem("/api/designations/NOR?mentionsPerStep=-1", 400, "mentionsPerStep must be a whole number");
        problem("/api/events?type=RUMOUR", 400, "type must be one of DESIGNATION, AID, COOPERATION");
        problem("/api/events?country=XX", 400, "country must be an ISO 3166-1 alpha-3 country code");
        problem("/api/events?since=last-week", 400, "since must be a date");
        problem("/api/events?limit=0", 400, "limit must be a whole number from 1 to 500");
        problem("/api/events?cursor=not-one-of-ours", 400, "cursor");
        problem("/api/events/nope", 400, "is not an event id");
        problem("/api/aid?fromYear=last", 400, "fromYear must be a year");
        problem("/api/aid?fromYear=2020&toYear=2010", 400, "fromYear (2020) is after toYear (2010)");
        problem("/api/aid?purpose=FUN", 400, "purpose must be one of");
        problem("/api/aid?offset=-1", 400, "offset must be a whole number");
        problem("/api/aid/summary", 400, "groupBy must be one of");
        problem("/api/aid/summary?groupBy=country", 400, "groupBy must be one of recipient, year, purpose, program, donor, scope");
        problem("/api/events/stream?type=RUMOUR", 400, "type must be one of");
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        problem("/api/events/e-000000000000000000000000", 404, "No event e-000000000000000000000000 has been projected.");
        problem("/api/designations/NOR", 404, "No designation claim about Norway (NOR)");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/dashboard.js", "/api/events?limit=1", "/api/events?limit=0", "/q/health/ready"}) {
            given().get(path).then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
    }
}
