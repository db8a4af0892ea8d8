package io.allywatch.query.api;

import static io.allywatch.query.TestEvents.aid;
import static io.allywatch.query.TestEvents.awaitMentions;
import static io.allywatch.query.TestEvents.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidStatus;
import io.allywatch.contract.AidEvent;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Aid records and totals for Bolivia (BOL), a recipient no other test uses. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AidIT {
    static final AidEvent ACTUAL_2020 = aid("BOL", "bol-1", 10_000_000, "USD", 10_000_000L, 2020, AidStatus.ACTUAL, AidPurpose.SECURITY, "FMF");
    static final AidEvent PLANNED_2020 = aid("BOL", "bol-1", 5_000_000, "USD", 5_000_000L, 2020, AidStatus.PLANNED, AidPurpose.SECURITY, "FMF");
    static final AidEvent ACTUAL_2021_PEN = aid("BOL", "bol-2", 30_000_000, "PEN", 8_000_000L, 2021, AidStatus.ACTUAL, AidPurpose.MILITARY, "IMET");
    static final AidEvent ACTUAL_2021_EUR = aid("BOL", "bol-3", 2_000_000, "EUR", null, 2021, AidStatus.ACTUAL, AidPurpose.MILITARY, null);
    static final List<AidEvent> ALL = List.of(ACTUAL_2020, PLANNED_2020, ACTUAL_2021_PEN, ACTUAL_2021_EUR);

    private static boolean projected;

    /** Once per class, but after Quarkus has set up RestAssured (which a static @BeforeAll runs before). */
    @BeforeEach
    void project() {
        if (projected) {
            return;
        }
        projected = true;
        ALL.forEach(e -> send(e));
        // A second article reporting the first grant: one event, two mentions, counted once.
        AidEvent again = aid("BOL", "bol-4", 10_000_000, "USD", 10_000_000L, 2020, AidStatus.ACTUAL, AidPurpose.SECURITY, "FMF");
        assertThat(again.eventId()).isEqualTo(ACTUAL_2020.eventId());
        send(again);
        ALL.forEach(e -> awaitMentions(e.eventId(), 1));
        awaitMentions(ACTUAL_2020.eventId(), 2);
    }

    @Test
    void recordsAreFilteredAndPagedNewestYearFirst() {
        JsonPath all = given().get("/api/aid?recipient=BOL").then().statusCode(200).extract().jsonPath();
        assertThat(all.getInt("total")).isEqualTo(ALL.size());
        assertThat(all.getList("items.year", Integer.class)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(all.getInt("items.find { it.eventId == '" + ACTUAL_2020.eventId() + "' }.sourceCount")).isEqualTo(2);
        assertThat(all.getString("items.find { it.eventId == '" + ACTUAL_2020.eventId() + "' }.evidence.text")).contains("BOL");

        assertThat(given().get("/api/aid?recipient=bol&status=planned").jsonPath().getList("items.eventId"))
                .containsExactly(PLANNED_2020.eventId());
        assertThat(given().get("/api/aid?recipient=BOL&fromYear=2021&toYear=2021").jsonPath().getList("items.eventId"))
                .containsExactlyInAnyOrder(ACTUAL_2021_PEN.eventId(), ACTUAL_2021_EUR.eventId());
        assertThat(given().get("/api/aid?recipient=BOL&program=imet").jsonPath().getList("items.eventId"))
                .containsExactly(ACTUAL_2021_PEN.eventId());

        List<String> first = given().get("/api/aid?recipient=BOL&limit=3").jsonPath().getList("items.eventId");
        List<String> second = given().get("/api/aid?recipient=BOL&limit=3&offset=3").jsonPath().getList("items.eventId");
        assertThat(first).hasSize(3);
        assertThat(second).hasSize(ALL.size() - 3).doesNotContainAnyElementsOf(first);
        assertThat(first.size() + second.size()).isEqualTo(ALL.size());
    }

    @Test
    void totalsKeepPlannedApartFromActualAndCurrenciesApart() {
        JsonPath byYear = given().get("/api/aid/summary?groupBy=year&recipient=BOL").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> groups = byYear.getList("groups");
        Map<String, Map<String, Object>> byKey = groups.stream().collect(Collectors.toMap(
                g -> g.get("key") + "/" + g.get("status"), g -> g));
        assertThat(byKey).containsOnlyKeys("2020/ACTUAL", "2020/PLANNED", "2021/ACTUAL");

        // Each expected figure is recomputed from the fixtures, not copied.
        assertThat(usd(byKey.get("2020/ACTUAL"))).isEqualByComparingTo(ACTUAL_2020.amountUsd());
        assertThat(usd(byKey.get("2020/PLANNED"))).isEqualByComparingTo(PLANNED_2020.amountUsd());
        assertThat(usd(byKey.get("2021/ACTUAL"))).isEqualByComparingTo(ACTUAL_2021_PEN.amountUsd());
        assertThat(byKey.get("2021/ACTUAL").get("eventsWithoutUsd")).isEqualTo(1);
        assertThat(byYear.getList("groups.find { it.key == '2021' }.totals.currency")).containsExactly("EUR", "PEN");
        assertThat(byYear.getString("rule")).contains("never added");

        JsonPath byRecipient = given().get("/api/aid/summary?groupBy=recipient&recipient=BOL&status=ACTUAL").jsonPath();
        assertThat(byRecipient.getList("groups.status")).containsOnly("ACTUAL");
        BigDecimal actualUsd = ALL.stream().filter(e -> e.status() == AidStatus.ACTUAL && e.amountUsd() != null)
                .map(AidEvent::amountUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(byRecipient.getString("groups[0].amountUsd"))).isEqualByComparingTo(actualUsd);

        assertThat(given().get("/api/aid/summary?groupBy=purpose&recipient=BOL").jsonPath().getList("groups.key"))
                .contains("MILITARY", "SECURITY");
        assertThat(given().get("/api/aid/summary?groupBy=program&recipient=BOL").jsonPath().getList("groups.key"))
                .contains("FMF", "IMET");
    }

    @Test
    void badParametersGetProblems() {
        given().get("/api/aid/summary?groupBy=country").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("groupBy must be one of"));
        given().get("/api/aid/summary").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/aid?fromYear=last").then().statusCode(400).body("detail", containsString("fromYear"));
        given().get("/api/aid?fromYear=2022&toYear=2020").then().statusCode(400).body("detail", containsString("after toYear"));
        given().get("/api/aid?limit=-1").then().statusCode(400).body("detail", containsString("limit"));
        given().get("/api/aid?offset=x").then().statusCode(400).body("detail", containsString("offset"));
        given().get("/api/aid?recipient=XX").then().statusCode(400).body("detail", containsString("ISO 3166-1"));
        given().get("/api/aid?status=DONE").then().statusCode(400).body("detail", containsString("ACTUAL, PLANNED, REQUESTED"));
        given().get("/api/aid?purpose=fun").then().statusCode(400).body("detail", containsString("purpose"));
    }

    private static BigDecimal usd(Map<String, Object> group) {
        return new BigDecimal(String.valueOf(group.get("amountUsd")));
    }
}
