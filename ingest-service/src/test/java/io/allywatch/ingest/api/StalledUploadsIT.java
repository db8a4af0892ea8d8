package io.allywatch.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.allywatch.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 300 uploads that stall after one byte cannot freeze the service: beyond the cap they are answered
 * 503 with Retry-After, the admitted ones are cut with 408 once their bodies stall (3 s in the test
 * profile), reads and the health check are answered meanwhile, and the places are free again after.
 */
// No test profile of its own (no extra restart): the test profile's cap is 8.
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class StalledUploadsIT {
    private static final int CAP = 8;
    private static final int STALLED = 300;
    /** A bound on the answers here, so a frozen service fails the test instead of hanging it. */
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 5_000));

    @TestHTTPResource("/")
    URL root;

    @Inject
    UploadLimit limit;

    @Test
    void threeHundredStalledUploadsAreCappedAndCutWhileTheRestIsAnswered() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 0);
        List<Socket> stalled = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 0); // every place free to start with
        try {
            for (int i = 0; i < STALLED; i++) {
                Socket s = new Socket(root.getHost(), root.getPort());
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/articles HTTP/1.1\r\nHost: " + root.getHost() + "\r\nAuthorization: Bearer test-key\r\n"
                        + "Content-Type: text/plain\r\nContent-Length: 1000\r\n\r\nP").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                stalled.add(s);
            }
            // Those past the cap are answered 503 at once, the admitted ones 408 when the stall timeout cuts them.
            List<String> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (Socket s : stalled) {
                Thread reader = new Thread(() -> {
                    try {
                        answers.add(firstLine(s.getInputStream()));
                    } catch (IOException closedByTheTest) {
                        // no answer: counted as missing below
                    }
                });
                reader.setDaemon(true);
                reader.start();
            }
            // Meanwhile a normal request and the health check are answered within the client's bound.
            given().config(BOUNDED).get("/q/health/ready").then().statusCode(200);
            given().config(BOUNDED).get("/q/health/live").then().statusCode(200);
            given().config(BOUNDED).get("/api/articles/a-000000000000000000000000").then().statusCode(404);

            await().atMost(Duration.ofSeconds(30)).until(() -> answers.size() == STALLED);
            // A place a 408 frees while the last sockets still connect (a slow machine) admits one more: at least CAP cut.
            long cut = answers.stream().filter(a -> a.startsWith("HTTP/1.1 408")).count();
            assertThat(cut).as("admitted and cut with 408").isBetween((long) CAP, (long) STALLED / 2);
            assertThat(answers.stream().filter(a -> a.startsWith("HTTP/1.1 503")).count()).as("the rest refused at once").isEqualTo(STALLED - cut);
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
        // The stalled uploads cut, their places are free: an upload is taken again.
        await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 0);
        String text = "Kenya was designated a major non-NATO ally. Ref " + UUID.randomUUID();
        given().config(BOUNDED).header("Authorization", "Bearer test-key").contentType("text/plain").body(text)
                .when().post("/api/articles").then().statusCode(202);
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
