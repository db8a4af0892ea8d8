package io.allywatch.ingest.config;

import io.quarkus.test.Mock;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in tests: the system clock plus an offset that a test moves forward, so a
 * test waits out an interval or a lease without sleeping. Unmoved, it is the system clock.
 * Replaces {@link IngestBeans}' clock in every {@code @QuarkusTest}; a plain instance serves unit tests.
 */
@Mock
@Singleton
public class MovableClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the clock forward: as if that much time had passed. */
    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** Moves the clock forward to a little past {@code instant}, if it is not past it already. */
    public void advancePast(Instant instant) {
        Duration ahead = Duration.between(instant(), instant).plusMillis(1);
        if (!ahead.isNegative()) {
            advance(ahead);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("always UTC");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
