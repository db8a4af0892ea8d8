package io.allywatch.query.api;

import static io.allywatch.query.TestEvents.awaitMentions;
import static io.allywatch.query.TestEvents.designation;
import static io.allywatch.query.TestEvents.send;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Brazil, Kenya and Mongolia: countries no other test uses. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class DesignationReferenceIT {
    static final DesignationEvent BRAZIL = designation("BRA", DesignationStage.DESIGNATED, "ref-bra", "2019", true,
            "Argentina gained this status in 1998 and Brazil in 2019.");
    static final DesignationEvent KENYA = designation("KEN", DesignationStage.INTENDED, "ref-ken", "2024-05-23", false,
            "Biden said he would designate Kenya as a major non-NATO ally.");
    static final DesignationEvent MONGOLIA = designation("MNG", DesignationStage.INTENDED, "ref-mng", "2026-01-05", false,
            "Washington intends to designate Mongolia as a major non-NATO ally.");

    private static boolean projected;

    /** Once per class, but after Quarkus has set up RestAssured (which a static @BeforeAll runs before). */
    @BeforeEach
    void project() {
        if (projected) {
            return;
        }
        projected = true;
        for (DesignationEvent e : new DesignationEvent[] {BRAZIL, KENYA, MONGOLIA}) {
            send(e);
        }
        for (DesignationEvent e : new DesignationEvent[] {BRAZIL, KENYA, MONGOLIA}) {
            awaitMentions(e.eventId(), 1);
        }
    }

    @Test
    void eachDesignationSaysWhetherItAgreesWithTheReferenceList() {
        given().get("/api/designations").then().statusCode(200)
                .body("find { it.country == 'BRA' }.agreesWithReference", equalTo(true))
                .body("find { it.country == 'BRA' }.reference.inEffect", equalTo("2019-07-31"))
                // The news knows only Kenya's announcement; the reference says it has taken effect.
                .body("find { it.country == 'KEN' }.agreesWithReference", equalTo(false))
                .body("find { it.country == 'KEN' }.reference.stage", equalTo("DESIGNATED"))
                .body("find { it.country == 'MNG' }.agreesWithReference", equalTo(false))
                .body("find { it.country == 'MNG' }.reference.reason", containsString("not in the reference list"));

        // Between Kenya's announcement and its designation, the news and the reference agree.
        given().get("/api/designations?asOf=2024-05-30").then().statusCode(200)
                .body("find { it.country == 'KEN' }.stage", equalTo("INTENDED"))
                .body("find { it.country == 'KEN' }.agreesWithReference", equalTo(true));
        // Mid-2019 the news (a year-only date) says designated; the reference says only announced.
        given().get("/api/designations?asOf=2019-06-01").then().statusCode(200)
                .body("find { it.country == 'BRA' }.agreesWithReference", equalTo(false))
                .body("find { it.country == 'BRA' }.reference.stage", equalTo("INTENDED"));
    }

    @Test
    void theTimelineAnswersAsOfADate() {
        given().get("/api/designations/KEN?asOf=2024-05-01").then().statusCode(200)
                .body("asOf", equalTo("2024-05-01"))
                .body("stage", nullValue())
                .body("timeline[0].afterAsOf", equalTo(true))
                .body("timeline[0].mentions[0].evidence.text", equalTo(KENYA.evidence().text()));
        given().get("/api/designations/ken?asOf=2024-06-01").then().statusCode(200)
                .body("stage", equalTo("INTENDED"))
                .body("since", equalTo("2024-05-23"))
                .body("timeline[0].afterAsOf", equalTo(false))
                .body("agreesWithReference", equalTo(true))
                .body("reference.reason", containsString("INTENDED since 2024-05-23"));
        // Kenya took effect on 2024-06-24: a month later the news (intent only) differs from the reference.
        given().get("/api/designations/KEN?asOf=2024-07-24").then().statusCode(200)
                .body("stage", equalTo("INTENDED"))
                .body("agreesWithReference", equalTo(false))
                .body("reference.reason", containsString("DESIGNATED"));
        given().get("/api/designations/KEN?asOf=2024-13-01").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("asOf"));
    }
}
