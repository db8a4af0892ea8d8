package io.allywatch.ingest.domain;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
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
    static final String SHARED = "/shared.xml";
    /** The shared feed's interval and the claims' lease (longer than the 1 s fetch timeout); tests move the clock past them. */
    static final Duration SHARED_EVERY = Duration.ofSeconds(2);
    static final Duration CLAIM_LEASE = Duration.ofSeconds(3);

    @Override
    public Map<String, String> start() {
        String base = "http://127.0.0.1:" + freePort();
        return Map.ofEntries(
                Map.entry("allywatch.feeds.rss.url", base + RSS),
                Map.entry("allywatch.feeds.rss.source", "Test wire"),
                Map.entry("allywatch.feeds.atom.url", base + ATOM),
                Map.entry("allywatch.feeds.broken.url", base + BROKEN),
                Map.entry("allywatch.feeds.missing.url", base + MISSING),
                Map.entry("allywatch.feeds.slow.url", base + SLOW),
                Map.entry("allywatch.feeds.shared.url", base + SHARED),
                Map.entry("allywatch.feeds.shared.every", SHARED_EVERY.toString()),
                Map.entry("allywatch.ingest.feeds.timeout", "1S"),
                Map.entry("allywatch.ingest.feeds.claim-lease", CLAIM_LEASE.toString()));
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
