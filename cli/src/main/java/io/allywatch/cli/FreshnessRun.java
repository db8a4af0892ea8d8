package io.allywatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.allywatch.contract.ContractJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;

/**
 * Freshness under an open-loop load: articles are posted on a fixed schedule ({@link SendPlan}),
 * whatever the answers, and each one's latency runs from its HTTP 2xx to the moment query-service
 * announces its event on {@code /api/events/stream} (sent only once committed, i.e. queryable).
 * Each article states an aid amount no other article states, so its AID event is new and the
 * stream's summary names this article; its text is unique too, so dedupe does not drop it.
 */
final class FreshnessRun {
    /** How often the driver looks at its plan; each look sends every article that has come due. */
    static final Duration TICK = Duration.ofMillis(Long.getLong("allywatch.bench.tick-ms", 5));
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final int FAILURE_DETAIL_CHARS = 60;
    private static final ObjectMapper JSON = ContractJson.mapper();

    record Outcome(BenchResults.Freshness freshness, List<BenchResults.Probe> probes) {
    }

    private FreshnessRun() {
    }

    /** The article text of probe {@code index}: an amount no other probe has, and the run's id. */
    static String probeText(String runId, int index) {
        return String.format(Locale.ROOT, "The United States will provide $%d.%02d million in military aid to Peru in 2026, "
                + "the State Department said on Monday. Reference %s-%d.", 10 + index / 100, index % 100, runId, index);
    }

    static Outcome run(HttpClient http, URI ingest, URI query, String auth, String runId, SendPlan plan, int firstIndex,
                       long runStartNanos, Duration drainTimeout) throws Exception {
        int total = plan.total();
        AtomicLongArray sentAt = new AtomicLongArray(total);
        AtomicLongArray ackedAt = new AtomicLongArray(total);
        Map<String, Integer> probeOfArticle = new ConcurrentHashMap<>();
        Map<String, Long> seenAt = new ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();

        HttpResponse<Stream<String>> stream = http.sendAsync(HttpRequest.newBuilder(query.resolve("/api/events/stream?type=AID")).build(),
                HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        if (stream.statusCode() != 200) {
            throw new IllegalStateException("query-service's event stream answered " + stream.statusCode());
        }
        Thread reader = new Thread(() -> {
            try {
                stream.body().forEach(line -> {
                    long now = System.nanoTime();
                    if (line.startsWith("data:")) {
                        String articleId = articleIdOf(line.substring(5).trim());
                        if (articleId != null) {
                            seenAt.putIfAbsent(articleId, now);
                        }
                    }
                });
            } catch (RuntimeException closed) {
                // the stream ends when we close it
            }
        }, "allywatch-bench-stream");
        reader.setDaemon(true);
        reader.start();

        URI endpoint = ingest.resolve("/api/articles");
        CountDownLatch allSent = new CountDownLatch(1);
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService driver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "allywatch-bench-driver");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        driver.scheduleAtFixedRate(() -> {
            int due = plan.dueBy(System.nanoTime() - start);
            while (next.get() < due) {
                int i = next.getAndIncrement();
                HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json").header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.ofString(body(probeText(runId, firstIndex + i)))).build();
                sentAt.set(i, System.nanoTime());
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                    long now = System.nanoTime();
                    if (error == null && response.statusCode() / 100 == 2) {
                        ackedAt.set(i, now);
                        String articleId = articleIdOf(response.body());
                        if (articleId != null) {
                            probeOfArticle.put(articleId, i);
                        }
                        acknowledged.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        failures.merge(error == null ? failure(response) : rootCause(error), 1, Integer::sum);
                    }
                });
            }
            if (next.get() >= total) {
                allSent.countDown();
            }
        }, 0, TICK.toNanos(), TimeUnit.NANOSECONDS);
        allSent.await();
        driver.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;

        long deadline = System.nanoTime() + drainTimeout.toNanos();
        while (System.nanoTime() < deadline
                && (acknowledged.get() + failed.get() < total || !probeOfArticle.keySet().stream().allMatch(seenAt::containsKey))) {
            Thread.sleep(200);
        }
        stream.body().close();

        List<Double> latencies = new ArrayList<>();
        List<Double> fromSend = new ArrayList<>();
        List<BenchResults.Probe> probes = new ArrayList<>();
        int seen = 0;
        for (Map.Entry<String, Integer> e : probeOfArticle.entrySet()) {
            Long at = seenAt.get(e.getKey());
            if (at == null) {
                continue;
            }
            seen++;
            int i = e.getValue();
            double ms = (at - ackedAt.get(i)) / 1e6;
            latencies.add(ms);
            fromSend.add((at - sentAt.get(i)) / 1e6);
            probes.add(new BenchResults.Probe((sentAt.get(i) - runStartNanos) / 1e9, ms));
        }
        probes.sort(java.util.Comparator.comparingDouble(BenchResults.Probe::sentAt));
        BenchResults.Freshness f = new BenchResults.Freshness(plan.ratePerSecond(), seconds, total, acknowledged.get(), failed.get(),
                seen, acknowledged.get() / seconds, Percentiles.of(latencies), Percentiles.of(fromSend), new java.util.TreeMap<>(failures), Double.NaN);
        return new Outcome(f, probes);
    }

    /** The status and the start of the problem's detail, enough to tell one cause of a 503 from another. */
    static String failure(HttpResponse<String> response) {
        String detail = BatchUpload.detail(response.body()).strip();
        return "HTTP " + response.statusCode() + " \"" + (detail.length() > FAILURE_DETAIL_CHARS
                ? detail.substring(0, FAILURE_DETAIL_CHARS) + "…" : detail) + "\"";
    }

    private static String rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    private static String body(String text) {
        ObjectNode article = JSON.createObjectNode();
        article.put("text", text);
        article.put("lang", "en");
        article.put("publishedAt", "2026-12-01T00:00:00Z");
        return article.toString();
    }

    /** The articleId of an ingest answer or of a stream summary (its {@code event} is the mention that tells it). */
    static String articleIdOf(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            JsonNode id = node.has("articleId") ? node.get("articleId") : node.path("event").get("articleId");
            return id == null || id.isNull() ? null : id.asText();
        } catch (Exception e) {
            return null;
        }
    }
}
