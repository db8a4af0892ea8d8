package io.allywatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.Topics;
import io.allywatch.e2e.CliProcess.Result;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
    private static final HttpClient HTTP = HttpClient.newHttpClient();
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
    private static Path work;
    private static List<String> lines;
    private static Process offline;
    private static final long T0 = System.nanoTime();

    /** One kill: what was in flight, and how long until {@code up} had everything healthy again. */
    private record Fault(String component, String inFlight, double secondsToHealthy) {
    }

    /** One mention of the offline extraction. */
    private record Mention(String eventId, String articleId) {
    }

    @BeforeAll
    static void startStack() throws Exception {
        stack = CliProcess.Stack.onFreePorts("faults");
        work = Files.createDirectories(Path.of("target", "faults").toAbsolutePath());
        lines = FaultArticles.generate(ARTICLES, REPO.resolve("seeds"));
        // The offline extraction runs while the stack starts.
        offline = CliProcess.start(List.of(), ENV, work.resolve("offline-events.jsonl"), "extract",
                write("all.jsonl", lines).toString());
        up();
        step("stack up");
    }

    @AfterAll
    static void down() throws Exception {
        if (stack != null) {
            stack.down();
        }
    }

    @Test
    void killEachPartMidRunAndTheReadStoreHoldsExactlyTheMentionsOfAnOfflineRun() throws Exception {
        Set<String> articleIds = new HashSet<>();
        for (String line : lines) {
            articleIds.add(ArticleIds.forText(ContractJson.mapper().readTree(line).get("text").asText()));
        }
        assertThat(articleIds).as("every generated article has a text of its own").hasSize(ARTICLES);
        int a = ARTICLES / 2;
        int b = ARTICLES * 85 / 100;
        Path first = write("a.jsonl", lines.subList(0, a));
        Path second = write("b.jsonl", lines.subList(a, b));
        Path third = write("c.jsonl", lines.subList(b, ARTICLES));
        Map<String, Mention> expected = offlineExtract();
        assertThat(expected).as("the offline extraction finds mentions").isNotEmpty();
        step("offline extraction: " + expected.size() + " mentions");

        List<Fault> faults = new ArrayList<>();
        List<String> ingestRuns = new ArrayList<>();
        try (Watch watch = new Watch("127.0.0.1:" + stack.kafkaPort())) {
            // 1. The first half flows; extract-service, then query-service, are killed while they work through it.
            Process ingestA = startIngest("a", first);
            await("extract-service has extracted " + ARTICLES / 10 + " articles",
                    () -> watch.endOffsets(Topics.ARTICLES_EXTRACTED), ARTICLES / 10);
            faults.add(kill("extract-service", watch));
            step("extract-service killed and back");
            await("query-service has projected the extraction records of " + ARTICLES / 4 + " articles",
                    () -> watch.committed("query-service", Topics.ARTICLES_EXTRACTED), ARTICLES / 4);
            faults.add(kill("query-service", watch));
            step("query-service killed and back");
            ingestRuns.add(finish("a", ingestA, first));
            step("first part ingested");

            // 2. ingest-service killed in the middle of a batch: once a chunk of the next part is on articles.raw.
            long rawBefore = watch.endOffsets(Topics.ARTICLES_RAW);
            Process ingestB = startIngest("b", second, "--parallel", "1");
            awaitOrExit("a chunk of the second part is on articles.raw", () -> watch.endOffsets(Topics.ARTICLES_RAW),
                    rawBefore + CHUNK, ingestB);
            boolean midBatch = ingestB.isAlive();
            faults.add(kill("ingest-service", watch));
            long ingestBackAt = System.nanoTime();
            ingestRuns.add(finish("b", ingestB, second) + (midBatch ? "" : " (the run had ended before the kill)"));
            step("ingest-service killed, back, second part ingested");

            // 3. The broker killed while the last part is sent and extract-service still works.
            long rawBeforeC = watch.endOffsets(Topics.ARTICLES_RAW);
            Process ingestC = startIngest("c", third);
            awaitOrExit("a chunk of the last part is on articles.raw", () -> watch.endOffsets(Topics.ARTICLES_RAW),
                    rawBeforeC + Math.min(CHUNK, ARTICLES - b), ingestC);
            faults.add(kill(LocalStackNames.KAFKA, watch));
            step("broker killed and back");
            ingestRuns.add(finish("c", ingestC, third));
            step("last part ingested");

            // 4. Caught up: every consumer group at the end of its topics, and the outbox has had its look
            // at rows the ingest crash left unmarked (older than twice the publish timeout, every 5 s).
            long caughtUpFrom = System.nanoTime();
            awaitCaughtUp(watch);
            double catchUpSeconds = (System.nanoTime() - caughtUpFrom) / 1e9;
            long outboxDue = ingestBackAt + PUBLISH_TIMEOUT.multipliedBy(2).plus(REPUBLISH_EVERY.multipliedBy(2)).toNanos();
            while (System.nanoTime() < outboxDue) {
                Thread.sleep(500);
            }
            awaitCaughtUp(watch);
            step("caught up, outbox due");

            // 5. The read store against the offline extraction.
            Map<String, Integer> stored = storedMentions();
            Set<String> missing = new HashSet<>(expected.keySet());
            missing.removeAll(stored.keySet());
            Set<String> unexpected = new HashSet<>(stored.keySet());
            unexpected.removeAll(expected.keySet());
            Map<String, Integer> duplicated = stored.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

            step("read store compared");
            // 6. The same import again: every article the service acknowledged is a duplicate now.
            Result again = stack.cli(ENV, "ingest", "--restart", first.toString(), second.toString(), third.toString());
            Matcher counts = Pattern.compile("(\\d+) accepted, (\\d+) duplicate\\(s\\), (\\d+) rejected").matcher(again.output());
            assertThat(counts.find()).as(again.output()).isTrue();
            int againAccepted = Integer.parseInt(counts.group(1));
            int againDuplicates = Integer.parseInt(counts.group(2));
            int againRejected = Integer.parseInt(counts.group(3));

            // 7. articles.raw: each article once.
            Map<String, Integer> onRaw = watch.keyCounts(Topics.ARTICLES_RAW);
            Set<String> rawMissing = new HashSet<>(articleIds);
            rawMissing.removeAll(onRaw.keySet());
            Map<String, Integer> rawTwice = onRaw.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            step("import run again, articles.raw read");
            long copies = rawTwice.values().stream().mapToLong(c -> c - 1).sum();

            String report = report(faults, ingestRuns, catchUpSeconds, expected, stored, missing, duplicated, unexpected,
                    againAccepted, againDuplicates, againRejected, onRaw, rawMissing, rawTwice, copies,
                    watch.endOffsets(Topics.EVENTS_ALLIANCE) + watch.endOffsets(Topics.EVENTS_AID));
            System.out.println(report);
            Files.writeString(work.resolve("report.txt"), report);

            assertThat(missing).as("mentions missing from the read store\n" + report).isEmpty();
            assertThat(duplicated).as("mentions stored more than once\n" + report).isEmpty();
            assertThat(unexpected).as("mentions the offline extraction does not have\n" + report).isEmpty();
            assertThat(againAccepted).as("acknowledged articles the service had forgotten (accepted again)\n" + report).isZero();
            assertThat(againRejected).as(again.output()).isZero();
            assertThat(againDuplicates).isEqualTo(ARTICLES);
            assertThat(rawMissing).as("articles not on articles.raw\n" + report).isEmpty();
            assertThat(rawTwice).as("articles on articles.raw more than once\n" + report).isEmpty();
        }
    }

    private static void step(String what) {
        System.out.printf(Locale.ROOT, "[fault test %6.1f s] %s%n", (System.nanoTime() - T0) / 1e9, what);
    }

    // ---- the faults ----

    private static Fault kill(String component, Watch watch) throws Exception {
        String inFlight = String.format(Locale.ROOT, "articles.raw %d, extracted %d, projected %d",
                watch.endOffsets(Topics.ARTICLES_RAW), watch.endOffsets(Topics.ARTICLES_EXTRACTED),
                watch.committed("query-service", Topics.ARTICLES_EXTRACTED));
        long pid = Long.parseLong(Files.readString(stack.home().resolve("pids").resolve(component + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(component + " (pid " + pid + ") is not running"));
        long t0 = System.nanoTime();
        assertThat(process.destroyForcibly()).as("SIGKILL to " + component).isTrue();
        process.onExit().get(30, TimeUnit.SECONDS);
        // As an operator would: for the broker, `up` with no ports, which must take them from the running services.
        Result up = component.equals(LocalStackNames.KAFKA) ? upWithoutPorts() : up();
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

    private static Result up() throws Exception {
        Result up = stack.cli(ENV, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        return up;
    }

    private static Result upWithoutPorts() throws Exception {
        Result up = CliProcess.run(List.of("--home", stack.home().toString()), ENV, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).as("the ports of the running services").contains("127.0.0.1:" + stack.kafkaPort());
        return up;
    }

    private static Process startIngest(String name, Path file, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("ingest", "--batch-size", String.valueOf(BATCH)));
        args.addAll(List.of(extra));
        args.add(file.toString());
        return stack.start(ENV, work.resolve("ingest-" + name + ".log"), args.toArray(String[]::new));
    }

    /**
     * Waits for an ingest run to end; if it could not hand everything over (the service or the broker
     * was away longer than it retries), runs the same command again, as its summary tells an operator.
     * Returns its summary lines.
     */
    private static String finish(String name, Process ingest, Path file) throws Exception {
        assertThat(ingest.waitFor(PROGRESS_TIMEOUT.toMinutes(), TimeUnit.MINUTES)).as("ingest " + name + " ended").isTrue();
        String output = Files.readString(work.resolve("ingest-" + name + ".log"));
        System.out.println("ingest " + name + ":\n" + output);
        StringBuilder summary = new StringBuilder(summaryLine(output));
        int exit = ingest.exitValue();
        for (int again = 1; exit != 0 && again <= 3; again++) {
            assertThat(output).as("a run that did not end well says how to go on").contains("run the same command again");
            Result rerun = stack.cli(ENV, "ingest", "--batch-size", String.valueOf(BATCH), file.toString());
            exit = rerun.exitCode();
            output = rerun.output();
            summary.append("; run again: ").append(summaryLine(output));
        }
        assertThat(exit).as("ingest " + name + ":\n" + output).isZero();
        return name + ": " + summary;
    }

    private static String summaryLine(String output) {
        return output.lines().filter(l -> l.startsWith("Ingested from")).reduce((x, y) -> y).orElse("(no summary)")
                .replaceFirst("Ingested from \\d+ file\\(s\\): ", "");
    }

    private static void await(String what, LongSupplier value, long atLeast) throws InterruptedException {
        awaitOrExit(what, value, atLeast, null);
    }

    /** Polls until {@code value} reaches {@code atLeast} (or {@code orExit} ends); fails after the progress timeout. */
    private static void awaitOrExit(String what, LongSupplier value, long atLeast, Process orExit) throws InterruptedException {
        long deadline = System.nanoTime() + PROGRESS_TIMEOUT.toNanos();
        while (value.getAsLong() < atLeast && (orExit == null || orExit.isAlive())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PROGRESS_TIMEOUT.toMinutes() + " min until " + what + " (at "
                        + value.getAsLong() + " of " + atLeast + ")");
            }
            Thread.sleep(20);
        }
    }

    private static void awaitCaughtUp(Watch watch) throws InterruptedException {
        long deadline = System.nanoTime() + PROGRESS_TIMEOUT.toNanos();
        int quiet = 0;
        while (quiet < 2) {
            long lag = watch.lag("extract-service", List.of(Topics.ARTICLES_RAW)) + watch.lag("query-service",
                    List.of(Topics.EVENTS_ALLIANCE, Topics.EVENTS_AID, Topics.ARTICLES_EXTRACTED));
            quiet = lag == 0 ? quiet + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the pipeline did not catch up in " + PROGRESS_TIMEOUT.toMinutes() + " min (lag " + lag + ")");
            }
            Thread.sleep(1000);
        }
    }

    // ---- the input and the expected mentions ----

    private static Path write(String name, List<String> lines) throws IOException {
        return Files.write(work.resolve(name), lines, StandardCharsets.UTF_8);
    }

    /** {@code allywatch extract} of the same input, offline: its mentions by mention id. */
    private static Map<String, Mention> offlineExtract() throws Exception {
        Path out = work.resolve("offline-events.jsonl");
        Process extract = offline;
        assertThat(extract.waitFor(PROGRESS_TIMEOUT.toMinutes(), TimeUnit.MINUTES)).as("allywatch extract ended").isTrue();
        assertThat(extract.exitValue()).as(Files.readString(out)).isZero();
        Map<String, Mention> mentions = new HashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (!line.startsWith("{")) {
                continue; // "no events" notes on standard error
            }
            JsonNode e = ContractJson.mapper().readTree(line);
            mentions.put(e.get("mentionId").asText(), new Mention(e.get("eventId").asText(), e.get("articleId").asText()));
        }
        return mentions;
    }

    // ---- the read store ----

    /**
     * Every mention query-service holds, by mention id, with how often it is there: each event of
     * {@code /api/events}, with all its mentions from {@code /api/events/{id}}; an event whose
     * {@code mentionCount} is more than its distinct mentions counts the surplus as duplicates.
     */
    private static Map<String, Integer> storedMentions() throws Exception {
        List<String> eventIds = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/api/events?limit=500" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = get(path);
            page.get("items").forEach(item -> eventIds.add(item.get("eventId").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        Map<String, Integer> counts = new HashMap<>();
        for (String eventId : eventIds) {
            JsonNode event = get("/api/events/" + eventId);
            Set<String> distinct = new HashSet<>();
            for (JsonNode m : event.get("mentions")) {
                String id = m.get("mentionId").asText();
                counts.merge(id, 1, Integer::sum);
                distinct.add(id);
            }
            int surplus = event.get("mentionCount").asInt() - distinct.size();
            if (surplus > 0 && !distinct.isEmpty()) {
                counts.merge(distinct.iterator().next(), surplus, Integer::sum);
            }
        }
        return counts;
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.queryPort() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return ContractJson.mapper().readTree(response.body());
    }

    // ---- the report ----

    private static String report(List<Fault> faults, List<String> ingestRuns, double catchUpSeconds,
                                 Map<String, Mention> expected, Map<String, Integer> stored, Set<String> missing,
                                 Map<String, Integer> duplicated, Set<String> unexpected, int againAccepted,
                                 int againDuplicates, int againRejected, Map<String, Integer> onRaw, Set<String> rawMissing,
                                 Map<String, Integer> rawTwice, long copies, long eventRecords) {
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
        r.append(String.format(Locale.ROOT, "  articles: %d sent; re-run of the same import: %d accepted, %d duplicate(s), %d rejected%n",
                ARTICLES, againAccepted, againDuplicates, againRejected));
        r.append(String.format(Locale.ROOT, "  articles.raw: %d article(s), %d missing, %d more than once (%d extra record(s))%n",
                onRaw.size(), rawMissing.size(), rawTwice.size(), copies));
        long storedTotal = stored.values().stream().mapToLong(Integer::longValue).sum();
        r.append(String.format(Locale.ROOT, "  mentions: %d expected (offline extract), %d stored (%d distinct), %d missing, %d duplicated, %d unexpected%n",
                expected.size(), storedTotal, stored.size(), missing.size(), duplicated.size(), unexpected.size()));
        Map<String, Long> missingByArticle = new TreeMap<>(missing.stream().collect(
                Collectors.groupingBy(m -> expected.get(m).articleId(), Collectors.counting())));
        missingByArticle.entrySet().stream().limit(10).forEach(e -> r.append("    missing: ").append(e.getValue())
                .append(" mention(s) of article ").append(e.getKey()).append('\n'));
        duplicated.entrySet().stream().limit(10).forEach(e -> r.append("    duplicated: ").append(e.getKey()).append(" ×")
                .append(e.getValue()).append('\n'));
        rawTwice.entrySet().stream().limit(10).forEach(e -> r.append("    on articles.raw ×").append(e.getValue()).append(": ")
                .append(e.getKey()).append('\n'));
        return r.toString();
    }

    /** Component names as the CLI's pid files spell them. */
    private static final class LocalStackNames {
        static final String KAFKA = "kafka";
    }

    /** The broker seen from outside: topic ends, a group's committed offsets and lag, the keys of a topic. */
    private static final class Watch implements AutoCloseable {
        private final String bootstrap;
        private final Admin admin;

        Watch(String bootstrap) {
            this.bootstrap = bootstrap;
            Properties p = new Properties();
            p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
            this.admin = Admin.create(p);
        }

        private List<TopicPartition> partitions(List<String> topics) throws Exception {
            return admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(d -> d.partitions().stream().map(i -> new TopicPartition(d.name(), i.partition()))).toList();
        }

        private Map<TopicPartition, Long> ends(List<TopicPartition> partitions) throws Exception {
            return admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                    .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }

        /** Records on the topic; -1 while the broker does not answer. */
        long endOffsets(String topic) {
            try {
                return ends(partitions(List.of(topic))).values().stream().mapToLong(Long::longValue).sum();
            } catch (Exception e) {
                return -1;
            }
        }

        /** The group's committed offsets on the topic, summed; -1 while the broker does not answer. */
        long committed(String group, String topic) {
            try {
                return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                        .mapToLong(e -> e.getValue().offset()).sum();
            } catch (Exception e) {
                return -1;
            }
        }

        /** Records of the topics the group has not committed; Long.MAX_VALUE while the broker does not answer. */
        long lag(String group, List<String> topics) {
            try {
                List<TopicPartition> partitions = partitions(topics);
                Map<TopicPartition, Long> ends = ends(partitions);
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                return partitions.stream().mapToLong(tp -> ends.get(tp)
                        - (committed.get(tp) == null ? 0 : committed.get(tp).offset())).sum();
            } catch (Exception e) {
                return Long.MAX_VALUE;
            }
        }

        /** How often each key is on the topic, read from its beginning to its current end. */
        Map<String, Integer> keyCounts(String topic) throws Exception {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
            List<TopicPartition> partitions = partitions(List.of(topic));
            Map<TopicPartition, Long> ends = ends(partitions);
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("could not read " + topic + " to its end");
                    }
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        counts.merge(record.key(), 1, Integer::sum);
                    }
                }
            }
            return counts;
        }

        @Override
        public void close() {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
