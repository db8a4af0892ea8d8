package io.allywatch.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The phases of one bench run against a started-here stack, in order; the caller stops the stack. */
final class BenchRun {
    /** Resident memory is read this long after start-up, with nothing to do. */
    static final Duration IDLE_SETTLE = Duration.ofSeconds(Long.getLong("allywatch.bench.idle-settle-s", 3));
    static final Duration LAG_POLL = Duration.ofMillis(250);
    /**
     * The raw round trip sends the articles again until it has sent this many: a small slice alone takes a
     * fraction of a second, where the clients' fixed costs would set the limit (4,168/s for 1,500 records
     * against 19,040/s for 23,032 in runs of the same afternoon).
     */
    static final int RAW_MIN_RECORDS = Integer.getInteger("allywatch.bench.raw-min-records", 20_000);

    /**
     * @param drain  how long a load step's last articles may take to show on the query API before they count as not seen
     * @param warmUp how long the first rate runs, unscored, before the scored steps (zero: none)
     */
    record Settings(String command, String mode, Path corpus, int articles, List<Integer> rates, Duration step, Duration drain,
                    Duration catchUpTimeout, Duration warmUp) {
    }

    private final LocalStack stack;
    private final Settings settings;
    private final PrintStream out;
    private final long runStart = System.nanoTime();
    private final List<BenchResults.Phase> phases = new ArrayList<>();

    BenchRun(LocalStack stack, Settings settings, PrintStream out) {
        this.stack = stack;
        this.settings = settings;
        this.out = out;
    }

    BenchResults run() throws Exception {
        Instant started = Instant.now();
        String loadBefore = ProcStats.loadAverage();
        BenchCorpus corpus = BenchCorpus.read(settings.corpus(), settings.articles());
        out.printf("allywatch bench (%s): %,d corpus articles, load steps %s/s of %d s each%n", settings.mode(),
                corpus.lines().size(), settings.rates(), settings.step().toSeconds());
        double t0 = now();
        stack.up(out);
        phases.add(new BenchResults.Phase("start-up", t0, now()));
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put(LocalStack.KAFKA, stack.alivePid(LocalStack.KAFKA).orElseThrow());
        for (StackService s : StackService.ALL) {
            pids.put(s.name(), stack.alivePid(s.name()).orElseThrow());
        }
        try (PipelineLag lag = new PipelineLag(stack.bootstrapServers());
             PipelineSampler sampler = new PipelineSampler(lag, pids, runStart).start()) {
            LocalStack.sleep(IDLE_SETTLE);
            Map<String, Long> idleRss = new LinkedHashMap<>();
            pids.forEach((name, pid) -> idleRss.put(name, ProcStats.memory(pid).rssKb()));

            out.println("Raw Kafka round trip (scratch topic " + BenchCommand.SCRATCH_TOPIC + ") ...");
            t0 = now();
            BenchResults.RoundTrip raw = RawRoundTrip.run(stack.bootstrapServers(), BenchCommand.SCRATCH_TOPIC,
                    BenchCommand.SCRATCH_PARTITIONS, RawRoundTrip.atLeast(corpus.records(), RAW_MIN_RECORDS));
            phases.add(new BenchResults.Phase("raw", t0, now()));
            out.printf(Locale.ROOT, "  %,d records in %.2f s: %,.0f/s%n", raw.records(), raw.seconds(), raw.perSecond());

            BenchResults.Throughput throughput = throughput(corpus, lag, pids);

            List<BenchResults.Freshness> freshness = new ArrayList<>();
            List<BenchResults.Probe> probes = new ArrayList<>();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            String runId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            int firstIndex = 0;
            if (!settings.warmUp().isZero() && !settings.rates().isEmpty()) {
                // The first seconds of single uploads compile new paths in every JVM (the corpus went in batches): on 2 cores
                // that holds the read store seconds behind, which is start-up, not the steady state the steps measure.
                int rate = settings.rates().get(0);
                SendPlan plan = new SendPlan(rate, settings.warmUp());
                out.printf("Warm-up at %d articles/s for %d s (not scored) ...%n", rate, settings.warmUp().toSeconds());
                t0 = now();
                FreshnessRun.Outcome o = load(http, runId, plan, firstIndex);
                phases.add(new BenchResults.Phase("warm-up", t0, now()));
                firstIndex += plan.total();
                Percentiles p = o.freshness().latencyMs();
                out.printf(Locale.ROOT, "  freshness p50 %s, p99 %s%n", BenchMarkdown.ms(p.p50()), BenchMarkdown.ms(p.p99()));
                awaitLagZero(lag, 1, settings.catchUpTimeout());
            }
            for (int rate : settings.rates()) {
                SendPlan plan = new SendPlan(rate, settings.step());
                out.printf("Freshness at %d articles/s for %d s (open loop) ...%n", rate, settings.step().toSeconds());
                t0 = now();
                double[] projectedBefore = sumAndCount(stack.url("query-service"), PROJECTION_LATENCY);
                FreshnessRun.Outcome o = load(http, runId, plan, firstIndex);
                phases.add(new BenchResults.Phase(rate + "/s", t0, now()));
                firstIndex += plan.total();
                double[] projectedAfter = sumAndCount(stack.url("query-service"), PROJECTION_LATENCY);
                double projectionMs = meanMs(projectedBefore, projectedAfter);
                freshness.add(o.freshness().withProjectionMeanMs(projectionMs));
                probes.addAll(o.probes());
                Percentiles p = o.freshness().latencyMs();
                out.printf(Locale.ROOT, "  sent %,d, 2xx %,d, seen %,d; freshness p50 %s, p95 %s, p99 %s%n", o.freshness().sent(),
                        o.freshness().acknowledged(), o.freshness().seen(), BenchMarkdown.ms(p.p50()), BenchMarkdown.ms(p.p95()),
                        BenchMarkdown.ms(p.p99()));
                out.printf(Locale.ROOT, "  of it in query-service (event record on its topic -> committed): mean %s%n", BenchMarkdown.ms(projectionMs));
                if (!o.freshness().failures().isEmpty()) {
                    out.println("  not 2xx: " + o.freshness().failures());
                }
                if (rate != settings.rates().get(settings.rates().size() - 1)) {
                    awaitLagZero(lag, 1, settings.catchUpTimeout()); // the next step starts on an empty pipeline
                }
            }
            List<BenchResults.Memory> memory = new ArrayList<>();
            pids.forEach((name, pid) -> memory.add(new BenchResults.Memory(name, idleRss.get(name),
                    sampler.peakRssKb(name), ProcStats.memory(pid).hwmKb())));
            return new BenchResults(settings.command(), settings.mode(), started, Instant.now(), loadBefore, ProcStats.loadAverage(),
                    Runtime.getRuntime().availableProcessors(), raw, throughput, freshness, memory, sampler.samples(), probes, phases);
        }
    }

