package io.allywatch.query.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.allywatch.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stream clients are capped: beyond, 503 with Retry-After at once; a client that leaves frees its place. */
@QuarkusTest
@TestProfile(StreamLimitIT.SmallCap.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class StreamLimitIT {
    private static final int CAP = 3;

    public static class SmallCap implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // keep-alives every second: a stream's first bytes (its status line) come without waiting for an event
            return Map.of("allywatch.query.max-stream-clients", String.valueOf(CAP), "allywatch.events.stream.keep-alive", "1S");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void clientsBeyondTheCapAreToldToComeBackAndALeavingOneFreesItsPlace() throws Exception {
        List<Socket> clients = new ArrayList<>();
        try {
            for (int i = 0; i < CAP; i++) {
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
