package io.allywatch.ingest.feeds;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Names the test feeds in the configuration, all on one free localhost port; the test starts a
 * {@link FeedServer} on that port (read back from the feed URLs) and decides what it answers.
 */
public class FeedServerTestResource implements QuarkusTestResourceLifecycleManager {
    static final String RSS = "/rss.xml";
    static final String ATOM = "/atom.xml";
    static final String BROKEN = "/broken.xml";
    static final String MISSING = "/missing.xml";
    static final String SLOW = "/slow.xml";

    @Override
    public Map<String, String> start() {
        String base = "http://127.0.0.1:" + freePort();
        return Map.of(
                "allywatch.feeds.rss.url", base + RSS,
                "allywatch.feeds.rss.source", "Test wire",
                "allywatch.feeds.atom.url", base + ATOM,
                "allywatch.feeds.broken.url", base + BROKEN,
                "allywatch.feeds.missing.url", base + MISSING,
                "allywatch.feeds.slow.url", base + SLOW,
                "allywatch.ingest.feeds.timeout", "1S");
    }

    @Override
    public void stop() {
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
