package io.allywatch.query.api;

import static io.allywatch.query.TestEvents.awaitMentions;
import static io.allywatch.query.TestEvents.cooperation;
import static io.allywatch.query.TestEvents.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.allywatch.contract.CooperationEvent;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.query.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class EventListIT {
    private static final Instant BASE = Instant.parse("2030-01-01T00:00:00Z");

    @TestHTTPResource("/api/events/stream")
    URI stream;

    /** Uruguay (URY) cooperation events, first seen one minute apart. */
    private static List<CooperationEvent> uruguay(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> cooperation(List.of("URY", "USA"), "paging step " + i,
                BASE.plusSeconds(60L * i))).toList();
    }

    private static List<String> newestFirst(List<CooperationEvent> events) {
        List<String> ids = new ArrayList<>(events.stream().map(CooperationEvent::eventId).toList());
        java.util.Collections.reverse(ids);
        return ids;
    }

    private static void project(List<CooperationEvent> events) {
        events.forEach(e -> send(e));
        events.forEach(e -> awaitMentions(e.eventId(), 1));
    }

    @Test
    void pagesAreNewestFirstAndStableWhileNewEventsArrive() {
        List<CooperationEvent> before = uruguay(0, 5);
        project(before);
        String filters = "/api/events?type=COOPERATION&country=URY";
        List<String> expected = newestFirst(before);

        JsonPath page1 = given().get(filters + "&limit=2").then().statusCode(200).extract().jsonPath();
        // Newer events arrive between page 1 and page 2: they belong before page 1 and must not shift page 2.
        project(uruguay(5, 7));
        JsonPath page2 = given().get(filters + "&limit=2&cursor=" + page1.getString("nextCursor")).then().statusCode(200)
                .extract().jsonPath();
        JsonPath page3 = given().get(filters + "&limit=2&cursor=" + page2.getString("nextCursor")).then().statusCode(200)
                .extract().jsonPath();

        List<String> seen = new ArrayList<>();
        Stream.of(page1, page2, page3).forEach(p -> seen.addAll(p.getList("items.eventId")));
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(page3.getString("nextCursor")).isNull();
        assertThat(page1.getList("items.firstSeen", String.class)).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // The new events lead a fresh first page.
        assertThat(given().get(filters + "&limit=2").jsonPath().getList("items.eventId"))
                .containsExactlyElementsOf(newestFirst(uruguay(5, 7)));
        // since/until bound firstSeen: since is inclusive, until exclusive.
        assertThat(given().get(filters + "&since=" + BASE.plusSeconds(120) + "&until=" + BASE.plusSeconds(240))
                .jsonPath().getList("items.eventId"))
                .containsExactly(before.get(3).eventId(), before.get(2).eventId());
        assertThat(given().get(filters + "&until=2029-12-31").jsonPath().getList("items")).isEmpty();
        assertThat(given().get(filters + "&since=2030-01-01").jsonPath().getList("items")).hasSize(7);
    }

    @Test
    void forgedCursorsAndBadFiltersGetProblems() {
        project(IntStream.range(0, 3).mapToObj(i -> cooperation(List.of("PRY", "USA"), "forgery " + i,
                BASE.plusSeconds(i))).toList());
        String cursor = given().get("/api/events?country=PRY&limit=1").jsonPath().getString("nextCursor");
        assertThat(cursor).isNotNull();

        given().get("/api/events?country=PRY&limit=1&cursor=not-a-cursor!").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("cursor"));
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(
                decoded.replaceFirst("e-[0-9a-f]{4}", "e-ffff").getBytes(StandardCharsets.UTF_8));
        given().get("/api/events?country=PRY&limit=1&cursor=" + edited).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("altered"));
        given().get("/api/events?country=URY&limit=1&cursor=" + cursor).then().statusCode(400)
                .body("detail", containsString("other filters"));
        given().get("/api/events?country=PRY&limit=1&cursor=" + cursor).then().statusCode(200);

        given().get("/api/events?limit=-1").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("limit"));
        given().get("/api/events?limit=100000").then().statusCode(400);
        given().get("/api/events?type=RUMOUR").then().statusCode(400).body("detail", containsString("DESIGNATION, AID, COOPERATION"));
        given().get("/api/events?country=ZZZ").then().statusCode(400).body("detail", containsString("ISO 3166-1"));
        given().get("/api/events?since=yesterday").then().statusCode(400).body("detail", containsString("since"));
        // a date that parses but that no store holds (it was a 500: the day after it overflowed)
        given().urlEncodingEnabled(false).get("/api/events?until=%2B999999999-12-31").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("until"));
        given().get("/api/events/stream?type=RUMOUR").then().statusCode(400);
    }

    @Test
    void anIdleStreamClientReceivesKeepAliveComments() throws Exception {
        // No event is ever about Antarctica: this client only ever gets keep-alives (every 1 s in the test profile).
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?country=ATA"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(TestEvents.WAIT.toSeconds(), TimeUnit.SECONDS);
        var reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            List<String> lines = reader.submit(() -> response.body().filter(l -> !l.isEmpty()).limit(2).toList())
                    .get(TestEvents.WAIT.toSeconds(), TimeUnit.SECONDS);
            // SSE comments: lines starting with ':', which EventSource clients ignore.
            assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).startsWith(":").contains("keep-alive"));
        } finally {
            reader.shutdownNow();
            response.body().close();
        }
    }

    @Test
    void aStreamClientConnectedBeforeAnEventIsProjectedReceivesIt() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?country=CHL"))
                .header("Accept", "text/event-stream").build();
        // The future completes when the response headers arrive: the client is connected.
        HttpResponse<Stream<String>> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(TestEvents.WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));

        CooperationEvent chile = cooperation(List.of("CHL", "USA"), "stream test " + System.nanoTime(), Instant.now());
        CooperationEvent elsewhere = cooperation(List.of("ECU", "USA"), "not for this client " + System.nanoTime(), Instant.now());
        send(elsewhere);
        send(chile);
        var reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            String data = reader.submit(() -> response.body().filter(l -> l.startsWith("data:")).findFirst().orElseThrow())
                    .get(TestEvents.WAIT.toSeconds(), TimeUnit.SECONDS);
            JsonPath event = JsonPath.from(data.substring("data:".length()));
            assertThat(event.getString("eventId")).isEqualTo(chile.eventId());
            assertThat(event.getList("countries")).containsExactly("CHL", "USA");
            assertThat(event.getString("event.evidence.text")).isEqualTo(chile.evidence().text());
            // When it is streamed it can be queried.
            given().get("/api/events/" + chile.eventId()).then().statusCode(200);
        } finally {
            reader.shutdownNow();
            response.body().close();
        }
    }
}
