package io.allywatch.cli;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What one {@code ./allywatch bench} run measured; every rate is also read against the raw round trip. */
record BenchResults(String command, String mode, Instant started, Instant ended, String loadBefore, String loadAfter,
                    int cores, RoundTrip raw, Throughput throughput, List<Freshness> freshness, List<Memory> memory,
                    List<Sample> samples, List<Probe> probes, List<Phase> phases) {

    /** The limit: the same records produced to a scratch topic of the same broker and consumed back. */
    record RoundTrip(int records, long bytes, double seconds) {
        double perSecond() {
            return records / seconds;
        }
    }

    /**
     * The corpus through the pipeline: seconds from the first upload until each stage was done with it
     * (ingest: every upload answered; extract: its consumer group's lag 0; projection: query-service's lag 0).
     */
    record Throughput(int articles, int accepted, int duplicates, int rejected, double ingestSeconds, double extractSeconds,
                      double projectionSeconds, long extractionsProjected, Map<String, Double> cpuSeconds) {
        double perSecond(double seconds) {
            return accepted / seconds;
        }
    }

    /** One open-loop load step: latency from an article's HTTP 2xx to its event on the query API's stream. */
    /**
     * @param latencyMs from the article's HTTP 2xx to its event on the query API (negative when the event came first)
     * @param fromSendMs from the moment the article was sent
     * @param failures  the sends without a 2xx, by HTTP status or exception
     * @param projectionMeanMs of it, the mean time in query-service over the step: from an event record reaching its
     *                         topic to its change committed (its {@code allywatch.projection.latency} timer); NaN if unread
     */
    record Freshness(int offeredPerSecond, double seconds, int sent, int acknowledged, int failed, int seen,
                     double achievedPerSecond, Percentiles latencyMs, Percentiles fromSendMs, Map<String, Integer> failures,
                     double projectionMeanMs) {
        Freshness withProjectionMeanMs(double ms) {
            return new Freshness(offeredPerSecond, seconds, sent, acknowledged, failed, seen, achievedPerSecond, latencyMs, fromSendMs,
                    failures, ms);
        }
    }

    /** Resident memory of one process, kB: after start-up with nothing to do, the most sampled, the kernel's high-water mark. */
    record Memory(String process, long idleRssKb, long peakSampledRssKb, long hwmKb) {
    }

    /** Seconds since the run began; consumer lag of both hops, −1 when it could not be read. */
    record Sample(double at, long extractLag, long queryLag) {
    }

    /** One freshness article: when it was sent (seconds since the run began) and its latency in ms. */
    record Probe(double sentAt, double latencyMs) {
    }

    /** A named stretch of the run, for the plot. */
    record Phase(String name, double from, double to) {
    }
}
