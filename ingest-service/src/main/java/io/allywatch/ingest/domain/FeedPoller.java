package io.allywatch.ingest.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.http.ProblemException;
import io.allywatch.ingest.config.FeedsConfig;
import io.allywatch.ingest.store.FeedItem;
import io.allywatch.ingest.store.FeedState;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
 * <p>
 * Several replicas may run this poller against one database: a poll first claims its feed with a
 * conditional UPDATE of the feed's {@code feed_state} row (one replica wins), and a feed is due
 * when its {@code last_polled_at}, kept in the database, is older than its interval; so each due
 * feed is fetched once, by one replica. A claim is a lease: a replica that dies mid-poll holds the
 * feed only until {@code allywatch.ingest.feeds.claim-lease} has passed.
 */
@ApplicationScoped
public class FeedPoller {
    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final FeedsConfig config;
    private final FeedFetcher fetcher;
    private final FeedParser feedParser;
    private final ArticleNormalizer articles;
    private final ArticleIntake intake;
    private final MeterRegistry registry;
    private final int chunkSize;
    private final Duration claimLease;
    private final Duration fetchTimeout;
    /** Replicas compare leases and due times written by each other: clocks in UTC, kept by NTP. */
    private final Clock clock = Clock.systemUTC();
    /** One poll at a time in this instance: a direct call waits for the scheduler's poll to end. */
    private final ReentrantLock polling = new ReentrantLock();

    public FeedPoller(FeedsConfig config, FeedFetcher fetcher, ArticleIntake intake, ObjectMapper json,
                      MeterRegistry registry,
                      @ConfigProperty(name = "allywatch.ingest.max-text-chars") int maxTextChars,
                      @ConfigProperty(name = "allywatch.ingest.batch.chunk-size") int chunkSize,
                      @ConfigProperty(name = "allywatch.ingest.feeds.claim-lease") Duration claimLease,
                      @ConfigProperty(name = "allywatch.ingest.feeds.timeout") Duration fetchTimeout) {
        this.config = config;
        this.fetcher = fetcher;
        this.intake = intake;
        this.registry = registry;
        this.chunkSize = chunkSize;
        this.claimLease = claimLease;
        this.fetchTimeout = fetchTimeout;
        HtmlArticleExtractor html = new HtmlArticleExtractor();
        this.feedParser = new FeedParser(html, clock);
        this.articles = new ArticleNormalizer(maxTextChars, clock);
    }

    /** BUSY: another poll of the feed (another replica's) holds its claim; nothing was fetched. */
    public enum Status { FETCHED, NOT_MODIFIED, FAILED, BUSY }

