package io.allywatch.messaging;

import java.time.Duration;
import java.time.Instant;

/**
 * How many lines of one kind may be logged per window: a flood of bad records must not flood the
 * logs (100,000 junk lines once wrote 100,000 ERROR lines). The first {@code perWindow} of a window
 * are logged; the rest only counted, and said in one line when the next window opens. Thread-safe.
 */
public final class LogBudget {
    private final int perWindow;
    private final Duration window;
    private Instant windowStart;
    private int used;
    private long suppressed;

    /** What to do with one line. */
    public record Decision(boolean log, boolean lastBeforeSilence, long suppressedBefore) {
    }

    public LogBudget(int perWindow, Duration window) {
        if (perWindow < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("perWindow must be positive and window longer than zero");
        }
        this.perWindow = perWindow;
        this.window = window;
    }

    /**
     * Takes one line from the budget at {@code now}.
     *
     * @return whether to log it, whether it is the last one logged in this window (say that the
     *         rest are counted only), and how many lines of the window before were not logged
     */
    public synchronized Decision take(Instant now) {
        long before = 0;
        if (windowStart == null || !now.isBefore(windowStart.plus(window))) {
            before = suppressed;
            windowStart = now;
            used = 0;
            suppressed = 0;
        }
        if (used < perWindow) {
            used++;
            return new Decision(true, used == perWindow, before);
        }
        suppressed++;
        return new Decision(false, false, before);
    }

    public Duration window() {
        return window;
    }
}
