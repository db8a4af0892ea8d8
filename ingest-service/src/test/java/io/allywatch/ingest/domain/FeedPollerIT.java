package io.allywatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.ingest.messaging.TopicUpToMarker;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.EventSchemas;
import io.allywatch.ingest.config.FeedsConfig;
import io.allywatch.ingest.config.MovableClock;
import io.allywatch.ingest.store.FeedLease;
import io.allywatch.ingest.store.FeedStateStore;
import io.allywatch.ingest.store.FeedItem;
import io.allywatch.ingest.store.FeedState;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds against a real broker and database, served on localhost by the test: items reach
 * articles.raw once, unchanged feeds are fetched conditionally, handled items are remembered in
 * the database, and a failing feed is counted without stopping the others. Polls are triggered
 * by calling the poller (the schedule is off in tests), and intervals and leases pass by moving
 * the service's clock, so nothing waits on a timer.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FeedServerTestResource.class, restrictToAnnotatedClass = true)
class FeedPollerIT {
    private static FeedServer server;

    @Inject
    FeedPoller poller;
    @Inject
    FeedsConfig config;
    @Inject
    MeterRegistry registry;
    @Inject
    FeedFetcher fetcher;
    @Inject
    FeedParser feedParser;
    @Inject
    FeedItems items;
    @Inject
    FeedLease lease;
    @Inject
    FeedStateStore states;
    @Inject
    FeedSchedule schedule;
    /** The service's clock: moved forward past intervals and leases instead of sleeping through them. */
    @Inject
    MovableClock clock;

    @BeforeEach
    void startServer() throws IOException {
        if (server == null) {
            server = FeedServer.start(URI.create(config.feeds().get("rss").url()).getPort());
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Channel title</title><link>https://example.org/</link>
                <description>test</description>
                %s
                </channel></rss>""".formatted(String.join("\n", items));
    }

    static String rssItem(String guid, String title, String link, String descriptionHtml) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid isPermaLink=\"false\">" + guid
                + "</guid><pubDate>Fri, 12 Dec 2025 08:00:00 GMT</pubDate><description><![CDATA[" + descriptionHtml
                + "]]></description></item>";
    }

    /** Records on articles.raw by their url, each url with all its records (read up to a marker published now). */
    private static Map<String, List<JsonNode>> publishedByUrl() {
        return TopicUpToMarker.read(KafkaBrokerTestResource.bootstrapServers()).stream()
                .map(ConsumerRecord::value)
                .map(FeedPollerIT::json)
                .filter(v -> v.hasNonNull("url"))
                .collect(Collectors.groupingBy(v -> v.get("url").asText()));
    }

    private static JsonNode json(String value) {
        try {
            return ContractJson.mapper().readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double count(String name, String feed, String outcome) {
        Counter c = registry.find(name).tag("feed", feed).tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void rssItemsReachArticlesRawOnceAndAnUnchangedFeedIsNotFetchedAgain() {
        String run = UUID.randomUUID().toString();
        String etag = "\"" + run + "\"";
        String lastModified = "Fri, 12 Dec 2025 09:00:00 GMT";
        String peru = "https://example.org/peru-" + run;
        String chile = "https://example.org/chile-" + run;
        server.serve(FeedServerTestResource.RSS, "application/rss+xml; charset=UTF-8", rss(
                rssItem("peru-" + run, "Peru named", peru,
                        "<p>The US intends to designate Peru as a major non-NATO ally. " + run + "</p><script>x()</script>"),
                rssItem("chile-" + run, "Chile aid", chile, "<p>Chile receives aid. " + run + "</p>")),
                etag, lastModified);

        FeedPoller.PollResult first = poller.poll("rss");
        assertThat(first.status()).isEqualTo(FeedPoller.Status.FETCHED);
        assertThat(first.accepted()).isEqualTo(2);
        FeedState state = QuarkusTransaction.requiringNew().call(() -> FeedState.<FeedState>findById("rss"));
        assertThat(state.etag).as("validators kept in the database, not in memory").isEqualTo(etag);
        assertThat(state.lastModified).isEqualTo(lastModified);

        int requestsBefore = server.requests(FeedServerTestResource.RSS).size();
        FeedPoller.PollResult second = poller.poll("rss");
        assertThat(second.status()).isEqualTo(FeedPoller.Status.NOT_MODIFIED);
        List<FeedServer.Request> requests = server.requests(FeedServerTestResource.RSS);
        assertThat(requests).hasSize(requestsBefore + 1);
        FeedServer.Request conditional = requests.get(requests.size() - 1);
        assertThat(conditional.header("If-None-Match")).isEqualTo(etag);
        assertThat(conditional.header("If-Modified-Since")).isEqualTo(lastModified);

        Map<String, List<JsonNode>> published = publishedByUrl();
        assertThat(published.get(peru)).hasSize(1);
        assertThat(published.get(chile)).hasSize(1);
        JsonNode article = published.get(peru).get(0);
        assertThat(EventSchemas.validateArticle(article)).isEmpty();
        assertThat(article.get("title").asText()).isEqualTo("Peru named");
        assertThat(article.get("source").asText()).isEqualTo("Test wire");
        assertThat(article.get("publishedAt").asText()).isEqualTo("2025-12-12T08:00:00Z");
        assertThat(article.get("text").asText()).isEqualTo("The US intends to designate Peru as a major non-NATO ally. " + run);
        assertThat(article.get("lang").asText()).isEqualTo("en");
    }

    @Test
    void atomEntriesArePublishedAndAnEntryWithoutTextIsRejectedOnce() {
        String run = UUID.randomUUID().toString();
        String link = "https://example.org/atom-" + run;
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:feed:%1$s</id>
                <updated>2025-12-12T08:00:00Z</updated>
                <entry><title>Argentina</title><id>urn:entry:%1$s:1</id><link href="%2$s"/>
                  <updated>2025-12-11T08:00:00Z</updated>
                  <content type="html">&lt;p&gt;Argentina gained the status in 1998. %1$s&lt;/p&gt;</content></entry>
                <entry><title>Empty</title><id>urn:entry:%1$s:2</id><updated>2025-12-10T08:00:00Z</updated>
                  <summary type="html">&lt;script&gt;only()&lt;/script&gt;</summary></entry>
                </feed>""".formatted(run, link);
        server.serve(FeedServerTestResource.ATOM, "application/atom+xml", atom, "\"a-" + run + "\"", null);

        FeedPoller.PollResult first = poller.poll("atom");
        assertThat(first.status()).isEqualTo(FeedPoller.Status.FETCHED);
        assertThat(first.accepted()).isEqualTo(1);
        assertThat(first.rejected()).isEqualTo(1);

        // A changed validator fetches the feed in full: both entries are known, the empty one too.
        server.serve(FeedServerTestResource.ATOM, "application/atom+xml", atom, "\"b-" + run + "\"", null);
        FeedPoller.PollResult again = poller.poll("atom");
        assertThat(again.status()).isEqualTo(FeedPoller.Status.FETCHED);
        assertThat(again.alreadySeen()).isEqualTo(2);
        assertThat(again.accepted() + again.duplicates() + again.rejected()).isZero();

        List<JsonNode> records = publishedByUrl().get(link);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("source").asText()).isEqualTo("Atom wire");
        assertThat(records.get(0).get("text").asText()).isEqualTo("Argentina gained the status in 1998. " + run);
    }

