package io.allywatch.ingest.domain;

import io.allywatch.ingest.config.FeedsConfig;
import io.allywatch.ingest.store.FeedLease;
import io.allywatch.ingest.store.FeedStateStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Polls the configured feeds on a schedule and hands their new items ({@link FeedItems}) to {@link ArticleIntake},
 * the same path as {@code POST /api/articles}: exact and near duplicates, language, publish with
 * acks=all. Each item is recorded once handled, so it is never taken again, across restarts;
 * items Kafka did not take are not recorded (nor the feed's validators), so the next poll fetches
 * the whole feed again and retries them. A feed that fails (network, HTTP error, malformed XML)
 * is logged, counted and retried at its next poll; it never stops the others.
 * <p>
 * Several replicas may run this poller against one database: a poll first takes the feed's
 * {@link FeedLease}, and a feed is due ({@link FeedSchedule}) when its {@code last_polled_at},
 * kept in the database ({@link FeedStateStore}), is older than its interval; so each due feed is
 * fetched once, by one replica.
 */
@ApplicationScoped
public class FeedPoller {
    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final FeedsConfig config;
    private final FeedLease lease;
    private final FeedStateStore states;
    private final FeedSchedule schedule;
    private final FeedFetcher fetcher;
    private final FeedParser feedParser;
    private final FeedItems items;
    private final MeterRegistry registry;
    /** One poll at a time in this instance: a direct call waits for the scheduler's poll to end. */
    private final ReentrantLock polling = new ReentrantLock();

    public FeedPoller(FeedsConfig config, FeedLease lease, FeedStateStore states, FeedSchedule schedule,
                      FeedFetcher fetcher, FeedParser feedParser, FeedItems items, MeterRegistry registry) {
        this.config = config;
        this.lease = lease;
        this.states = states;
        this.schedule = schedule;
        this.fetcher = fetcher;
        this.feedParser = feedParser;
        this.items = items;
        this.registry = registry;
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
        if (!config.feeds().isEmpty()) {
            LOG.infof("Polling %d feed(s): %s", config.feeds().size(), config.feeds().keySet());
        }
    }

    @Scheduled(identity = "feeds", every = "${allywatch.ingest.feeds.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        pollDue();
    }

    /**
     * Polls the feeds whose interval has passed since any replica last polled them. Only the feeds
     * the schedule finds due are tried; the lease's conditional UPDATE still decides between replicas.
     */
    public List<PollResult> pollDue() {
        Map<String, FeedSchedule.Status> statuses;
        try {
            statuses = states.statuses();
        } catch (RuntimeException e) { // the database: each feed's claim below reports it
            statuses = Map.of();
        }
        List<PollResult> results = new ArrayList<>();
        for (String name : config.feeds().keySet().stream().sorted().toList()) {
            if (schedule.isDue(feed(name).every(), statuses.get(name))) {
                pollIfDue(name).ifPresent(results::add);
            }
        }
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
                claim = lease.claim(name, feed.url(), schedule.dueIfPolledBefore(feed.every()));
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
                claim = lease.claim(name, feed.url(), null);
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

    private PollResult pollClaimed(String name, FeedsConfig.Feed feed, String claim) {
        PollResult result;
        try {
            result = pollLocked(name, feed, claim);
        } catch (RuntimeException e) { // a bug or the database: still only this feed's poll fails
            LOG.errorf(e, "Feed %s (%s): poll failed", name, feed.url());
            result = failed(name, feed, e.toString());
        } finally {
            lease.release(name, claim);
        }
        return counted(result);
    }

    private PollResult counted(PollResult result) {
        registry.counter("allywatch.feeds.polls", "feed", result.feed(),
                "outcome", result.status().name().toLowerCase().replace('_', '-')).increment();
        return result;
    }

    private PollResult pollLocked(String name, FeedsConfig.Feed feed, String claim) {
        FeedStateStore.Validators kept = states.validators(name, feed.url());
        FeedFetcher.Fetched fetched;
        try {
            fetched = fetcher.fetch(URI.create(feed.url()), kept.etag(), kept.lastModified());
        } catch (IOException e) {
            return failed(name, feed, "GET failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(name, feed, "interrupted");
        }
        if (fetched.notModified()) {
            states.recordPoll(name, feed.url(), new FeedStateStore.Validators(
                    fetched.etag() != null ? fetched.etag() : kept.etag(),
                    fetched.lastModified() != null ? fetched.lastModified() : kept.lastModified()), null, List.of());
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
        lease.renew(name, claim);
        FeedItems.Taken taken = items.take(name, feed.url(), parsed,
                new FeedStateStore.Validators(fetched.etag(), fetched.lastModified()));
        int alreadySeen = taken.alreadySeen();
        if (taken.error() != null) {
            LOG.warnf("Feed %s (%s): %s; %d item(s) left for the next poll", name, feed.url(), taken.error(), taken.left());
            return new PollResult(name, Status.FAILED, taken.accepted(), taken.duplicates(), taken.rejected(), alreadySeen,
                    taken.error());
        }
        return new PollResult(name, Status.FETCHED, taken.accepted(), taken.duplicates(), taken.rejected(), alreadySeen, null);
    }

    private PollResult failed(String name, FeedsConfig.Feed feed, String error) {
        LOG.warnf("Feed %s (%s): %s; retried at the next poll", name, feed.url(), error);
        try {
            states.recordFailure(name, feed.url(), error);
        } catch (RuntimeException e) {
            LOG.warnf("Feed %s: could not record the failure: %s", name, e.toString());
        }
        return PollResult.failed(name, error);
    }
}
