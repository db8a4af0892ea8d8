package io.allywatch.query.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidScope;
import io.allywatch.contract.AidEvent.AidStatus;
import io.allywatch.contract.AidEvent;
import io.allywatch.contract.EventType;
import io.allywatch.contract.Evidence;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.query.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract v1.1 aid for Paraguay (PRY), a recipient no other test uses, as seed 002 tells Peru's: a
 * total of $84M with two parts, economic aid beside it, and an amount summed since 1973. Totals add
 * the total once (never its parts), book the cumulative amount to no year, and the military-and-security
 * view counts only that scope.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AidScopeIT {
    static final String ARTICLE = TestEvents.articleId("paraguay aid");
    static final AidEvent TOTAL = aid(84_000_000, 2012, AidScope.MILITARY_SECURITY, null, false, null);
    static final AidEvent PART_1 = aid(29_000_000, 2012, AidScope.MILITARY_SECURITY, TOTAL.eventId(), false, null);
    static final AidEvent PART_2 = aid(4_500_000, 2012, AidScope.MILITARY_SECURITY, TOTAL.eventId(), false, null);
    static final AidEvent ECONOMIC = aid(10_000_000, 2012, AidScope.ECONOMIC, null, false, null);
    static final AidEvent SINCE_1973 = aid(1_200_000_000, null, AidScope.MILITARY_SECURITY, null, true, 1973);

    private static boolean projected;

    static AidEvent aid(long amount, Integer year, AidScope scope, String partOf, boolean cumulative, Integer since) {
        String eventId = TestEvents.eventId("AID|USA|PRY|" + amount + "|" + year + "|" + scope);
        String sentence = "Washington gives " + amount + " dollars to Paraguay.";
        return new AidEvent(eventId, TestEvents.mentionId(eventId, ARTICLE), EventType.AID, ARTICLE, null, TestEvents.EXTRACTED, "0.4.0",
                0.88, new Evidence(sentence, 0, sentence.length(), "en"), "USA", "PRY", BigDecimal.valueOf(amount), "USD",
                BigDecimal.valueOf(amount), year, false, AidStatus.ACTUAL, scope == AidScope.ECONOMIC ? AidPurpose.ECONOMIC : AidPurpose.SECURITY,
                null, null, scope, partOf, cumulative, since);
    }

    @BeforeEach
    void project() {
        if (projected) {
            return;
        }
        projected = true;
        for (AidEvent e : java.util.List.of(TOTAL, PART_1, PART_2, ECONOMIC, SINCE_1973)) {
            TestEvents.send(e);
        }
        for (AidEvent e : java.util.List.of(TOTAL, PART_1, PART_2, ECONOMIC, SINCE_1973)) {
            TestEvents.awaitMentions(e.eventId(), 1);
        }
    }

    @Test
    void recordsSayTheirScopeTheirTotalAndWhetherTheyAreSummedOverYears() {
        JsonPath all = given().get("/api/aid?recipient=PRY").then().statusCode(200).extract().jsonPath();
        assertThat(all.getInt("total")).isEqualTo(5);
        assertThat(all.getString("items.find { it.eventId == '" + PART_1.eventId() + "' }.partOf")).isEqualTo(TOTAL.eventId());
        assertThat(all.getBoolean("items.find { it.eventId == '" + SINCE_1973.eventId() + "' }.cumulative")).isTrue();
        assertThat(all.getInt("items.find { it.eventId == '" + SINCE_1973.eventId() + "' }.sinceYear")).isEqualTo(1973);
        assertThat(given().get("/api/aid?recipient=PRY&scope=ECONOMIC").jsonPath().getList("items.eventId")).containsExactly(ECONOMIC.eventId());
        given().get("/api/aid?recipient=PRY&scope=WEAPONS").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void totalsAddTheTotalOnceAndBookTheCumulativeAmountToNoYear() {
        JsonPath byYear = given().get("/api/aid/summary?groupBy=year&recipient=PRY&scope=MILITARY_SECURITY").then().statusCode(200)
                .extract().jsonPath();
        // 84M for 2012 (not 84 + 29 + 4.5), the economic 10M left out of the military view, 1.2bn since 1973 in no year
        assertThat(byYear.getList("groups.key")).containsExactly("2012");
        assertThat(new BigDecimal(byYear.getString("groups[0].amountUsd"))).isEqualByComparingTo("84000000");
        JsonPath everything = given().get("/api/aid/summary?groupBy=recipient&recipient=PRY").jsonPath();
        assertThat(new BigDecimal(everything.getString("groups[0].amountUsd"))).isEqualByComparingTo("94000000");
        assertThat(given().get("/api/aid/summary?groupBy=scope&recipient=PRY").jsonPath().getList("groups.key"))
                .containsExactlyInAnyOrder("ECONOMIC", "MILITARY_SECURITY");
    }
}
