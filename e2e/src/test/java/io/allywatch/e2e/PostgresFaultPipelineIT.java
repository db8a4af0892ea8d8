package io.allywatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.Topics;
import io.allywatch.kafka.TcpRelay;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * PostgreSQL stopped and started again under load, end to end with real processes: ingest-service
 * and query-service run their PostgreSQL builds ({@code ALLYWATCH_DATABASE=postgres ./allywatch up})
 * on a database of their own, reached through a TCP relay the test controls. While corpus-shaped
 * articles ({@link FaultArticles}) flow through {@code allywatch ingest}, the relay is cut (every
 * connection dropped, new ones refused) for {@link #OUTAGE} and opened again, as if PostgreSQL had
 * been stopped and restarted. Then the same checks as {@link FaultPipelineIT}: the read store holds
 * exactly the mentions of an offline {@code allywatch extract}, the same import is all duplicates,
 * {@code articles.raw} holds each article once.
 *
 * <p>Runs with {@code -Ppostgres} only (e2e/pom.xml; PostgreSQL at {@code POSTGRES_HOST:POSTGRES_PORT},
 * default 127.0.0.1:5432, user postgres), which also packages the PostgreSQL builds. No assertion
 * is on time; the recovery times are printed.
 */
@EnabledIfSystemProperty(named = "allywatch.e2e.postgres", matches = "true",
        disabledReason = "runs only with -Ppostgres (it needs PostgreSQL and the services' PostgreSQL builds)")
class PostgresFaultPipelineIT {
    private static final int ARTICLES = Integer.getInteger("allywatch.faults.postgres-articles", 300);
    private static final int CHUNK = 25;
    private static final int BATCH = 100;
    /** How long PostgreSQL is away. */
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    /** ingest-service's default: the outbox republishes (or only marks) rows older than twice this. */
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration REPUBLISH_EVERY = Duration.ofSeconds(5);
    private static final Duration PROGRESS_TIMEOUT = Duration.ofMinutes(Math.max(5, ARTICLES / 250));
    /** Created afresh for the test, dropped after: the services' schemas (ingest, readmodel) in it are theirs alone. */
    private static final String DATABASE = "allywatch_e2e_pg_faults";
    private static final String PG_HOST = System.getenv().getOrDefault("POSTGRES_HOST", "127.0.0.1");
    private static final int PG_PORT = Integer.parseInt(System.getenv().getOrDefault("POSTGRES_PORT", "5432"));
    private static final String PG_USER = System.getenv().getOrDefault("POSTGRES_USER", "postgres");
    private static final String PG_PASSWORD = System.getenv().getOrDefault("POSTGRES_PASSWORD", "");
    /** Where the test's database is created and dropped from. */
    private static final String PG_ADMIN_DB = System.getenv().getOrDefault("POSTGRES_DB", "test");

    private static TcpRelay relay;
    private static CliProcess.Stack stack;
    private static FaultRun run;
    private static List<String> lines;

    @BeforeAll
    static void startStack() throws Exception {
        recreateDatabase();
        int relayPort = CliProcess.freePort();
        relay = new TcpRelay(relayPort, new InetSocketAddress(PG_HOST, PG_PORT));
        relay.open();
        stack = CliProcess.Stack.onFreePorts("pg-faults");
        Map<String, String> env = Map.of(
                "ALLYWATCH_DATABASE", "postgres",
                "POSTGRES_HOST", "127.0.0.1",
                "POSTGRES_PORT", String.valueOf(relayPort),
                "POSTGRES_DB", DATABASE,
                "POSTGRES_USER", PG_USER,
                "POSTGRES_PASSWORD", PG_PASSWORD,
                // As FaultPipelineIT: chunks of 25, the outbox every 5 s, a Retry-After of 5 s.
                "INGEST_BATCH_CHUNK_SIZE", String.valueOf(CHUNK),
                "ALLYWATCH_INGEST_REPUBLISH_EVERY", REPUBLISH_EVERY.toSeconds() + "S",
                "ALLYWATCH_INGEST_RETRY_AFTER", "5S");
        run = new FaultRun("pg-faults", stack, env, BATCH, PROGRESS_TIMEOUT);
        lines = FaultArticles.generate(ARTICLES, CliProcess.REPO.resolve("seeds"));
        run.startOfflineExtract(lines);
        String up = run.up().output();
        assertThat(up).as("the services with a store run their PostgreSQL builds")
                .contains("Starting ingest-service on port " + stack.ingestPort() + " (PostgreSQL)")
                .contains("Starting query-service on port " + stack.queryPort() + " (PostgreSQL)");
        run.step("stack up on PostgreSQL through the relay on port " + relayPort);
    }

    @AfterAll
    static void down() throws Exception {
        if (stack != null) {
            stack.down();
        }
        if (relay != null) {
            relay.cut();
            dropDatabase();
        }
    }

    @Test
    void postgresStoppedAndRestartedUnderLoadLosesAndDoublesNothing() throws Exception {
        long t0 = System.nanoTime();
        assertThat(FaultRun.articleIds(lines)).as("every generated article has a text of its own").hasSize(ARTICLES);
        Path input = run.write("articles.jsonl", lines);
        assertThat(run.offlineMentions()).as("the offline extraction finds mentions").isNotEmpty();

        try (KafkaWatch watch = new KafkaWatch("127.0.0.1:" + stack.kafkaPort())) {
            // One batch at a time, so most of the input is still to be sent when PostgreSQL goes away.
            Process ingest = run.startIngest("all", input, "--parallel", "1");
            run.awaitOrExit("the first batch is on articles.raw", () -> watch.endOffsets(Topics.ARTICLES_RAW), BATCH, ingest);
            boolean ingestInFlight = ingest.isAlive();
            String inFlight = String.format(Locale.ROOT, "articles.raw %d, extracted %d, projected %d",
                    watch.endOffsets(Topics.ARTICLES_RAW), watch.endOffsets(Topics.ARTICLES_EXTRACTED),
                    watch.committed("query-service", Topics.ARTICLES_EXTRACTED));

            // PostgreSQL away: every connection dropped, new ones refused.
            relay.cut();
            run.step("PostgreSQL cut (" + inFlight + ")");
            boolean ingestSeenUnready = false;
            boolean querySeenUnready = false;
            long cutEnds = System.nanoTime() + OUTAGE.toNanos();
            while (System.nanoTime() < cutEnds) {
                ingestSeenUnready |= run.status(stack.ingestPort(), "/q/health/ready") != 200;
                querySeenUnready |= run.status(stack.queryPort(), "/q/health/ready") != 200;
                Thread.sleep(500);
            }
            String atRestore = String.format(Locale.ROOT, "articles.raw %d, extracted %d, projected %d",
                    watch.endOffsets(Topics.ARTICLES_RAW), watch.endOffsets(Topics.ARTICLES_EXTRACTED),
                    watch.committed("query-service", Topics.ARTICLES_EXTRACTED));

            // PostgreSQL back on the same address.
            relay.open();
            long restoredAt = System.nanoTime();
            run.step("PostgreSQL back (" + atRestore + ")");
            run.await("ingest-service and query-service ready again", () ->
                    run.status(stack.ingestPort(), "/q/health/ready") == 200
                            && run.status(stack.queryPort(), "/q/health/ready") == 200 ? 1 : 0, 1);
            double readyAfter = (System.nanoTime() - restoredAt) / 1e9;
            String ingestRun = run.finish("all", ingest, input);
            run.awaitCaughtUp(watch);
            double caughtUpAfter = (System.nanoTime() - restoredAt) / 1e9;
            run.step(String.format(Locale.ROOT, "ready again after %.1f s, caught up after %.1f s", readyAfter, caughtUpAfter));
            // The outbox has had its look at rows the outage left unmarked (older than twice the publish timeout).
            long outboxDue = restoredAt + PUBLISH_TIMEOUT.multipliedBy(2).plus(REPUBLISH_EVERY.multipliedBy(2)).toNanos();
            while (System.nanoTime() < outboxDue) {
                Thread.sleep(500);
            }
            run.await("every article on articles.raw", () -> watch.endOffsets(Topics.ARTICLES_RAW), ARTICLES);
            run.awaitCaughtUp(watch);
            run.step("caught up, outbox due");

            FaultRun.Findings findings = run.check(lines, watch, input);
            StringBuilder r = new StringBuilder();
            r.append(String.format(Locale.ROOT, "%nPostgreSQL fault test: %d corpus-shaped articles through allywatch ingest (batches of %d, chunks of %d)%n",
                    ARTICLES, BATCH, CHUNK));
            r.append(String.format(Locale.ROOT, "  PostgreSQL cut for %d s at: %s%s; at its return: %s%n", OUTAGE.toSeconds(), inFlight,
                    ingestInFlight ? "" : " (the ingest run had ended)", atRestore));
            r.append(String.format(Locale.ROOT, "  readiness down during the cut: ingest-service %s, query-service %s%n",
                    ingestSeenUnready ? "yes" : "no", querySeenUnready ? "yes" : "no"));
            r.append(String.format(Locale.ROOT, "  after PostgreSQL's return: both ready in %.1f s, the pipeline caught up in %.1f s%n",
                    readyAfter, caughtUpAfter));
            r.append("  ingest run: ").append(ingestRun).append('\n');
            r.append(findings.lines());
            r.append(String.format(Locale.ROOT, "  test ran %.0f s%n", (System.nanoTime() - t0) / 1e9));
            String report = r.toString();
            System.out.println(report);
            Files.writeString(run.work().resolve("report.txt"), report);
            findings.assertExact(report);
        }
    }

    // ---- the test's own database ----

    private static Connection admin() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + PG_ADMIN_DB, PG_USER, PG_PASSWORD);
    }

    private static void recreateDatabase() throws Exception {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static void dropDatabase() throws Exception {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }
}
