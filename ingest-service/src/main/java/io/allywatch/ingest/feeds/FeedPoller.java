package io.allywatch.ingest.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.http.ProblemException;
import io.allywatch.ingest.articles.ArticleIntake;
import io.allywatch.ingest.articles.ArticleRequestParser;
import io.allywatch.ingest.articles.HtmlArticleExtractor;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Polls the configured feeds on a schedule and hands their new items to {@link ArticleIntake},
 * the same path as {@code POST /api/articles}: exact and near duplicates, language, publish with
 * acks=all. Each item is recorded once handled, so it is never taken again, across restarts;
 * items Kafka did not take are not recorded (nor the feed's validators), so the next poll fetches
 * the whole feed again and retries them. A feed that fails (network, HTTP error, malformed XML)
 * is logged, counted and retried at its next poll; it never stops the others.
 */
@ApplicationScoped
public class FeedPoller {
    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final FeedsConfig config;
    private final FeedFetcher fetcher;
    private final FeedParser feedParser;
    private final ArticleRequestParser articles;
    private final ArticleIntake intake;
    private final MeterRegistry registry;
    private final int chunkSize;
    private final Clock clock = Clock.systemUTC();
    /** When each feed was last polled by this instance; a restart polls every feed once at once. */
    private final Map<String, Instant> lastPoll = new ConcurrentHashMap<>();
    /** One poll at a time: the scheduler and a direct call must not take the same items twice. */
    private final ReentrantLock polling = new ReentrantLock();

    public FeedPoller(FeedsConfig config, FeedFetcher fetcher, ArticleIntake intake, ObjectMapper json,
                      MeterRegistry registry,
                      @ConfigProperty(name = "allywatch.ingest.max-text-chars") int maxTextChars,
                      @ConfigProperty(name = "allywatch.ingest.batch.chunk-size") int chunkSize) {
        this.config = config;
        this.fetcher = fetcher;
        this.intake = intake;
        this.registry = registry;
        this.chunkSize = chunkSize;
        HtmlArticleExtractor html = new HtmlArticleExtractor();
        this.feedParser = new FeedParser(html, clock);
        this.articles = new ArticleRequestParser(json, html, maxTextChars, clock);
    }

    public enum Status { FETCHED, NOT_MODIFIED, FAILED }

    /**
     * What one poll did. {@code alreadySeen}: items handled by an earlier poll; {@code error}: why
     * it failed (FAILED only).
     */
    public record PollResult(String feed, Status status, int accepted, int duplicates, int rejected,
                             int alreadySeen, String error) {
        static PollResult failed(String feed, String error) {
            return new PollResult(feed, Status.FAILED, 0, 0, 0, 0, error);
        }
    }

    /** Bad configuration is a startup error, unlike a feed that fails at run time. */
    void checkConfig(@Observes StartupEvent start) {
        config.feeds().forEach((name, feed) -> {
            URI url = URI.create(feed.url());
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new IllegalArgumentException("allywatch.feeds." + name + ".url must be an http(s) URL: " + url);
            }
        });
        if (!config.feeds().isEmpty()) {
            LOG.infof("Polling %d feed(s): %s", config.feeds().size(), config.feeds().keySet());
        }
    }

    @Scheduled(identity = "feeds", every = "${allywatch.ingest.feeds.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        pollDue();
    }

    /** Polls the feeds whose interval has passed since this instance last polled them. */
    public List<PollResult> pollDue() {
        Instant now = clock.instant();
        List<PollResult> results = new ArrayList<>();
        config.feeds().forEach((name, feed) -> {
            Instant last = lastPoll.get(name);
            if (last == null || !now.isBefore(last.plus(feed.every()))) {
                results.add(poll(name));
            }
        });
        return results;
    }

    /** Polls every configured feed now, in name order. */
    public List<PollResult> pollAll() {
        return config.feeds().keySet().stream().sorted().map(this::poll).toList();
    }

    /** Polls one feed now; never throws for a failing feed (the result says FAILED). */
    public PollResult poll(String name) {
        FeedsConfig.Feed feed = config.feeds().get(name);
        if (feed == null) {
            throw new IllegalArgumentException("No feed '" + name + "' is configured (allywatch.feeds.\"" + name + "\".url)");
        }
        polling.lock();
        try {
            lastPoll.put(name, clock.instant());
            PollResult result;
            try {
                result = pollLocked(name, feed);
            } catch (RuntimeException e) { // a bug or the database: still only this feed's poll fails
                LOG.errorf(e, "Feed %s (%s): poll failed", name, feed.url());
                result = failed(name, feed, e.toString());
            }
            registry.counter("allywatch.feeds.polls", "feed", name,
                    "outcome", result.status().name().toLowerCase().replace('_', '-')).increment();
            return result;
        } finally {
            polling.unlock();
        }
    }

    private PollResult pollLocked(String name, FeedsConfig.Feed feed) {
        FeedState state = QuarkusTransaction.requiringNew().call(() -> FeedState.<FeedState>findById(name));
        // Validators belong to a URL: a feed moved in the configuration is fetched in full.
        boolean sameUrl = state != null && feed.url().equals(state.url);
        String etag = sameUrl ? state.etag : null;
        String lastModified = sameUrl ? state.lastModified : null;

        FeedFetcher.Fetched fetched;
        try {
            fetched = fetcher.fetch(URI.create(feed.url()), etag, lastModified);
        } catch (IOException e) {
            return failed(name, feed, "GET failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(name, feed, "interrupted");
        }
        if (fetched.notModified()) {
            saveState(name, feed, fetched.etag() != null ? fetched.etag() : etag,
                    fetched.lastModified() != null ? fetched.lastModified() : lastModified, null);
            LOG.debugf("Feed %s: not modified", name);
            return new PollResult(name, Status.NOT_MODIFIED, 0, 0, 0, 0, null);
        }
        if (fetched.status() / 100 != 2) {
            return failed(name, feed, "HTTP " + fetched.status());
        }
        FeedParser.Parsed parsed;
        try {
            parsed = feedParser.parse(fetched.body(), fetched.contentType(), feed.source().orElse(null));
        } catch (FeedParser.MalformedFeedException e) {
            return failed(name, feed, e.getMessage());
        }
        return take(name, feed, parsed, fetched);
    }

    private PollResult take(String name, FeedsConfig.Feed feed, FeedParser.Parsed parsed, FeedFetcher.Fetched fetched) {
        // Feeds list the newest first: take them oldest first. The same id twice counts once.
        Map<String, FeedParser.Item> byId = new LinkedHashMap<>();
        List<FeedParser.Item> items = new ArrayList<>(parsed.items());
        Collections.reverse(items);
        items.forEach(i -> byId.putIfAbsent(i.id(), i));
        Set<String> seen = seenIds(name, byId.keySet());

        List<FeedItem> handled = new ArrayList<>();
        List<FeedParser.Item> pending = new ArrayList<>();
        List<Article> pendingArticles = new ArrayList<>();
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        Instant now = clock.instant();
        for (FeedParser.Item item : byId.values()) {
            if (seen.contains(item.id())) {
                continue;
            }
            try {
                pendingArticles.add(articles.complete(item.article()));
                pending.add(item);
            } catch (ProblemException bad) {
                // Recorded as seen: the same item would be refused at every poll.
                rejected++;
                LOG.warnf("Feed %s: item %s rejected: %s", name, item.id(), bad.problem().detail());
                handled.add(FeedItem.of(name, item.id(), null, now));
            }
        }
        String kafkaError = null;
        for (int from = 0; from < pending.size(); from += chunkSize) {
            int to = Math.min(pending.size(), from + chunkSize);
            List<ArticleIntake.Outcome> outcomes;
            try {
                outcomes = intake.acceptAll(pendingArticles.subList(from, to));
            } catch (ProblemException unavailable) {
                kafkaError = unavailable.problem().detail();
                break; // this chunk and the rest stay unrecorded, so the next poll retries them
            }
            for (int i = 0; i < outcomes.size(); i++) {
                ArticleIntake.Outcome o = outcomes.get(i);
                if (o.duplicate()) {
                    duplicates++;
                } else {
                    accepted++;
                }
                handled.add(FeedItem.of(name, pending.get(from + i).id(), o.articleId(), now));
            }
        }
        // Validators only once every item was handled: a 304 would otherwise hide the ones left.
        String etag = kafkaError == null ? fetched.etag() : null;
        String lastModified = kafkaError == null ? fetched.lastModified() : null;
        String error = kafkaError == null ? null : "Kafka unavailable: " + kafkaError;
        QuarkusTransaction.requiringNew().run(() -> {
            handled.forEach(i -> i.persist());
            upsertState(name, feed, etag, lastModified, error);
        });
        count(name, "accepted", accepted);
        count(name, "duplicate", duplicates);
        count(name, "rejected", rejected);
        int alreadySeen = seen.size();
        if (error != null) {
            LOG.warnf("Feed %s (%s): %s; %d item(s) left for the next poll", name, feed.url(), error,
                    byId.size() - alreadySeen - handled.size());
            return new PollResult(name, Status.FAILED, accepted, duplicates, rejected, alreadySeen, error);
        }
        LOG.infof("Feed %s: %d item(s), %d accepted, %d duplicate(s), %d rejected, %d seen before",
                name, byId.size(), accepted, duplicates, rejected, alreadySeen);
        return new PollResult(name, Status.FETCHED, accepted, duplicates, rejected, alreadySeen, null);
    }

    /** The ids among these that an earlier poll of this feed handled. */
    private Set<String> seenIds(String name, Set<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        ids.forEach(id -> byKey.put(FeedItem.key(name, id), id));
        Set<String> seen = new HashSet<>();
        List<String> keys = new ArrayList<>(byKey.keySet());
        // Bounded IN lists: a large feed must not build one huge statement.
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + 500));
            List<String> found = QuarkusTransaction.requiringNew().call(() -> FeedItem
                    .<FeedItem>list("itemKey in ?1", part).stream().map(i -> i.itemKey).toList());
            found.forEach(k -> seen.add(byKey.get(k)));
        }
        return seen;
    }

    private PollResult failed(String name, FeedsConfig.Feed feed, String error) {
        LOG.warnf("Feed %s (%s): %s; retried at the next poll", name, feed.url(), error);
        try {
            // Keep the validators: they still describe the last complete fetch.
            QuarkusTransaction.requiringNew().run(() -> {
                FeedState state = FeedState.findById(name);
                boolean sameUrl = state != null && feed.url().equals(state.url);
                upsertState(name, feed, sameUrl ? state.etag : null, sameUrl ? state.lastModified : null, error);
            });
        } catch (RuntimeException e) {
            LOG.warnf("Feed %s: could not record the failure: %s", name, e.toString());
        }
        return PollResult.failed(name, error);
    }

    private void saveState(String name, FeedsConfig.Feed feed, String etag, String lastModified, String error) {
        QuarkusTransaction.requiringNew().run(() -> upsertState(name, feed, etag, lastModified, error));
    }

    /** Inside a transaction. */
    private void upsertState(String name, FeedsConfig.Feed feed, String etag, String lastModified, String error) {
        FeedState found = FeedState.findById(name);
        FeedState state = found != null ? found : new FeedState();
        state.feedName = name;
        state.url = feed.url();
        state.etag = truncate(etag, 1024);
        state.lastModified = truncate(lastModified, 256);
        state.lastPolledAt = clock.instant();
        state.lastError = truncate(error, 2048);
        if (found == null) {
            state.persist(); // after the fields: the insert takes the state as it is now
        }
    }

    private void count(String feed, String outcome, int n) {
        if (n > 0) {
            registry.counter("allywatch.feeds.items", "feed", feed, "outcome", outcome).increment(n);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
