package io.allywatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.ingest.config.FeedsConfig;
import io.allywatch.ingest.store.FeedItem;
import io.allywatch.ingest.store.FeedState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Kafka unreachable while a feed is polled: its items are not recorded as handled and its
 * validators are not kept, so the next poll fetches the whole feed again and retries them.
 */
@QuarkusTest
@TestProfile(FeedsKafkaDownIT.DeadBrokerWithFeeds.class)
class FeedsKafkaDownIT {
    /** As KafkaDownIT's profile: nothing listens on the Kafka port, and sends give up quickly. */
    public static class DeadBrokerWithFeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String prefix = "mp.messaging.outgoing.articles-out.";
            return Map.of(
                    "kafka.bootstrap.servers", "127.0.0.1:" + deadPort(),
                    prefix + "max.block.ms", "2000",
                    prefix + "request.timeout.ms", "1000",
                    prefix + "delivery.timeout.ms", "2000",
                    "allywatch.ingest.publish-timeout", "4S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FeedServerTestResource.class));
        }

        private static int deadPort() {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    FeedPoller poller;
    @Inject
    FeedsConfig config;

    @Test
    void itemsKafkaDidNotTakeAreRetriedAtTheNextPoll() throws IOException {
        String run = UUID.randomUUID().toString();
        try (FeedServer server = FeedServer.start(URI.create(config.feeds().get("rss").url()).getPort())) {
            server.serve(FeedServerTestResource.RSS, "application/rss+xml", FeedPollerIT.rss(
                    FeedPollerIT.rssItem("down-" + run, "Down", "https://example.org/down-" + run,
                            "<p>Kafka is down while this item about Peru is polled. " + run + "</p>")),
                    "\"" + run + "\"", "Fri, 12 Dec 2025 09:00:00 GMT");

            FeedPoller.PollResult first = poller.poll("rss");
            assertThat(first.status()).isEqualTo(FeedPoller.Status.FAILED);
            assertThat(first.error()).contains("Kafka unavailable");
            assertThat(first.accepted()).isZero();
            assertThat(QuarkusTransaction.requiringNew().call(() -> FeedItem.count("feedName", "rss"))).isZero();
            FeedState state = QuarkusTransaction.requiringNew().call(() -> FeedState.<FeedState>findById("rss"));
            assertThat(state.etag).isNull();
            assertThat(state.lastError).contains("Kafka unavailable");

            poller.poll("rss");
            List<FeedServer.Request> requests = server.requests(FeedServerTestResource.RSS);
            assertThat(requests).hasSize(2);
            assertThat(requests.get(1).header("If-None-Match")).as("no conditional GET: the items are still due").isNull();
        }
    }
}
