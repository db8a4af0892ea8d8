package io.allywatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.ContractJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Traces and metrics as an operator sees them: the packaged stack ({@code allywatch up}) with
 * OpenTelemetry switched on the way deploy/ does it (environment only), exporting to a collector
 * this test runs. One article ingested under a known trace must leave one trace through the three
 * services, and its events must carry that trace on to Kafka; each service's /q/metrics must then
 * show what the dashboard and alerts read.
 */
class ObservabilityPipelineIT {
    private static final Path REPO = CliProcess.REPO;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    // How long the pipeline may take to carry one article through and export its spans (a bound, not a measure).
    private static final Duration PIPELINE_WAIT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(250);

    private static CliProcess.Stack stack;
    private static OtlpReceiver collector;

    @BeforeAll
    static void upWithTracing() throws Exception {
        collector = new OtlpReceiver();
        stack = CliProcess.Stack.onFreePorts("observability");
        // The services inherit the CLI's environment: the same variables deploy/ sets in the cluster,
        // with OTLP over HTTP/protobuf (what this collector speaks) instead of the default gRPC.
        Map<String, String> env = Map.of(
                "QUARKUS_OTEL_SDK_DISABLED", "false",
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", collector.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                // Export spans every 100 ms rather than every 5 s, so the test waits less.
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms");
        CliProcess.Result up = cli(env, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();
    }

    @AfterAll
    static void down() throws Exception {
        try {
            if (stack != null) {
                stack.down();
            }
        } finally {
            if (collector != null) {
                collector.close();
            }
        }
    }

    @Test
    void oneTraceFollowsAnArticleFromIngestThroughExtractionToTheReadModel() throws Exception {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String callerSpanId = HexFormat.of().formatHex(randomBytes(8));
        String text = "US President Donald Trump intends to designate Peru as a major non-NATO ally, "
                + "another sign of his outreach to Latin American partners. Trace " + UUID.randomUUID() + ".";
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(url("ingest-service", "/api/articles"))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + Files.readString(stack.home().resolve("api-key")).strip())
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        String articleId = ContractJson.mapper().readTree(posted.body()).get("articleId").asText();

        // Done when every service has exported its part (each exports on its own schedule, in any order):
        // the request, two records published (article, event), two received (by extract and by query).
        List<OtlpReceiver.Span> trace = await(() -> collector.spans().stream().filter(s -> s.traceId().equals(traceId)).toList(),
                spans -> spans.stream().anyMatch(s -> s.kind() == OtlpReceiver.SERVER)
                        && spans.stream().filter(s -> s.kind() == OtlpReceiver.PRODUCER).count() >= 2
                        && spans.stream().filter(s -> s.kind() == OtlpReceiver.CONSUMER).count() >= 2,
                () -> "spans of trace " + traceId + "; collector got " + collector.requests() + " and spans " + collector.spans());

        trace.forEach(s -> System.out.printf("trace %s: %-15s kind %d %-40s span %s parent %s links %s%n",
                traceId, s.service(), s.kind(), s.name(), s.spanId(), s.parentSpanId(), s.links()));

        // ingest-service: the HTTP request, a child of the caller's span, publishes to articles.raw.
        OtlpReceiver.Span request = one(trace, "ingest-service", OtlpReceiver.SERVER, "");
        assertThat(request.parentSpanId()).isEqualTo(callerSpanId);
        OtlpReceiver.Span articleOut = one(trace, "ingest-service", OtlpReceiver.PRODUCER, "articles.raw");
        // extract-service: receives that very record, publishes the designation to events.alliance.
        OtlpReceiver.Span articleIn = one(trace, "extract-service", OtlpReceiver.CONSUMER, "articles.raw");
        assertThat(causes(articleOut, articleIn)).as("%s → %s", articleOut, articleIn).isTrue();
        OtlpReceiver.Span eventOut = one(trace, "extract-service", OtlpReceiver.PRODUCER, "events.alliance");
        // query-service: receives the event record and projects it.
        OtlpReceiver.Span eventIn = one(trace, "query-service", OtlpReceiver.CONSUMER, "events.alliance");
        assertThat(causes(eventOut, eventIn)).as("%s → %s", eventOut, eventIn).isTrue();

        // The trace rides in the event record's headers (W3C traceparent), for any consumer of the topic.
        String headers = kcatHeaders("events.alliance", articleId);
        assertThat(headers).contains("traceparent=00-" + traceId + "-");
    }

    @Test
    void eachServiceServesTheMetricsTheDashboardAndAlertsRead() throws Exception {
        String text = "Argentina gained the status of major non-NATO ally in 1998. Metrics " + UUID.randomUUID() + ".";
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(url("ingest-service", "/api/articles"))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + Files.readString(stack.home().resolve("api-key")).strip())
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        // Records no producer of ours would write: each must reach its dead-letter topic and be counted.
        kcatProduce("articles.raw", "poison-" + UUID.randomUUID(), "{not json");
        kcatProduce("events.alliance", "poison-" + UUID.randomUUID(), "{not json");

        String ingest = awaitMetrics("ingest-service", m -> value(m, "allywatch_articles_ingested_total", "outcome=\"accepted\"").isPresent());
        assertThat(value(ingest, "allywatch_articles_ingested_total", "outcome=\"accepted\"")).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));

        String extract = awaitMetrics("extract-service", m -> value(m, "allywatch_events_published_total", "type=\"DESIGNATION\"").isPresent()
                && value(m, "allywatch_dead_letters_total", "topic=\"articles.dlq\"").isPresent());
        assertThat(value(extract, "allywatch_events_published_total", "type=\"DESIGNATION\"")).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
        assertThat(value(extract, "allywatch_extraction_time_seconds_count")).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
        assertThat(value(extract, "allywatch_dead_letters_total", "topic=\"articles.dlq\"", "reason=\"UnreadableArticle\"")).contains(1.0);
        assertThat(value(extract, "kafka_consumer_fetch_manager_records_lag_max", "client_id=\"kafka-consumer-articles-in\"")).isPresent();

        String query = awaitMetrics("query-service", m -> value(m, "allywatch_events_projected_total", "type=\"DESIGNATION\"").isPresent()
                && value(m, "allywatch_dead_letters_total", "topic=\"events.dlq\"").isPresent());
        assertThat(value(query, "allywatch_events_projected_total", "type=\"DESIGNATION\"")).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
        assertThat(value(query, "allywatch_dead_letters_total", "topic=\"events.dlq\"", "reason=\"UnreadableEvent\"")).contains(1.0);
        // Projection lag: the lag of query-service's consumer, from the Kafka client.
        assertThat(value(query, "kafka_consumer_fetch_manager_records_lag_max", "client_id=\"kafka-consumer-events-in\"")).isPresent();
    }

    // ---- spans ----

    /** The one span of a service with this kind whose destination (or name) names the topic. */
    private static OtlpReceiver.Span one(List<OtlpReceiver.Span> trace, String service, int kind, String topic) {
        List<OtlpReceiver.Span> found = trace.stream()
                .filter(s -> s.service().equals(service) && s.kind() == kind)
                .filter(s -> topic.isEmpty() || s.attribute("messaging.destination.name").equals(topic) || s.name().startsWith(topic + " "))
                .toList();
        assertThat(found).as("%s span of kind %d for '%s' in %s", service, kind, topic, trace).hasSize(1);
        return found.get(0);
    }

    /** A consumer span continues a producer span as its child, or links to it. */
    private static boolean causes(OtlpReceiver.Span producer, OtlpReceiver.Span consumer) {
        return consumer.parentSpanId().equals(producer.spanId())
                || consumer.links().stream().anyMatch(l -> l.spanId().equals(producer.spanId()));
    }

    // ---- Kafka through kcat, as SeedsPipelineIT reads it ----

    private static String kcatHeaders(String topic, String articleId) throws Exception {
        String out = run(List.of("kcat", "-b", "127.0.0.1:" + stack.kafkaPort(), "-C", "-t", topic, "-e", "-q", "-f", "%h\\t%s\\n"), null);
        return out.lines().filter(l -> l.contains(articleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no record of " + articleId + " on " + topic + ":\n" + out));
    }

    private static void kcatProduce(String topic, String key, String value) throws Exception {
        run(List.of("kcat", "-b", "127.0.0.1:" + stack.kafkaPort(), "-P", "-t", topic, "-K", "\t"), key + "\t" + value + "\n");
    }

    private static String run(List<String> command, String input) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("kcat is needed for this test (run ./allywatch test, which installs it, or apt-get install -y kcat)", e);
        }
        try (var stdin = p.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("%s did not finish", command).isTrue();
        assertThat(p.exitValue()).as("%s: %s", command, out).isZero();
        return out;
    }

    // ---- metrics ----

    private static String awaitMetrics(String service, Predicate<String> ready) throws Exception {
        return await(() -> get(url(service, "/q/metrics")), ready, () -> service + " metrics");
    }

    /** The sum of the samples of {@code name} whose labels contain every one of {@code labels}. */
    static Optional<Double> value(String metrics, String name, String... labels) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        double sum = 0;
        boolean found = false;
        while (m.find()) {
            String labelSet = m.group(1) == null ? "" : m.group(1);
            if (List.of(labels).stream().allMatch(labelSet::contains) && !m.group(2).equals("NaN")) {
                sum += Double.parseDouble(m.group(2));
                found = true;
            }
        }
        return found ? Optional.of(sum) : Optional.empty();
    }

    // ---- plumbing ----

    interface Probe<T> {
        T get() throws Exception;
    }

    /** Polls until {@code done} holds, then returns the last value; fails with {@code what} after the bound. */
    private static <T> T await(Probe<T> probe, Predicate<T> done, java.util.function.Supplier<String> what) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            return Awaitility.await().atMost(PIPELINE_WAIT).pollInterval(POLL).pollDelay(Duration.ZERO)
                    .until(() -> {
                        T value = probe.get();
                        last.set(value);
                        return value;
                    }, done::test);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not there after " + PIPELINE_WAIT.toSeconds() + " s: " + what.get()
                    + "\nlast value: " + last.get() + "\nlogs in " + stack.home().resolve("logs")
                    + " (kept in e2e/target/e2e-logs/observability)", e);
        }
    }

    private static String get(URI uri) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).header("Accept", "text/plain")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri + " → " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static URI url(String service, String path) {
        return URI.create("http://127.0.0.1:" + stack.port(service) + path);
    }

    private static CliProcess.Result cli(Map<String, String> env, String... args) throws Exception {
        return stack.cli(env, args);
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }
}