    /**
     * What one poll did. {@code alreadySeen}: items handled by an earlier poll; {@code error}: why
     * it failed (FAILED only).
     */
    public record PollResult(String feed, Status status, int accepted, int duplicates, int rejected,
                             int alreadySeen, String error) {
        static PollResult failed(String feed, String error) {
            return new PollResult(feed, Status.FAILED, 0, 0, 0, 0, error);
        }

        static PollResult busy(String feed) {
            return new PollResult(feed, Status.BUSY, 0, 0, 0, 0, null);
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
        // A lease that can lapse while its fetch still runs would let a second replica fetch too.
        if (claimLease.compareTo(fetchTimeout) <= 0) {
            throw new IllegalArgumentException("allywatch.ingest.feeds.claim-lease (" + claimLease
                    + ") must be longer than allywatch.ingest.feeds.timeout (" + fetchTimeout + ")");
        }
        if (!config.feeds().isEmpty()) {
            LOG.infof("Polling %d feed(s): %s", config.feeds().size(), config.feeds().keySet());
        }
    }

    @Scheduled(identity = "feeds", every = "${allywatch.ingest.feeds.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        pollDue();
    }

    /** Polls the feeds whose interval has passed since any replica last polled them. */
    public List<PollResult> pollDue() {
        List<PollResult> results = new ArrayList<>();
        config.feeds().keySet().stream().sorted().forEach(name -> pollIfDue(name).ifPresent(results::add));
        return results;
    }

    /**
     * Polls one feed if its interval has passed since it was last polled (by any replica) and no
     * other poll holds it; empty when it was not due or another replica took it.
     */
    public Optional<PollResult> pollIfDue(String name) {
        FeedsConfig.Feed feed = feed(name);
        polling.lock();
        try {
            String claim;
            try {
                claim = claim(name, feed, clock.instant().minus(feed.every()));
            } catch (RuntimeException e) {
                return Optional.of(claimFailed(name, feed, e));
            }
            return claim == null ? Optional.empty() : Optional.of(pollClaimed(name, feed, claim));
        } finally {
            polling.unlock();
        }
    }

    /** Polls every configured feed now, in name order. */
    public List<PollResult> pollAll() {
        return config.feeds().keySet().stream().sorted().map(this::poll).toList();
    }

    /**
     * Polls one feed now, due or not, unless another replica is polling it (BUSY); never throws
     * for a failing feed (the result says FAILED).
     */
    public PollResult poll(String name) {
        FeedsConfig.Feed feed = feed(name);
        polling.lock();
        try {
            String claim;
            try {
                claim = claim(name, feed, null);
            } catch (RuntimeException e) {
                return claimFailed(name, feed, e);
            }
            if (claim == null) {
                LOG.infof("Feed %s: not polled, another replica is polling it", name);
                return PollResult.busy(name);
            }
            return pollClaimed(name, feed, claim);
        } finally {
            polling.unlock();
        }
    }

    private FeedsConfig.Feed feed(String name) {
        FeedsConfig.Feed feed = config.feeds().get(name);
        if (feed == null) {
            throw new IllegalArgumentException("No feed '" + name + "' is configured (allywatch.feeds.\"" + name + "\".url)");
        }
        return feed;
    }

    /** The database refused the claim: only this feed's poll fails. */
    private PollResult claimFailed(String name, FeedsConfig.Feed feed, RuntimeException e) {
        LOG.errorf(e, "Feed %s (%s): could not claim its poll", name, feed.url());
        return counted(PollResult.failed(name, "could not claim the poll: " + e));
    }

    /**
     * Takes the feed's lease if no unexpired claim holds it and, when {@code dueIfPolledBefore}
     * is given, the feed was last polled no later than that; the one conditional UPDATE decides
     * between replicas. Returns the claim's token, or null when not taken.
     */
    String claim(String name, FeedsConfig.Feed feed, Instant dueIfPolledBefore) {
        ensureStateRow(name, feed);
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Instant leaseEnd = now.plus(claimLease);
        int claimed = QuarkusTransaction.requiringNew().call(() -> dueIfPolledBefore == null
                ? FeedState.update("claimedUntil = ?1, claimedBy = ?2 where feedName = ?3"
                        + " and (claimedUntil is null or claimedUntil < ?4)", leaseEnd, token, name, now)
                : FeedState.update("claimedUntil = ?1, claimedBy = ?2 where feedName = ?3"
                        + " and (claimedUntil is null or claimedUntil < ?4)"
                        + " and (lastPolledAt is null or lastPolledAt <= ?5)", leaseEnd, token, name, now,
                        dueIfPolledBefore));
        return claimed == 1 ? token : null;
    }

    /** The conditional UPDATE needs a row: a feed never polled gets one, whichever replica inserts it. */
    private void ensureStateRow(String name, FeedsConfig.Feed feed) {
        if (QuarkusTransaction.requiringNew().call(() -> FeedState.findById(name)) != null) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                FeedState state = new FeedState();
                state.feedName = name;
                state.url = feed.url();
                state.persist();
            });
        } catch (RuntimeException e) {
            // Another replica inserted it at the same time (duplicate key): its row does as well.
            if (QuarkusTransaction.requiringNew().call(() -> FeedState.findById(name)) == null) {
                throw e;
            }
        }
    }

    /** Extends this poll's own claim by a whole lease from now. */
    private void renew(String name, String token) {
        Instant leaseEnd = clock.instant().plus(claimLease);
        QuarkusTransaction.requiringNew().run(() -> FeedState.update(
                "claimedUntil = ?1 where feedName = ?2 and claimedBy = ?3", leaseEnd, name, token));
    }

    /** Releases only this poll's own claim: a lapsed one may have been taken by another replica. */
    private void release(String name, String token) {
        try {
            QuarkusTransaction.requiringNew().run(() -> FeedState.update(
                    "claimedUntil = null, claimedBy = null where feedName = ?1 and claimedBy = ?2", name, token));
        } catch (RuntimeException e) {
            LOG.warnf("Feed %s: could not release its claim, which lapses at the end of its lease: %s", name, e.toString());
        }
    }

    private PollResult pollClaimed(String name, FeedsConfig.Feed feed, String claim) {
        PollResult result;
        try {
            result = pollLocked(name, feed, claim);
        } catch (RuntimeException e) { // a bug or the database: still only this feed's poll fails
            LOG.errorf(e, "Feed %s (%s): poll failed", name, feed.url());
            result = failed(name, feed, e.toString());
        } finally {
            release(name, claim);
        }
        return counted(result);
    }

    private PollResult counted(PollResult result) {
        registry.counter("allywatch.feeds.polls", "feed", result.feed(),
                "outcome", result.status().name().toLowerCase().replace('_', '-')).increment();
        return result;
    }

    private PollResult pollLocked(String name, FeedsConfig.Feed feed, String claim) {
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
        // The fetch fit in the lease (it is longer than the fetch timeout); the items' waits for Kafka get a fresh one.
        renew(name, claim);
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
