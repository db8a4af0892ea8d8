package io.allywatch.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.allywatch.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A body that stops arriving is cut with 408 problem+json after the stall timeout (3 s in the test
 * profile), its upload place is given back and nothing of it is stored; a client that hangs up
 * mid-upload costs one log line, no stack trace.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class BodyStallIT {
    /** The test bounds its waits on the socket: a stall never cut fails instead of hanging. */
    private static final int SOCKET_TIMEOUT_MILLIS = 20_000;

    @TestHTTPResource("/")
    URL root;

    @Inject
    UploadLimit limit;

    @Test
    void aStalledBodyIsCutWith408AndNothingOfItIsKept() throws Exception {
        String text = "Kenya was designated a major non-NATO ally. Ref " + UUID.randomUUID();
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 0);
        List<LogRecord> lines = new CopyOnWriteArrayList<>();
        Handler capture = capture(lines);
        String answer;
        try (Socket socket = stalledUpload("/api/articles", "text/plain", body.length, body[0])) {
            answer = readToEnd(socket.getInputStream());
            await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 0);
            Thread.sleep(1000); // room for the blocked reader's failure to be logged, which must not be
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertThat(lines).as("log lines of one cut upload").hasSize(1)
                .allSatisfy(r -> assertThat(r.getMessage()).contains("stalled"));
        assertThat(answer).startsWith("HTTP/1.1 408")
                .containsIgnoringCase("content-type: application/problem+json")
                .containsIgnoringCase("connection: close")
                .contains("\"status\":408");
        await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 0);

        // Nothing half-taken: the whole text is new, then a duplicate.
        given().header("Authorization", "Bearer test-key").contentType("text/plain").body(text)
                .when().post("/api/articles").then().statusCode(202);
        given().header("Authorization", "Bearer test-key").contentType("text/plain").body(text)
                .when().post("/api/articles").then().statusCode(200);
    }

    @Test
    void aBatchThatStallsBeforeItsAnswerIsCutWith408() throws Exception {
        byte[] line = ("{\"text\":\"Peru news " + UUID.randomUUID() + "\"}\n").getBytes(StandardCharsets.UTF_8);
        String answer;
        try (Socket socket = stalledUpload("/api/articles/batch", "application/x-ndjson", line.length * 3, line[0])) {
            answer = readToEnd(socket.getInputStream());
        }
        assertThat(answer).startsWith("HTTP/1.1 408").contains("\"status\":408");
        await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 0);
    }

    @Test
    void aClientThatHangsUpMidUploadIsOneLogLine() throws Exception {
        List<LogRecord> lines = new CopyOnWriteArrayList<>();
        Handler capture = capture(lines);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 0);
            Socket socket = stalledUpload("/api/articles", "text/plain", 1000, (byte) 'P');
            await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 1);
            socket.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 0);
            // The hang-up's line is written by the worker whose read failed: wait for it, then for any other.
            await().atMost(Duration.ofSeconds(10)).until(() -> !lines.isEmpty());
            Thread.sleep(1000); // room for a second line, which must not come
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertThat(lines).as("log lines of one hang-up: %s", lines.stream().map(r -> r.getLevel() + " " + r.getLoggerName()
                + " " + r.getMessage()).toList()).hasSize(1);
        LogRecord line = lines.get(0);
        assertThat(line.getLevel().intValue()).isLessThanOrEqualTo(Level.WARNING.intValue());
        assertThat(line.getThrown()).as("no stack trace").isNull();
    }

    /** A root handler that keeps the service's lines at INFO and above (the broker's client aside). */
    private static Handler capture(List<LogRecord> lines) {
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.INFO.intValue() && !r.getLoggerName().startsWith("org.apache.kafka")) {
                    lines.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    /** An upload whose headers and first body byte are sent, then nothing. */
    private Socket stalledUpload(String path, String contentType, int contentLength, byte first) throws IOException {
        Socket socket = new Socket(root.getHost(), root.getPort());
        socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\nAuthorization: Bearer test-key\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(first);
        out.flush();
        return socket;
    }

    /** Everything the server sends until it closes the connection. */
    private static String readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
