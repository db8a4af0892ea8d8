package io.allywatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.Topics;
import io.allywatch.e2e.CliProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kill anything, lose nothing, double nothing, end to end with real processes: while
 * corpus-shaped articles ({@link FaultArticles}) flow through {@code allywatch ingest}, each part
 * of the stack is killed with SIGKILL in turn (extract-service, query-service, ingest-service in
 * the middle of a batch, the broker) and started again as an operator would, with
 * {@code allywatch up}. Then the read store is compared with an offline {@code allywatch extract}
 * of the same input, mention by mention, the same import is run again (every article the service
 * acknowledged must come back a duplicate), and {@code articles.raw} must hold each article once.
 *
 * <p>CI runs {@value #DEFAULT_ARTICLES} articles; {@code -Pfaults} (e2e/pom.xml) runs 5,000. No
 * assertion is on time: the kills follow the pipeline's progress, and the recovery times are printed.
 */
class FaultPipelineIT {
    static final int DEFAULT_ARTICLES = 300;
    private static final int ARTICLES = Integer.getInteger("allywatch.faults.articles", DEFAULT_ARTICLES);
    private static final Path REPO = CliProcess.REPO;
    /** Chunks of 25 articles per transaction and per wait for Kafka, so a batch of 100 is several chunks when it is cut. */
    private static final int CHUNK = 25;
    private static final int BATCH = 100;
    /** ingest-service's default (application.properties): the outbox republishes rows older than twice this. */
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration REPUBLISH_EVERY = Duration.ofSeconds(5);
    /**
     * Passed to every command, so the services the CLI starts have them too: small chunks, and the
     * outbox looking every 5 s instead of every minute (so a copy it would put on articles.raw
     * after the ingest crash shows within the test).
     */
    private static final Map<String, String> ENV = Map.of(
            "INGEST_BATCH_CHUNK_SIZE", String.valueOf(CHUNK),
            "ALLYWATCH_INGEST_REPUBLISH_EVERY", REPUBLISH_EVERY.toSeconds() + "S",
            // The Retry-After of a 503 while Kafka is away (30 s by default): the CLI waits that long.
            "ALLYWATCH_INGEST_RETRY_AFTER", "5S");
    private static final Duration PROGRESS_TIMEOUT = Duration.ofMinutes(Math.max(5, ARTICLES / 250));

    private static CliProcess.Stack stack;
    private static FaultRun run;
    private static List<String> lines;

    /** One kill: what was in flight, and how long until {@code up} had everything healthy again. */
    private record Fault(String component, String inFlight, double secondsToHealthy) {
    }

    @BeforeAll
    static void startStack() throws Exception {
        stack = CliProcess.Stack.onFreePorts("faults");
        run = new FaultRun("faults", stack, ENV, BATCH, PROGRESS_TIMEOUT);
        lines = FaultArticles.generate(ARTICLES, REPO.resolve("seeds"));
        // The offline extraction runs while the stack starts.
        run.startOfflineExtract(lines);
        run.up();
        run.step("stack up");
    }

    @AfterAll
    static void down() throws Exception {
        if (stack != null) {
            stack.down();
        }
    }

    @Test
    void killEachPartMidRunAndTheReadStoreHoldsExactlyTheMentionsOfAnOfflineRun() throws Exception {
        assertThat(FaultRun.articleIds(lines)).as("every generated article has a text of its own").hasSize(ARTICLES);
        int a = ARTICLES / 2;
        int b = ARTICLES * 85 / 100;
        Path first = run.write("a.jsonl", lines.subList(0, a));
        Path second = run.write("b.jsonl", lines.subList(a, b));
        Path third = run.write("c.jsonl", lines.subList(b, ARTICLES));
        Map<String, FaultRun.Mention> expected = run.offlineMentions();
        assertThat(expected).as("the offline extraction finds mentions").isNotEmpty();
        run.step("offline extraction: " + expected.size() + " mentions");

        List<Fault> faults = new ArrayList<>();
        List<String> ingestRuns = new ArrayList<>();
        try (KafkaWatch watch = new KafkaWatch("127.0.0.1:" + stack.kafkaPort())) {
            // 1. The first half flows; extract-service, then query-service, are killed while they work through it.
            Process ingestA = run.startIngest("a", first);
            run.await("extract-service has extracted " + ARTICLES / 10 + " articles",
                    () -> watch.endOffsets(Topics.ARTICLES_EXTRACTED), ARTICLES / 10);
            faults.add(kill("extract-service", watch));
            run.step("extract-service killed and back");
            run.await("query-service has projected the extraction records of " + ARTICLES / 4 + " articles",
                    () -> watch.committed("query-service", Topics.ARTICLES_EXTRACTED), ARTICLES / 4);
            faults.add(kill("query-service", watch));
            run.step("query-service killed and back");
            ingestRuns.add(run.finish("a", ingestA, first));
            run.step("first part ingested");

            // 2. ingest-service killed in the middle of a batch: once a chunk of the next part is on articles.raw.
            long rawBefore = watch.endOffsets(Topics.ARTICLES_RAW);
            Process ingestB = run.startIngest("b", second, "--parallel", "1");
            run.awaitOrExit("a chunk of the second part is on articles.raw", () -> watch.endOffsets(Topics.ARTICLES_RAW),
                    rawBefore + CHUNK, ingestB);
            boolean midBatch = ingestB.isAlive();
            faults.add(kill("ingest-service", watch));
            long ingestBackAt = System.nanoTime();
            ingestRuns.add(run.finish("b", ingestB, second) + (midBatch ? "" : " (the run had ended before the kill)"));
            run.step("ingest-service killed, back, second part ingested");

            // 3. The broker killed while the last part is sent and extract-service still works.
            long rawBeforeC = watch.endOffsets(Topics.ARTICLES_RAW);
            Process ingestC = run.startIngest("c", third);
            run.awaitOrExit("a chunk of the last part is on articles.raw", () -> watch.endOffsets(Topics.ARTICLES_RAW),
                    rawBeforeC + Math.min(CHUNK, ARTICLES - b), ingestC);
            faults.add(kill(LocalStackNames.KAFKA, watch));
            long brokerBackAt = System.nanoTime();
            run.step("broker killed and back");
            ingestRuns.add(run.finish("c", ingestC, third));
            run.step("last part ingested");

            // 4. Caught up: every consumer group at the end of its topics, and the outbox has had its look
            // at rows the ingest crash left unmarked and at those whose publish the broker's death cut
            // short (older than twice the publish timeout, every 5 s, once Kafka is back).
            long caughtUpFrom = System.nanoTime();
            run.awaitCaughtUp(watch);
            double catchUpSeconds = (System.nanoTime() - caughtUpFrom) / 1e9;
            long outboxDue = Math.max(ingestBackAt, brokerBackAt)
                    + PUBLISH_TIMEOUT.multipliedBy(2).plus(REPUBLISH_EVERY.multipliedBy(2)).toNanos();
            while (System.nanoTime() < outboxDue) {
                Thread.sleep(500);
            }
            // Every article has a record by now, unless the outbox's first try met a producer still
            // reconnecting: it tries again 5 s later. (A copy too many is what the check below finds.)
            run.await("every article on articles.raw", () -> watch.endOffsets(Topics.ARTICLES_RAW), ARTICLES);
            run.awaitCaughtUp(watch);
            run.step("caught up, outbox due");

            // 5.–7. The read store against the offline extraction, the same import again, articles.raw.
            FaultRun.Findings findings = run.check(lines, watch, first, second, third);
            String report = report(faults, ingestRuns, catchUpSeconds, findings,
                    watch.endOffsets(Topics.EVENTS_ALLIANCE) + watch.endOffsets(Topics.EVENTS_AID));
            System.out.println(report);
            Files.writeString(run.work().resolve("report.txt"), report);
            findings.assertExact(report);
        }
    }

    // ---- the faults ----

    private static Fault kill(String component, KafkaWatch watch) throws Exception {
        String inFlight = String.format(Locale.ROOT, "articles.raw %d, extracted %d, projected %d",
                watch.endOffsets(Topics.ARTICLES_RAW), watch.endOffsets(Topics.ARTICLES_EXTRACTED),
                watch.committed("query-service", Topics.ARTICLES_EXTRACTED));
        long pid = Long.parseLong(Files.readString(stack.home().resolve("pids").resolve(component + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(component + " (pid " + pid + ") is not running"));
        long t0 = System.nanoTime();
        assertThat(process.destroyForcibly()).as("SIGKILL to " + component).isTrue();
        process.onExit().get(30, TimeUnit.SECONDS);
        // As an operator would: for the broker, `up` with no ports, which must take them from the running services.
        Result up = component.equals(LocalStackNames.KAFKA) ? upWithoutPorts() : run.up();
        assertThat(up.output()).as("up starts what is missing, and only that").contains("Starting " + startedName(component))
                .doesNotContain(otherStarts(component));
        return new Fault(component, inFlight, (System.nanoTime() - t0) / 1e9);
    }

    private static String startedName(String component) {
        return component.equals(LocalStackNames.KAFKA) ? "Kafka" : component;
    }

    private static String[] otherStarts(String component) {
        return java.util.stream.Stream.of(LocalStackNames.KAFKA, "ingest-service", "extract-service", "query-service")
                .filter(c -> !c.equals(component)).map(c -> "Starting " + startedName(c) + " ").toArray(String[]::new);
    }

    private static Result upWithoutPorts() throws Exception {
        Result up = CliProcess.run(List.of("--home", stack.home().toString()), ENV, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).as("the ports of the running services").contains("127.0.0.1:" + stack.kafkaPort());
        return up;
    }

    // ---- the report ----

    private static String report(List<Fault> faults, List<String> ingestRuns, double catchUpSeconds,
                                 FaultRun.Findings findings, long eventRecords) {
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "%nFault test: %d corpus-shaped articles through allywatch ingest (batches of %d, chunks of %d)%n",
                ARTICLES, BATCH, CHUNK));
        r.append(String.format(Locale.ROOT, "  %-16s %-55s %s%n", "killed (-9)", "in flight at the kill", "healthy again (up)"));
        for (Fault f : faults) {
            r.append(String.format(Locale.ROOT, "  %-16s %-55s %.1f s%n", f.component(), f.inFlight(), f.secondsToHealthy()));
        }
        r.append("  ingest runs: ").append(String.join(" | ", ingestRuns)).append('\n');
        r.append(String.format(Locale.ROOT, "  caught up %.1f s after the last restart; event records on the event topics: %d%n",
                catchUpSeconds, eventRecords));
        r.append(findings.lines());
        return r.toString();
    }

    /** Component names as the CLI's pid files spell them. */
    private static final class LocalStackNames {
        static final String KAFKA = "kafka";
    }

}
