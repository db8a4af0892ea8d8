package io.allywatch.ingest.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a feed is due, on the given clock. Pure: the poller asks it which feeds to try, and the
 * lease's conditional UPDATE applies the same rule in the database, where it decides between replicas.
 */
public final class FeedSchedule {
    private final Clock clock;

    public FeedSchedule(Clock clock) {
        this.clock = clock;
    }

    /** What the poller knows of a feed from its state row: when it was last polled, until when a poll holds it. */
    public record Status(Instant lastPolledAt, Instant claimedUntil) {
    }

    public Instant now() {
        return clock.instant();
    }

    /** A feed polled at or before this instant is due again. */
    public Instant dueIfPolledBefore(Duration every) {
        return clock.instant().minus(every);
    }

    /** Due: never polled, or its interval has passed since; and no poll holds an unexpired claim on it. */
    public boolean isDue(Duration every, Status status) {
        if (status == null) {
            return true; // never polled: no state row yet
        }
        Instant now = clock.instant();
        boolean free = status.claimedUntil() == null || status.claimedUntil().isBefore(now);
        boolean intervalPassed = status.lastPolledAt() == null || !status.lastPolledAt().isAfter(now.minus(every));
        return free && intervalPassed;
    }
}
