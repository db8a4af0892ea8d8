package io.allywatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fetch's limits against a localhost server: one deadline for headers and body, a size cap. */
class FeedFetcherTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final int MAX_BYTES = 4096;

    private FeedServer server;
    private URI base;
    private final FeedFetcher fetcher = new FeedFetcher(TIMEOUT, MAX_BYTES, "test");

    @BeforeEach
    void start() throws IOException {
        server = FeedServer.start(0);
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @Timeout(20) // the fetch this replaces read a trickled body for as long as the server sent it
    void aBodyTrickledAfterPromptHeadersIsCutOffAtTheTimeout() {
        String body = FeedPollerIT.rss(FeedPollerIT.rssItem("t", "Trickle", "https://example.org/t", "<p>slow</p>"));
        server.serve("/trickle.xml", FeedServer.Response.trickling("application/rss+xml", body, Duration.ofMillis(200)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(base.resolve("/trickle.xml"), null, null))
                .isInstanceOf(HttpTimeoutException.class)
                .hasMessageContaining("timed out")
                .hasMessageContaining("allywatch.ingest.feeds.timeout");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(TIMEOUT.multipliedBy(3));
        // The connection is closed, not left for the server to trickle into.
        await().atMost(Duration.ofSeconds(5)).until(() -> server.hungUp().contains("/trickle.xml"));
    }

    @Test
    void aPromptSmallFeedIsFetchedWhole() throws Exception {
        String body = FeedPollerIT.rss(FeedPollerIT.rssItem("ok", "Fine", "https://example.org/ok", "<p>fine</p>"));
        server.serve("/ok.xml", "application/rss+xml", body, "\"v1\"", null);

        FeedFetcher.Fetched fetched = fetcher.fetch(base.resolve("/ok.xml"), null, null);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(fetched.etag()).isEqualTo("\"v1\"");
        assertThat(fetcher.fetch(base.resolve("/ok.xml"), "\"v1\"", null).notModified()).isTrue();
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        server.serve("/big.xml", "application/rss+xml", "x".repeat(MAX_BYTES * 50), null, null);
        assertThatThrownBy(() -> fetcher.fetch(base.resolve("/big.xml"), null, null))
                .isInstanceOf(FeedFetcher.TooLargeException.class);
    }

    @Test
    void gzipIsDecodedAndItsDecodedSizeIsLimitedToo() throws Exception {
        String feed = FeedPollerIT.rss(FeedPollerIT.rssItem("z", "Zipped", "https://example.org/z", "<p>zipped</p>"));
        byte[] small = gzip(feed);
        byte[] bomb = gzip(" ".repeat(MAX_BYTES * 100)); // far under the limit compressed, far over it decoded
        assertThat(bomb.length).isLessThan(MAX_BYTES);
        HttpServer gzipServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gzipServer.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestURI().getPath().equals("/bomb.xml") ? bomb : small;
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        gzipServer.start();
        try {
            URI gzipBase = URI.create("http://127.0.0.1:" + gzipServer.getAddress().getPort());
            assertThat(new String(fetcher.fetch(gzipBase.resolve("/feed.xml"), null, null).body(), StandardCharsets.UTF_8))
                    .isEqualTo(feed);
            assertThatThrownBy(() -> fetcher.fetch(gzipBase.resolve("/bomb.xml"), null, null))
                    .isInstanceOf(FeedFetcher.TooLargeException.class);
        } finally {
            gzipServer.stop(0);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