    @Test
    void handledItemsAreRememberedInTheDatabaseEvenWhenTheirTextChanges() {
        String run = UUID.randomUUID().toString();
        String first = "https://example.org/first-" + run;
        String third = "https://example.org/third-" + run;
        server.serve(FeedServerTestResource.RSS, "application/rss+xml", rss(
                rssItem("1-" + run, "One", first, "<p>First version of the story about Peru. " + run + "</p>"),
                rssItem("2-" + run, "Two", "https://example.org/second-" + run, "<p>Second story. " + run + "</p>")),
                "\"1-" + run + "\"", null);
        assertThat(poller.poll("rss").accepted()).isEqualTo(2);

        // As after a restart: new validators, so no 304, and the first item's text was edited
        // (another article id), so only the record of handled items keeps it from going out twice.
        server.serve(FeedServerTestResource.RSS, "application/rss+xml", rss(
                rssItem("3-" + run, "Three", third, "<p>Third story, new. " + run + "</p>"),
                rssItem("1-" + run, "One", first, "<p>Edited version of the story about Peru. " + run + "</p>"),
                rssItem("2-" + run, "Two", "https://example.org/second-" + run, "<p>Second story. " + run + "</p>")),
                "\"2-" + run + "\"", null);
        FeedPoller.PollResult result = poller.poll("rss");
        assertThat(result.status()).isEqualTo(FeedPoller.Status.FETCHED);
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.alreadySeen()).isEqualTo(2);
        long remembered = QuarkusTransaction.requiringNew().call(() -> FeedItem.count("feedName = ?1 and itemId like ?2",
                "rss", "%-" + run));
        assertThat(remembered).isEqualTo(3);

