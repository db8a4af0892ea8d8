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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the end-to-end fault tests share: one stack and the environment every command gets, the
 * generated input and its offline extraction, the ingest runs, the waits on the pipeline's
 * progress, and the checks after ({@link #check}): the read store against the offline extraction
 * mention by mention, the same import again, and {@code articles.raw} read to its end.
 */
final class FaultRun {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One mention of the offline extraction. */
    record Mention(String eventId, String articleId) {
    }

    /** What the checks found once the pipeline had caught up. */
    record Findings(int articles, Map<String, Mention> expected, Map<String, Integer> stored, Set<String> missing,
                    Map<String, Integer> duplicated, Set<String> unexpected, int againAccepted, int againDuplicates,
                    int againRejected, String againOutput, Map<String, Integer> onRaw, Set<String> rawMissing,
                    Map<String, Integer> rawTwice) {

        long rawCopies() {
            return rawTwice.values().stream().mapToLong(c -> c - 1).sum();
        }

        /** The figures, and the first missing and duplicated mentions by article, one per line. */
        String lines() {
            StringBuilder r = new StringBuilder();
            r.append(String.format(Locale.ROOT, "  articles: %d sent; re-run of the same import: %d accepted, %d duplicate(s), %d rejected%n",
                    articles, againAccepted, againDuplicates, againRejected));
            r.append(String.format(Locale.ROOT, "  articles.raw: %d article(s), %d missing, %d more than once (%d extra record(s))%n",
                    onRaw.size(), rawMissing.size(), rawTwice.size(), rawCopies()));
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

        /** Nothing lost, nothing twice, nothing else; every acknowledged article known on a second import. */
        void assertExact(String report) {
            assertThat(missing).as("mentions missing from the read store\n" + report).isEmpty();
            assertThat(duplicated).as("mentions stored more than once\n" + report).isEmpty();
            assertThat(unexpected).as("mentions the offline extraction does not have\n" + report).isEmpty();
            assertThat(againAccepted).as("acknowledged articles the service had forgotten (accepted again)\n" + report).isZero();
            assertThat(againRejected).as(againOutput).isZero();
            assertThat(againDuplicates).isEqualTo(articles);
            assertThat(rawMissing).as("articles not on articles.raw\n" + report).isEmpty();
            assertThat(rawTwice).as("articles on articles.raw more than once\n" + report).isEmpty();
        }
    }

    private final String name;
    private final CliProcess.Stack stack;
    private final Map<String, String> env;
    private final Path work;
    private final int batch;
    private final Duration progressTimeout;
    private final long t0 = System.nanoTime();
    private Process offline;

    /**
     * @param env passed to every command, so the services the CLI starts have it too
     * @param batch articles per {@code allywatch ingest} batch
     */
    FaultRun(String name, CliProcess.Stack stack, Map<String, String> env, int batch, Duration progressTimeout) throws IOException {
        this.name = name;
        this.stack = stack;
        this.env = env;
        this.batch = batch;
        this.progressTimeout = progressTimeout;
        this.work = Files.createDirectories(Path.of("target", name).toAbsolutePath());
    }

    CliProcess.Stack stack() {
        return stack;
    }

    Map<String, String> env() {
        return env;
    }

    Path work() {
        return work;
    }

    Duration progressTimeout() {
        return progressTimeout;
    }

    void step(String what) {
        System.out.printf(Locale.ROOT, "[%s %6.1f s] %s%n", name, (System.nanoTime() - t0) / 1e9, what);
    }

    Path write(String file, List<String> lines) throws IOException {
        return Files.write(work.resolve(file), lines, StandardCharsets.UTF_8);
    }

    /** Starts {@code allywatch extract} of all the input, offline; {@link #offlineMentions} reads its output. */
    void startOfflineExtract(List<String> lines) throws IOException {
        offline = CliProcess.start(List.of(), env, work.resolve("offline-events.jsonl"), "extract",
                write("all.jsonl", lines).toString());
    }

    /** The ids of the articles, as ingest-service gives them (the hash of the text). */
    static Set<String> articleIds(List<String> lines) throws IOException {
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            ids.add(ArticleIds.forText(ContractJson.mapper().readTree(line).get("text").asText()));
        }
        return ids;
    }

    Result up() throws Exception {
        Result up = stack.cli(env, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        return up;
    }

    // ---- ingest runs ----

    Process startIngest(String part, Path file, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("ingest", "--batch-size", String.valueOf(batch)));
        args.addAll(List.of(extra));
        args.add(file.toString());
        return stack.start(env, work.resolve("ingest-" + part + ".log"), args.toArray(String[]::new));
    }

    /**
     * Waits for an ingest run to end; if it could not hand everything over (the service or the broker
     * was away longer than it retries), runs the same command again, as its summary tells an operator.
     * Returns its summary lines.
     */
    String finish(String part, Process ingest, Path file) throws Exception {
        assertThat(ingest.waitFor(progressTimeout.toMinutes(), TimeUnit.MINUTES)).as("ingest " + part + " ended").isTrue();
        String output = Files.readString(work.resolve("ingest-" + part + ".log"));
        System.out.println("ingest " + part + ":\n" + output);
        StringBuilder summary = new StringBuilder(summaryLine(output));
        int exit = ingest.exitValue();
        for (int again = 1; exit != 0 && again <= 3; again++) {
            assertThat(output).as("a run that did not end well says how to go on").contains("run the same command again");
            Result rerun = stack.cli(env, "ingest", "--batch-size", String.valueOf(batch), file.toString());
            exit = rerun.exitCode();
            output = rerun.output();
            summary.append("; run again: ").append(summaryLine(output));
        }
        assertThat(exit).as("ingest " + part + ":\n" + output).isZero();
        return part + ": " + summary;
    }

    private static String summaryLine(String output) {
        return output.lines().filter(l -> l.startsWith("Ingested from")).reduce((x, y) -> y).orElse("(no summary)")
                .replaceFirst("Ingested from \\d+ file\\(s\\): ", "");
    }

    // ---- waits on the pipeline's progress, never on a clock ----

    void await(String what, LongSupplier value, long atLeast) throws InterruptedException {
        awaitOrExit(what, value, atLeast, null);
    }

    /** Polls until {@code value} reaches {@code atLeast} (or {@code orExit} ends); fails after the progress timeout. */
    void awaitOrExit(String what, LongSupplier value, long atLeast, Process orExit) throws InterruptedException {
        long deadline = System.nanoTime() + progressTimeout.toNanos();
        while (value.getAsLong() < atLeast && (orExit == null || orExit.isAlive())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + progressTimeout.toMinutes() + " min until " + what + " (at "
                        + value.getAsLong() + " of " + atLeast + ")");
            }
            Thread.sleep(20);
        }
    }

    /** Until every consumer group is at the end of its topics, twice in a row a second apart. */
    void awaitCaughtUp(KafkaWatch watch) throws InterruptedException {
        long deadline = System.nanoTime() + progressTimeout.toNanos();
        int quiet = 0;
        while (quiet < 2) {
            long lag = watch.lag("extract-service", List.of(Topics.ARTICLES_RAW)) + watch.lag("query-service",
                    List.of(Topics.EVENTS_ALLIANCE, Topics.EVENTS_AID, Topics.ARTICLES_EXTRACTED));
            quiet = lag == 0 ? quiet + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the pipeline did not catch up in " + progressTimeout.toMinutes() + " min (lag " + lag + ")");
            }
            Thread.sleep(1000);
        }
    }

    // ---- the checks after ----

    /**
     * Once the pipeline has caught up: the read store against the offline extraction, the same
     * import again ({@code ingest --restart} of {@code files}), and {@code articles.raw} read to its end.
     */
    Findings check(List<String> lines, KafkaWatch watch, Path... files) throws Exception {
        Map<String, Mention> expected = offlineMentions();
        Map<String, Integer> stored = storedMentions();
        Set<String> missing = new HashSet<>(expected.keySet());
        missing.removeAll(stored.keySet());
        Set<String> unexpected = new HashSet<>(stored.keySet());
        unexpected.removeAll(expected.keySet());
        Map<String, Integer> duplicated = stored.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        step("read store compared");

        // The same import again: every article the service acknowledged is a duplicate now.
        List<String> args = new ArrayList<>(List.of("ingest", "--restart"));
        for (Path f : files) {
            args.add(f.toString());
        }
        Result again = stack.cli(env, args.toArray(String[]::new));
        Matcher counts = Pattern.compile("(\\d+) accepted, (\\d+) duplicate\\(s\\), (\\d+) rejected").matcher(again.output());
        assertThat(counts.find()).as(again.output()).isTrue();

        Set<String> articleIds = articleIds(lines);
        Map<String, Integer> onRaw = watch.keyCounts(Topics.ARTICLES_RAW);
        Set<String> rawMissing = new HashSet<>(articleIds);
        rawMissing.removeAll(onRaw.keySet());
        Map<String, Integer> rawTwice = onRaw.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        step("import run again, articles.raw read");
        return new Findings(lines.size(), expected, stored, missing, duplicated, unexpected,
                Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)), Integer.parseInt(counts.group(3)),
                again.output(), onRaw, rawMissing, rawTwice);
    }

    /** {@code allywatch extract} of the same input, offline: its mentions by mention id. */
    Map<String, Mention> offlineMentions() throws Exception {
        Path out = work.resolve("offline-events.jsonl");
        assertThat(offline).as("the offline extraction was started").isNotNull();
        assertThat(offline.waitFor(progressTimeout.toMinutes(), TimeUnit.MINUTES)).as("allywatch extract ended").isTrue();
        assertThat(offline.exitValue()).as(Files.readString(out)).isZero();
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

    /**
     * Every mention query-service holds, by mention id, with how often it is there: each event of
     * {@code /api/events}, with all its mentions from {@code /api/events/{id}}; an event whose
     * {@code mentionCount} is more than its distinct mentions counts the surplus as duplicates.
     */
    Map<String, Integer> storedMentions() throws Exception {
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

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.queryPort() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return ContractJson.mapper().readTree(response.body());
    }

    /** The HTTP status of {@code GET path} on a service, or -1 if it does not answer within 5 s. */
    int status(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
