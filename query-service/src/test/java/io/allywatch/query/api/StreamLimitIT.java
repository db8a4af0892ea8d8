package io.allywatch.query.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.allywatch.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stream clients are capped: beyond, 503 with Retry-After at once; a client that leaves frees its place. */
// No test profile of its own: a restart would empty the read store the other ITs of this app share.
// The test profile's cap is small (16) and its keep-alive 1 s, so a stream's status line comes at once.
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class StreamLimitIT {
    @TestHTTPResource("/")
    URL root;

    private static final int HELD = 300;
    /** The test profile's cap. */
    private static final int CAP = 16;
    /** A bound on these answers, so a frozen service fails the test instead of hanging it. */
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 5_000));

    @Inject
    StreamLimit limit;

    @Test
    void clientsBeyondTheCapAreToldToComeBackAndALeavingOneFreesItsPlace() throws Exception {
        List<Socket> clients = new ArrayList<>();
        try {
            int free = limit.free();
            assertThat(free).isPositive();
            for (int i = 0; i < free; i++) {
                Socket s = open();
                assertThat(firstLine(s)).startsWith("HTTP/1.1 200");
                clients.add(s);
            }
            Socket refused = open();
            clients.add(refused);
            assertThat(firstLine(refused)).startsWith("HTTP/1.1 503");
            given().get("/q/health/ready").then().statusCode(200);
            given().get("/api/events?limit=1").then().statusCode(200);

            clients.remove(0).close();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                try (Socket again = open()) {
                    return firstLine(again).startsWith("HTTP/1.1 200");
                }
            });
        } finally {
            for (Socket s : clients) {
                s.close();
            }
        }
    }

    @Test
    void clientsThatVanishMidStreamGiveEveryPlaceBack() throws Exception {
        awaitEveryPlaceFree();
        List<Socket> clients = new ArrayList<>();
        for (int i = 0; i < CAP; i++) {
            Socket s = open();
            clients.add(s);
            assertThat(firstLine(s)).startsWith("HTTP/1.1 200");
        }
        assertThat(limit.free()).isZero();
        // The stream is flowing (a keep-alive a second in the test profile) when the clients go: a third
        // reset their connections (the next write fails: "Connection reset", "Broken pipe"), a third only
        // stop reading and half-close, the rest close normally.
        for (Socket s : clients) {
            awaitKeepAlive(s);
        }
        for (int i = 0; i < clients.size(); i++) {
            Socket s = clients.get(i);
            switch (i % 3) {
                case 0 -> {
                    s.setSoLinger(true, 0);
                    s.close();
                }
                case 1 -> s.shutdownOutput();
                default -> s.close();
            }
        }
        try {
            awaitEveryPlaceFree();
        } finally {
            for (Socket s : clients) {
                s.close();
            }
        }
    }

    @Test
    void threeHundredStreamClientsHeldOpenLeaveHealthAndReadsAnswered() throws Exception {
        List<Socket> clients = new ArrayList<>();
        try {
            // The clients of the test before give their places back asynchronously, once their connections are seen closed.
            awaitEveryPlaceFree();
            int free = limit.free();
            int admitted = 0;
            int refused = 0;
            for (int i = 0; i < HELD; i++) {
                Socket s = open();
                clients.add(s);
                String status = firstLine(s);
                if (status.startsWith("HTTP/1.1 200")) {
                    admitted++;
                } else if (status.startsWith("HTTP/1.1 503")) {
                    refused++;
                }
            }
            assertThat(admitted + refused).as("every client answered at once").isEqualTo(HELD);
            // Places a client of the test before gave back may free up while these connect: at least the places
            // free at the start are admitted, never more than the cap.
            assertThat(admitted).as("admitted: at least the %d places free before, at most %d", free, CAP).isBetween(free, CAP);
            assertThat(refused).as("the rest refused").isEqualTo(HELD - admitted).isGreaterThanOrEqualTo(HELD - CAP);
            // All 300 connections still open: a normal request and the health check answer within the bound.
            given().config(BOUNDED).get("/q/health/ready").then().statusCode(200);
            given().config(BOUNDED).get("/q/health/live").then().statusCode(200);
            given().config(BOUNDED).get("/api/events?limit=1").then().statusCode(200);
        } finally {
            for (Socket s : clients) {
                s.close();
            }
        }
    }

    /** Every place given back by the clients that left (polled, bounded: a place still held after 30 s is a leak). */
    private void awaitEveryPlaceFree() {
        await("every stream place free").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> limit.free() == CAP);
    }

    /** Reads past the response head until the first keep-alive comment of the stream. */
    private static void awaitKeepAlive(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        byte[] marker = ":keep-alive".getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        for (int c = in.read(); c >= 0; c = in.read()) {
            matched = c == marker[matched] ? matched + 1 : (c == marker[0] ? 1 : 0);
            if (matched == marker.length) {
                return;
            }
        }
        throw new IOException("the stream ended before a keep-alive");
    }

    private Socket open() throws IOException {
        Socket s = new Socket(root.getHost(), root.getPort());
        s.setSoTimeout(20_000); // a bound, so a frozen service fails the test instead of hanging it
        s.getOutputStream().write(("GET /api/events/stream HTTP/1.1\r\nHost: " + root.getHost()
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    private static String firstLine(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
