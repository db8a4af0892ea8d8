package io.allywatch.query.api;

import static io.allywatch.query.TestEvents.awaitMentions;
import static io.allywatch.query.TestEvents.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.query.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dashboard in a real headless Chromium, against this running service. Guyana (GUY) is its own data. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class DashboardIT {
    @TestHTTPResource("/")
    URL page;

    @Test
    void showsDesignationsWithConflictsAidAndLiveEvents() throws Exception {
        var intended = TestEvents.designation("GUY", DesignationStage.INTENDED, "dash-1", "2026-03-02", false,
                "Washington intends to designate Guyana as a major non-NATO ally.");
        var intendedAgain = TestEvents.designation("GUY", DesignationStage.INTENDED, "dash-2", null, false,
                "Guyana is set to become a major non-NATO ally.");
        var designated = TestEvents.designation("GUY", DesignationStage.DESIGNATED, "dash-3", null, false,
                "Guyana has been elevated to major non-NATO ally status.");
        var aid = TestEvents.aid("GUY", "dash-4", 7_000_000, "USD", 7_000_000L, 2023, AidEvent.AidStatus.ACTUAL,
                AidEvent.AidPurpose.SECURITY, "FMF");
        Stream.of(intended, intendedAgain, designated, aid).forEach(e -> send(e));
        awaitMentions(intended.eventId(), 2);
        Stream.of(designated, aid).forEach(e -> awaitMentions(e.eventId(), 1));

        try (HeadlessChromium browser = new HeadlessChromium()) {
            browser.open(page.toString());
            browser.await("the loaded dashboard", "return document.body.dataset.loaded === 'true'", TestEvents.WAIT);

            String guyana = browser.script("return document.querySelector('#designations tr[data-country=GUY]').innerText").asText();
            assertThat(guyana).contains("Guyana").contains("INTENDED").contains("conflict").contains("DESIGNATED undated");
            assertThat(browser.script("return document.querySelectorAll('#designations tr[data-country=GUY] .step.contested').length")
                    .asInt()).isEqualTo(2);
            assertThat(browser.script("return document.querySelector('#aid-by-recipient rect[data-key=GUY]') !== null").asBoolean())
                    .isTrue();
            assertThat(browser.script("return document.querySelector('#aid-by-year rect[data-key=\"2023\"]') !== null").asBoolean())
                    .isTrue();
            // The newest events, as the API lists them, with their evidence sentences.
            String newest = io.restassured.RestAssured.given().get("/api/events?limit=1").jsonPath().getString("items[0].event.evidence.text");
            assertThat(browser.script("return document.querySelector('#events').innerText").asText()).contains(newest);

            // Live: an event projected after the page loaded appears with its evidence, without a reload.
            browser.await("the live stream", "return document.getElementById('live').textContent === 'live'", TestEvents.WAIT);
            var fresh = TestEvents.cooperation(List.of("GUY", "USA"), "live dashboard " + System.nanoTime(), Instant.now());
            send(fresh);
            browser.await("the new event " + fresh.eventId(), "return (document.querySelector('#events li[data-event-id=\""
                    + fresh.eventId() + "\"]')?.innerText ?? '').includes('" + fresh.evidence().text() + "')", TestEvents.WAIT);
            browser.screenshot(Path.of("target", "dashboard.png"));
        }
    }
}