        Map<String, List<JsonNode>> published = publishedByUrl();
        assertThat(published.get(first)).hasSize(1);
        assertThat(published.get(first).get(0).get("text").asText()).startsWith("First version");
        assertThat(published.get(third)).hasSize(1);
    }

    @Test
    void failingFeedsAreLoggedAndCountedAndDoNotStopTheOthers() {
        String run = UUID.randomUUID().toString();
        String link = "https://example.org/after-failure-" + run;
        server.serve(FeedServerTestResource.BROKEN, "application/rss+xml", "<rss version=\"2.0\"><channel><item>",
                null, null);
        server.serve(FeedServerTestResource.SLOW, new FeedServer.Response(200, "application/rss+xml", rss(),
                null, null, Duration.ofSeconds(3)));
        server.serve(FeedServerTestResource.RSS, "application/rss+xml",
                rss(rssItem("ok-" + run, "Fine", "https://example.org/ok-" + run, "<p>A good feed still works. " + run + "</p>")),
                "\"ok-" + run + "\"", null);
        server.serve(FeedServerTestResource.ATOM, "application/atom+xml", "not xml at all", null, null);
        double brokenBefore = count("allywatch.feeds.polls", "broken", "failed");

        Map<String, FeedPoller.PollResult> results = poller.pollAll().stream()
                .collect(Collectors.toMap(FeedPoller.PollResult::feed, Function.identity()));

        assertThat(results.get("broken").status()).isEqualTo(FeedPoller.Status.FAILED);
        assertThat(results.get("broken").error()).contains("not a valid RSS or Atom feed");
        assertThat(results.get("atom").status()).isEqualTo(FeedPoller.Status.FAILED);
        assertThat(results.get("missing").error()).isEqualTo("HTTP 404");
        assertThat(results.get("slow").error()).containsIgnoringCase("timed out");
        assertThat(results.get("rss").status()).isEqualTo(FeedPoller.Status.FETCHED);
        assertThat(results.get("rss").accepted()).isEqualTo(1);
        assertThat(count("allywatch.feeds.polls", "broken", "failed")).isEqualTo(brokenBefore + 1);
        FeedState broken = QuarkusTransaction.requiringNew().call(() -> FeedState.<FeedState>findById("broken"));
        assertThat(broken.lastError).contains("not a valid RSS or Atom feed");

        // The next poll retries: once the feed is fixed, its items come through.
        server.serve(FeedServerTestResource.BROKEN, "application/rss+xml",
                rss(rssItem("fixed-" + run, "Fixed", link, "<p>The feed was repaired. " + run + "</p>")), null, null);
        FeedPoller.PollResult retried = poller.poll("broken");
        assertThat(retried.status()).isEqualTo(FeedPoller.Status.FETCHED);
        assertThat(retried.accepted()).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> FeedState.<FeedState>findById("broken")).lastError).isNull();
        assertThat(publishedByUrl().get(link)).hasSize(1);
    }

    @Test
    @Timeout(60) // a poller that waited for the whole trickled body would take minutes
    void aFeedTricklingItsBodyIsCutOffAtTheTimeoutAndTheOthersCarryOn() {
        String run = UUID.randomUUID().toString();
        String trickled = rss(rssItem("trickle-" + run, "Trickle", "https://example.org/trickle-" + run,
                "<p>This body comes one byte a second. " + run + "</p>"));
        server.serve(FeedServerTestResource.SLOW,
                FeedServer.Response.trickling("application/rss+xml", trickled, Duration.ofSeconds(1)));
        server.serve(FeedServerTestResource.RSS, "application/rss+xml",
                rss(rssItem("beside-" + run, "Beside", "https://example.org/beside-" + run,
                        "<p>A prompt feed polled beside a trickling one. " + run + "</p>")),
                "\"beside-" + run + "\"", null);
        double slowFailedBefore = count("allywatch.feeds.polls", "slow", "failed");

        long start = System.nanoTime();
        Map<String, FeedPoller.PollResult> results = poller.pollAll().stream()
                .collect(Collectors.toMap(FeedPoller.PollResult::feed, Function.identity()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(results.get("slow").status()).isEqualTo(FeedPoller.Status.FAILED);
        assertThat(results.get("slow").error()).containsIgnoringCase("timed out");
        assertThat(results.get("rss").status()).isEqualTo(FeedPoller.Status.FETCHED);
        assertThat(results.get("rss").accepted()).isEqualTo(1);
        assertThat(count("allywatch.feeds.polls", "slow", "failed")).isEqualTo(slowFailedBefore + 1);
        FeedState slow = QuarkusTransaction.requiringNew().call(() -> FeedState.<FeedState>findById("slow"));
        assertThat(slow.lastError).containsIgnoringCase("timed out");
        // Every feed polled, the trickling one cut off at its timeout: far less than its body's length in seconds.
        assertThat(took).isLessThan(Duration.ofSeconds(trickled.length() / 4));
    }

    /**
     * Two replicas: the bean and a second poller on the same database (its own lock, as in
     * another process), each polling the shared feed from its own thread at the same moment.
     */
    @Test
    void twoReplicasFetchADueFeedOnceAndALapsedClaimIsTakenOver() throws Exception {
        String run = UUID.randomUUID().toString();
        String link = "https://example.org/shared-" + run;
        // Answers late, so the two polls overlap (well inside the 1 s fetch timeout, on a loaded machine too).
        server.serve(FeedServerTestResource.SHARED, new FeedServer.Response(200, "application/rss+xml",
                rss(rssItem("shared-" + run, "Shared", link, "<p>One feed, two replicas. " + run + "</p>")),
                "\"shared-" + run + "\"", null, Duration.ofMillis(250)));
        FeedPoller other = new FeedPoller(config, lease, states, schedule, fetcher, feedParser, items, registry);
        // Due now, whatever earlier tests did with this feed.
        QuarkusTransaction.requiringNew().run(() -> FeedState.update("lastPolledAt = null where feedName = ?1", "shared"));
        int fetches = server.requests(FeedServerTestResource.SHARED).size();

        List<Optional<FeedPoller.PollResult>> both = pollTogether(poller, other);
        assertThat(server.requests(FeedServerTestResource.SHARED)).as("one fetch per due time").hasSize(fetches + 1);
        assertThat(both.stream().flatMap(Optional::stream).toList()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(FeedPoller.Status.FETCHED))
                .satisfies(r -> assertThat(r.accepted()).isEqualTo(1));
        FeedState afterPoll = sharedState();
        assertThat(afterPoll.claimedUntil).as("released after the poll").isNull();
        assertThat(afterPoll.claimedBy).isNull();

        // Not due again until its interval has passed, for either replica.
        assertThat(pollTogether(poller, other)).allMatch(Optional::isEmpty);
        assertThat(server.requests(FeedServerTestResource.SHARED)).hasSize(fetches + 1);

        clock.advancePast(sharedState().lastPolledAt.plus(FeedServerTestResource.SHARED_EVERY));
        assertThat(pollTogether(poller, other).stream().flatMap(Optional::stream).toList()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(FeedPoller.Status.NOT_MODIFIED));
        assertThat(server.requests(FeedServerTestResource.SHARED)).as("one fetch per due time").hasSize(fetches + 2);

        // The other replica claims the feed and dies before its poll ends: the claim holds the feed
        // even once it is due, until its lease lapses; then this replica takes it over.
        assertThat(lease.claim("shared", config.feeds().get("shared").url(), null)).isNotNull();
        clock.advancePast(sharedState().lastPolledAt.plus(FeedServerTestResource.SHARED_EVERY));
        assertThat(poller.pollIfDue("shared")).isEmpty();
        assertThat(poller.poll("shared").status()).isEqualTo(FeedPoller.Status.BUSY);
        assertThat(server.requests(FeedServerTestResource.SHARED)).hasSize(fetches + 2);

        clock.advancePast(sharedState().claimedUntil);
        assertThat(poller.pollIfDue("shared")).hasValueSatisfying(
                r -> assertThat(r.status()).isEqualTo(FeedPoller.Status.NOT_MODIFIED));
        assertThat(server.requests(FeedServerTestResource.SHARED)).hasSize(fetches + 3);
        assertThat(sharedState().claimedUntil).isNull();
        assertThat(publishedByUrl().get(link)).as("the item taken once").hasSize(1);
    }

    /** Both pollers call pollIfDue at once, each from its own thread. */
    private static List<Optional<FeedPoller.PollResult>> pollTogether(FeedPoller a, FeedPoller b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Optional<FeedPoller.PollResult>> first = CompletableFuture.supplyAsync(() -> {
            await(start);
            return a.pollIfDue("shared");
        });
        CompletableFuture<Optional<FeedPoller.PollResult>> second = CompletableFuture.supplyAsync(() -> {
            await(start);
            return b.pollIfDue("shared");
        });
        return List.of(first.get(), second.get());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static FeedState sharedState() {
        return QuarkusTransaction.requiringNew().call(() -> FeedState.<FeedState>findById("shared"));
    }
}