    /** One open-loop load of the plan's articles, numbered from {@code firstIndex}, through ingest to the query API. */
    private FreshnessRun.Outcome load(HttpClient http, String runId, SendPlan plan, int firstIndex) throws Exception {
        return FreshnessRun.run(http, stack.url("ingest-service"), stack.url("query-service"), "Bearer " + stack.layout().apiKey(), runId,
                plan, firstIndex, runStart, settings.drain());
    }

    private BenchResults.Throughput throughput(BenchCorpus corpus, PipelineLag lag, Map<String, Long> pids) throws Exception {
        Path slice = corpus.writeTo(stack.layout().home().resolve("corpus-slice.jsonl"));
        Map<String, Double> cpuBefore = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpuBefore.put(name, ProcStats.cpuSeconds(pid)));
        out.println("Corpus end to end: ingest -> extract -> read store ...");
        double t0 = now();
        long start = System.nanoTime();
        IngestCommand.Summary summary = IngestCommand.ingest(stack, List.of(slice), out,
                new IngestCommand.Settings(1000, 2, true, false));
        double ingest = (System.nanoTime() - start) / 1e9;
        double extract = awaitLagZero(lag, 0, settings.catchUpTimeout()) - t0;
        double projection = awaitLagZero(lag, 1, settings.catchUpTimeout()) - t0;
        phases.add(new BenchResults.Phase("corpus", t0, now()));
        Map<String, Double> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpu.put(name, ProcStats.cpuSeconds(pid) - cpuBefore.get(name)));
        int articles = corpus.lines().size();
        out.printf(Locale.ROOT, "  %,d accepted: ingest %.1f s, extract %.1f s, in the read store %.1f s (%,.0f/s)%n",
                summary.accepted(), ingest, extract, projection, summary.accepted() / projection);
        return new BenchResults.Throughput(articles, summary.accepted(), summary.duplicates(), summary.rejected(), ingest, extract,
                projection, metric(stack.url("query-service"), "allywatch_extractions_projected_total"), cpu);
    }

    /**
     * Waits until the pipeline's stages up to {@code lastStage} (0 extract, 1 query) have no lag, twice in a row
     * (events extract has just published may not be visible at the first look); returns when, in run seconds.
     */
    private double awaitLagZero(PipelineLag lag, int lastStage, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        double firstZero = -1;
        while (System.nanoTime() < deadline) {
            long total = 0;
            for (int s = 0; s <= lastStage; s++) {
                PipelineLag.Stage stage = PipelineLag.STAGES.get(s);
                total += lag.lag(stage.group(), stage.topics());
            }
            if (total == 0) {
                if (firstZero >= 0) {
                    return firstZero;
                }
                firstZero = now();
            } else {
                firstZero = -1;
            }
            Thread.sleep(LAG_POLL.toMillis());
        }
        throw new IllegalStateException("the pipeline has not caught up after " + timeout.toSeconds() + " s");
    }

    /** query-service's timer from an event record reaching its topic to its change committed (Prometheus base name, seconds). */
    static final String PROJECTION_LATENCY = "allywatch_projection_latency_seconds";

    /** A timer's {@code _sum} and {@code _count} from a service's Prometheus page; NaNs when it cannot be read. */
    static double[] sumAndCount(URI service, String timer) {
        try {
            String page = metricsPage(service);
            return new double[] {sumOf(page, timer + "_sum"), sumOf(page, timer + "_count")};
        } catch (Exception e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    /** The mean in ms of what a timer recorded between two readings of its sum (seconds) and count; NaN when none. */
    static double meanMs(double[] before, double[] after) {
        double count = after[1] - before[1];
        return count > 0 ? (after[0] - before[0]) / count * 1000 : Double.NaN;
    }

    /** A counter's total over its labels, from a service's Prometheus page; −1 when it cannot be read. */
    static long metric(URI service, String name) {
        try {
            return Math.round(sumOf(metricsPage(service), name));
        } catch (Exception e) {
            return -1;
        }
    }

    private static String metricsPage(URI service) throws java.io.IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.resolve("/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static double sumOf(String prometheusPage, String name) {
        double sum = 0;
        for (String line : prometheusPage.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                int exemplar = line.indexOf(" # "); // OpenMetrics: "name{labels} value # {trace} 1.0 timestamp"
                String sample = (exemplar < 0 ? line : line.substring(0, exemplar)).strip();
                sum += Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private double now() {
        return (System.nanoTime() - runStart) / 1e9;
    }
}
