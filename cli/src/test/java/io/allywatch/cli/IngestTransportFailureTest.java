package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the CLI does when the transport fails under it: a service that dies while it streams a
 * batch answer, a service that cannot be reached. No raw stack trace; the lines answered stand,
 * the rest is sent again, and a run that cannot go on ends with its summary and its resume point.
 */
class IngestTransportFailureTest {
    private static final Duration QUICK = Duration.ofMillis(10);

    @Test
    void anAnswerThatBreaksOffKeepsItsLinesAndTheRestIsSentAgain() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            List<String> requests = new CopyOnWriteArrayList<>();
            Thread fake = new Thread(() -> {
                try {
                    // first request: two lines of the answer, then the connection is torn down (RST)
                    try (Socket s = server.accept()) {
                        requests.add(readRequest(s.getInputStream()));
                        OutputStream out = s.getOutputStream();
                        String lines = "{\"line\":1,\"status\":\"accepted\",\"articleId\":\"a-1\"}\n"
                                + "{\"line\":2,\"status\":\"duplicate\",\"articleId\":\"a-2\"}\n";
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n"
                                + Integer.toHexString(lines.length()) + "\r\n" + lines + "\r\n").getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        Thread.sleep(200); // the client reads the two lines
                        s.setSoLinger(true, 0);
                    }
                    // second request: the three not answered, all taken
                    try (Socket s = server.accept()) {
                        requests.add(readRequest(s.getInputStream()));
                        String body = "{\"line\":1,\"status\":\"accepted\",\"articleId\":\"a-3\"}\n"
                                + "{\"line\":2,\"status\":\"accepted\",\"articleId\":\"a-4\"}\n"
                                + "{\"line\":3,\"status\":\"accepted\",\"articleId\":\"a-5\"}\n";
                        s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nContent-Length: "
                                + body.length() + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
                    }
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            fake.start();
            List<String> notices = new CopyOnWriteArrayList<>();
            BatchUpload upload = new BatchUpload(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                    URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api/articles/batch"), "Bearer k", notices::add, QUICK);

            List<BatchUpload.Outcome> outcomes = upload.send(List.of("{\"text\":\"1\"}", "{\"text\":\"2\"}", "{\"text\":\"3\"}",
                    "{\"text\":\"4\"}", "{\"text\":\"5\"}"));
            fake.join(10_000);

            assertThat(outcomes).extracting(BatchUpload.Outcome::kind).containsExactly(BatchUpload.Kind.ACCEPTED,
                    BatchUpload.Kind.DUPLICATE, BatchUpload.Kind.ACCEPTED, BatchUpload.Kind.ACCEPTED, BatchUpload.Kind.ACCEPTED);
            assertThat(requests).hasSize(2);
            assertThat(requests.get(1)).contains("{\"text\":\"3\"}").doesNotContain("{\"text\":\"2\"}");
            assertThat(notices).singleElement().asString().contains("broke off after 2 line(s)").contains("3 article(s) not yet taken");
        }
    }

    @Test
    void aServiceThatCannotBeReachedEndsTheRunWithItsSummaryAndResumePoint(@TempDir Path dir) throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Path articles = Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"one\"}\n{\"text\":\"two\"}\n");
        LocalStack stack = new LocalStack(StackLayout.at(dir.resolve("home")), 1, closedPort, 2, 3);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        IngestCommand.Summary summary = IngestCommand.ingest(stack, List.of(articles), new PrintStream(printed, true, StandardCharsets.UTF_8),
                new IngestCommand.Settings(1000, 1, false, false, QUICK));

        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(out).contains("ingest-service unreachable at http://127.0.0.1:" + closedPort)
                .doesNotContain(": null").contains("ConnectException")
                .contains("sending the 2 article(s) not yet taken again")
                .contains("Ingested from 1 file(s): 0 accepted, 0 duplicate(s), 2 rejected")
                .contains("2 article(s) could not be handed over; run the same command again");
        assertThat(IngestState.load(dir.resolve("home").resolve(IngestCommand.STATE_FILE)).done(articles))
                .as("nothing was taken, so the next run starts at the first article").isZero();
    }

    /** The request head and its chunked body, up to the last chunk. */
    private static String readRequest(InputStream in) throws IOException {
        StringBuilder seen = new StringBuilder();
        byte[] buf = new byte[8192];
        while (!seen.toString().endsWith("0\r\n\r\n") && !(seen.indexOf("Content-Length") >= 0 && seen.indexOf("\r\n\r\n") > 0
                && seen.length() > seen.indexOf("\r\n\r\n") + 4)) {
            int n = in.read(buf);
            if (n < 0) {
                break;
            }
            seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
        }
        return seen.toString();
    }
}
