package io.allywatch.ingest.store;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Which replica polls a feed: a poll first claims the feed with a conditional UPDATE of its
 * {@code feed_state} row (one replica wins). A claim is a lease: a replica that dies mid-poll holds
 * the feed only until {@code allywatch.ingest.feeds.claim-lease} has passed.
 */
@ApplicationScoped
public class FeedLease {
    private static final Logger LOG = Logger.getLogger(FeedLease.class);

    private final FeedStateStore states;
    private final Clock clock;
    private final Duration claimLease;
    private final Duration fetchTimeout;

    public FeedLease(FeedStateStore states, Clock clock,
                     @ConfigProperty(name = "allywatch.ingest.feeds.claim-lease") Duration claimLease,
                     @ConfigProperty(name = "allywatch.ingest.feeds.timeout") Duration fetchTimeout) {
        this.states = states;
        this.clock = clock;
        this.claimLease = claimLease;
        this.fetchTimeout = fetchTimeout;
    }

    /** A lease that can lapse while its fetch still runs would let a second replica fetch too: a start-up error. */
    void checkConfig(@Observes StartupEvent start) {
        if (claimLease.compareTo(fetchTimeout) <= 0) {
            throw new IllegalArgumentException("allywatch.ingest.feeds.claim-lease (" + claimLease
                    + ") must be longer than allywatch.ingest.feeds.timeout (" + fetchTimeout + ")");
        }
    }

    /**
     * Takes the feed's lease if no unexpired claim holds it and, when {@code dueIfPolledBefore}
     * is given, the feed was last polled no later than that; the one conditional UPDATE decides
     * between replicas. Returns the claim's token, or null when not taken.
     */
    public String claim(String name, String url, Instant dueIfPolledBefore) {
        states.ensureRow(name, url);
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

    /** Extends this poll's own claim by a whole lease from now. */
    public void renew(String name, String token) {
        Instant leaseEnd = clock.instant().plus(claimLease);
        QuarkusTransaction.requiringNew().run(() -> FeedState.update(
                "claimedUntil = ?1 where feedName = ?2 and claimedBy = ?3", leaseEnd, name, token));
    }

    /** Releases only this poll's own claim: a lapsed one may have been taken by another replica. */
    public void release(String name, String token) {
        try {
            QuarkusTransaction.requiringNew().run(() -> FeedState.update(
                    "claimedUntil = null, claimedBy = null where feedName = ?1 and claimedBy = ?2", name, token));
        } catch (RuntimeException e) {
            LOG.warnf("Feed %s: could not release its claim, which lapses at the end of its lease: %s", name, e.toString());
        }
    }
}
