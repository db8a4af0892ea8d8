package io.allywatch.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks at the running stack at a fixed interval: both hops' consumer lag (for the plot) and every
 * process's resident memory (its highest sample is the peak the table shows beside the kernel's VmHWM).
 */
final class PipelineSampler implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofMillis(Long.getLong("allywatch.bench.sample-ms", 500));

    private final PipelineLag lag;
    private final Map<String, Long> pids;
    private final long runStartNanos;
    private final List<BenchResults.Sample> samples = new ArrayList<>();
    private final Map<String, Long> peakRssKb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "allywatch-bench-sampler");
        t.setDaemon(true);
        return t;
    });

    PipelineSampler(PipelineLag lag, Map<String, Long> pids, long runStartNanos) {
        this.lag = lag;
        this.pids = pids;
        this.runStartNanos = runStartNanos;
    }

    PipelineSampler start() {
        timer.scheduleWithFixedDelay(this::sample, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void sample() {
        double at = (System.nanoTime() - runStartNanos) / 1e9;
        long extract = lagOf(PipelineLag.STAGES.get(0));
        long query = lagOf(PipelineLag.STAGES.get(1));
        synchronized (samples) {
            samples.add(new BenchResults.Sample(at, extract, query));
        }
        pids.forEach((name, pid) -> peakRssKb.merge(name, ProcStats.memory(pid).rssKb(), Math::max));
    }

    private long lagOf(PipelineLag.Stage stage) {
        try {
            return lag.lag(stage.group(), stage.topics());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }
    }

    List<BenchResults.Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    long peakRssKb(String process) {
        return peakRssKb.getOrDefault(process, -1L);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
