package io.allywatch.cli;

import java.time.Duration;

/**
 * When an open-loop driver sends: article {@code i} is due {@code i / rate} seconds after the start,
 * whatever happened to the ones before (no waiting for answers, so a slow pipeline cannot slow the
 * offered load down and hide its own latency: no coordinated omission).
 */
record SendPlan(int ratePerSecond, Duration duration) {
    SendPlan {
        if (ratePerSecond <= 0 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a send plan needs a positive rate and duration");
        }
    }

    /** Articles in the whole plan. */
    int total() {
        return (int) Math.round(ratePerSecond * (duration.toNanos() / 1e9));
    }

    /** Nanoseconds after the start at which article {@code index} is due. */
    long dueNanos(int index) {
        return Math.round(index * 1e9 / ratePerSecond);
    }

    /** How many articles are due {@code elapsedNanos} after the start (article 0 is due at once). */
    int dueBy(long elapsedNanos) {
        if (elapsedNanos < 0) {
            return 0;
        }
        long due = (long) Math.floor(elapsedNanos * (double) ratePerSecond / 1e9) + 1;
        return (int) Math.min(total(), due);
    }
}
