package io.allywatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.ingest.config.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The polling decision on a clock the test moves: no sleeping, no database. */
class FeedScheduleTest {
    private static final Duration EVERY = Duration.ofMinutes(15);
    private final MovableClock clock = new MovableClock();
    private final FeedSchedule schedule = new FeedSchedule(clock);

    @Test
    void aFeedNeverPolledIsDue() {
        assertThat(schedule.isDue(EVERY, null)).isTrue();
        assertThat(schedule.isDue(EVERY, new FeedSchedule.Status(null, null))).isTrue();
    }

    @Test
    void aFeedIsDueOnceItsIntervalHasPassedSinceItsLastPoll() {
        Instant polled = clock.instant();
        FeedSchedule.Status status = new FeedSchedule.Status(polled, null);
        assertThat(schedule.isDue(EVERY, status)).isFalse();
        clock.advance(EVERY.minusSeconds(1));
        assertThat(schedule.isDue(EVERY, status)).isFalse();
        clock.advancePast(polled.plus(EVERY));
        assertThat(schedule.isDue(EVERY, status)).isTrue();
        assertThat(schedule.dueIfPolledBefore(EVERY)).isAfter(polled);
    }

    @Test
    void aDueFeedHeldByAnUnexpiredClaimIsNotDueUntilTheLeaseLapses() {
        Instant now = clock.instant();
        FeedSchedule.Status claimed = new FeedSchedule.Status(now.minus(EVERY.multipliedBy(2)), now.plusSeconds(30));
        assertThat(schedule.isDue(EVERY, claimed)).isFalse();
        clock.advancePast(claimed.claimedUntil());
        assertThat(schedule.isDue(EVERY, claimed)).isTrue();
    }
}
