package io.allywatch.cli;

import java.io.PrintStream;

/** A live bar on a terminal; otherwise a line every few seconds (logs stay readable). */
final class IngestProgress {
    private static final int WIDTH = 30;
    private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final long total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    IngestProgress(PrintStream out, long total, boolean terminal) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    synchronized void update(IngestTally tally) {
        long now = System.nanoTime();
        if (now - lastPrint < (terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        lastPrint = now;
        print(tally);
    }

    synchronized void finish(IngestTally tally) {
        print(tally);
        if (terminal) {
            out.println();
        }
    }

    /** A line of its own, above the bar: why the run waits (it must not look stalled). */
    synchronized void notice(String message) {
        out.print(terminal ? "\r" : "");
        out.println("  " + message);
    }

    private void print(IngestTally tally) {
        long done = tally.done();
        double rate = done / Math.max(seconds(), 1e-3);
        double share = total == 0 ? 1 : Math.min(1, (double) done / total);
        String line = String.format("%s %3.0f%% %,d/%,d  %,.0f/s  accepted %,d  duplicates %,d  rejected %,d  ETA %s",
                bar(share), share * 100, done, total, rate, tally.accepted, tally.duplicates, tally.rejected,
                rate > 0 ? Math.round((total - done) / rate) + " s" : "?");
        if (terminal) {
            out.print("\r" + line);
            out.flush();
        } else {
            out.println("  " + line);
        }
    }

    static String bar(double share) {
        int filled = (int) Math.round(share * WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
    }
}
