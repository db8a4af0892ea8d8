package io.allywatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = {
        "Send article files (.txt, .html, .json, .jsonl) or folders to the running stack.",
        "Articles go in NDJSON batches (HTML pages one by one); a progress bar shows the rate. A run that is",
        "stopped leaves its place in <home>/ingest-state.tsv and the next run over the same files goes on from",
        "there; a run that finishes clears it, so running again reports every article as a duplicate."})
class IngestCommand implements Callable<Integer> {
    static final String STATE_FILE = "ingest-state.tsv";

    @Mixin
    StackOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Option(names = "--batch-size", defaultValue = "1000", description = "articles per request (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--parallel", defaultValue = "2", description = "requests in flight (default: ${DEFAULT-VALUE})")
    int parallel;

    @Option(names = "--restart", description = "ignore the place an unfinished run left and send everything")
    boolean restart;

    @Override
    public Integer call() {
        LocalStack stack = options.stack();
        Settings settings = new Settings(batchSize, parallel, restart, System.console() != null);
        Summary summary = ingest(stack, paths, System.out, settings);
        return summary.rejected() == 0 ? 0 : 2;
    }

    /** How a run sends: batch size, requests in flight, resume or not, a live bar or periodic lines. */
    /** @param retryWait the first wait before a batch the service did not take is sent again (doubling, then more) */
    record Settings(int batchSize, int parallel, boolean restart, boolean terminal, Duration retryWait) {
        static final Settings DEFAULT = new Settings(1000, 2, false, false, Duration.ofSeconds(2));

        Settings(int batchSize, int parallel, boolean restart, boolean terminal) {
            this(batchSize, parallel, restart, terminal, DEFAULT.retryWait());
        }
    }

    /** Counts of what happened; rejections keep their reason. */
    record Summary(int accepted, int duplicates, int rejected, Map<String, String> reasons) {
    }

    static Summary ingest(LocalStack stack, List<Path> paths, PrintStream out) {
        return ingest(stack, paths, out, Settings.DEFAULT);
    }

    static Summary ingest(LocalStack stack, List<Path> paths, PrintStream out, Settings settings) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI base = stack.url("ingest-service");
        String auth = "Bearer " + stack.layout().apiKey();
        URI single = base.resolve("/api/articles");
        IngestState state = IngestState.load(stack.layout().home().resolve(STATE_FILE));
        if (settings.restart()) {
            state.clearAll();
        }
        List<Path> files = ArticleFiles.collect(paths);
        IngestTally tally = new IngestTally();
        long total = 0;
        for (Path f : files) {
            try {
                long skip = state.done(f);
                tally.skipped += skip;
                total += Math.max(0, ArticleFiles.count(f) - skip);
            } catch (IOException e) {
                total += 1; // reported as unreadable when read
            }
        }
        IngestProgress progress = new IngestProgress(out, total, settings.terminal());
        BatchUpload upload = new BatchUpload(http, base.resolve("/api/articles/batch"), auth, progress::notice, settings.retryWait());
        Run run = new Run(upload, http, single, auth, state, tally, progress, settings);
        Thread saveOnStop = new Thread(state::save, "allywatch-ingest-state");
        Runtime.getRuntime().addShutdownHook(saveOnStop);
        try {
            for (Path file : files) {
                long skip = state.done(file);
                long[] index = {0};
                try {
                    ArticleFiles.read(file, item -> {
                        long i = index[0]++;
                        if (i >= skip) {
                            run.add(new Pending(file, i, item));
                        }
                    });
                    run.endOfFile(file, index[0]);
                } catch (IOException | RuntimeException e) {
                    tally.reject(file.toString(), "unreadable: " + e.getMessage());
                }
            }
            run.drain();
            if (tally.rejectedUnsent == 0) {
                files.forEach(state::finished);
            }
        } finally {
            run.close();
            state.save();
            try {
                Runtime.getRuntime().removeShutdownHook(saveOnStop);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
        progress.finish(tally);
        tally.print(out, files.size(), progress.seconds(), state);
        return new Summary(tally.accepted, tally.duplicates, tally.rejected, tally.examples);
    }

    /** One article read from a file and not yet answered. */
    private record Pending(Path file, long index, ArticleFiles.Item item) {
    }

    /** Batches in flight, answered in the order they were sent so the resume state only moves forward. */
    private static final class Run implements AutoCloseable {
        private final BatchUpload upload;
        private final HttpClient http;
        private final URI single;
        private final String auth;
        private final IngestState state;
        private final IngestTally tally;
        private final IngestProgress progress;
        private final Settings settings;
        private final ExecutorService senders;
        private final Deque<CompletableFuture<Runnable>> inFlight = new ArrayDeque<>();
        private List<Pending> batch = new ArrayList<>();
        private final Map<Path, Long> fileEnds = new LinkedHashMap<>();
        private final java.util.Set<Path> stalled = new java.util.HashSet<>();

        Run(BatchUpload upload, HttpClient http, URI single, String auth, IngestState state, IngestTally tally,
            IngestProgress progress, Settings settings) {
            this.upload = upload;
            this.http = http;
            this.single = single;
            this.auth = auth;
            this.state = state;
            this.tally = tally;
            this.progress = progress;
            this.settings = settings;
            this.senders = Executors.newFixedThreadPool(Math.max(1, settings.parallel()), r -> {
                Thread t = new Thread(r, "allywatch-ingest-sender");
                t.setDaemon(true);
                return t;
            });
        }

        void add(Pending p) {
            if (p.item().body() == null) {
                tally.reject(p.item().origin(), "unreadable");
                return;
            }
            if (p.item().mediaType().equals("text/html")) {
                // HTML is extracted by the service from the page itself: it goes alone, as text/html.
                BatchUpload.Outcome o = postSingle(p.item());
                tally.count(p.item().origin(), o);
                state.advance(p.file(), p.index() + 1);
                progress.update(tally);
                return;
            }
            batch.add(p);
            if (batch.size() >= settings.batchSize()) {
                submit();
            }
        }

        void endOfFile(Path file, long items) {
            fileEnds.put(file, items);
        }

        private void submit() {
            if (batch.isEmpty()) {
                return;
            }
            List<Pending> sending = batch;
            batch = new ArrayList<>();
            while (inFlight.size() >= Math.max(1, settings.parallel())) {
                inFlight.removeFirst().join().run();
            }
            inFlight.addLast(CompletableFuture.supplyAsync(() -> {
                List<BatchUpload.Outcome> outcomes = sendOrFail(sending);
                return () -> {
                    for (int i = 0; i < sending.size(); i++) {
                        Pending p = sending.get(i);
                        BatchUpload.Outcome o = outcomes.get(i);
                        tally.count(p.item().origin(), o);
                        // The resume point stops at the first article not handed over, so none is ever skipped.
                        if (o.kind() == BatchUpload.Kind.REJECTED && tally.unsent(o.reason())) {
                            stalled.add(p.file());
                        } else if (!stalled.contains(p.file())) {
                            state.advance(p.file(), p.index() + 1);
                        }
                    }
                    state.save();
                    progress.update(tally);
                };
            }, senders));
        }

        /** Whatever goes wrong, the run goes on to its summary and keeps its resume point. */
        private List<BatchUpload.Outcome> sendOrFail(List<Pending> sending) {
            try {
                return upload.send(sending.stream().map(p -> p.item().body()).toList());
            } catch (RuntimeException e) {
                BatchUpload.Outcome failed = new BatchUpload.Outcome(BatchUpload.Kind.REJECTED,
                        IngestTally.NOT_HANDED_OVER + BatchUpload.describe(e), null);
                return java.util.Collections.nCopies(sending.size(), failed);
            }
        }

        void drain() {
            submit();
            while (!inFlight.isEmpty()) {
                inFlight.removeFirst().join().run();
            }
        }

        private BatchUpload.Outcome postSingle(ArticleFiles.Item item) {
            HttpRequest request = HttpRequest.newBuilder(single)
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", item.mediaType() + "; charset=UTF-8")
                    .header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.ofString(item.body(), StandardCharsets.UTF_8))
                    .build();
            for (int attempt = 1; ; attempt++) {
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    int status = response.statusCode();
                    if (status == 202) {
                        return new BatchUpload.Outcome(BatchUpload.Kind.ACCEPTED, null, null);
                    }
                    if (status == 200) {
                        return new BatchUpload.Outcome(BatchUpload.Kind.DUPLICATE, null, null);
                    }
                    if (status == 503 && attempt < 5) {
                        LocalStack.sleep(Duration.ofSeconds(attempt));
                        continue;
                    }
                    return new BatchUpload.Outcome(BatchUpload.Kind.REJECTED,
                            status + " " + BatchUpload.detail(response.body()), null);
                } catch (IOException e) {
                    if (attempt >= 5) {
                        return new BatchUpload.Outcome(BatchUpload.Kind.REJECTED, "ingest-service unreachable at "
                                + single + ": " + BatchUpload.describe(e) + " (is the stack up? ./allywatch status)", null);
                    }
                    LocalStack.sleep(Duration.ofSeconds(attempt));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new BatchUpload.Outcome(BatchUpload.Kind.REJECTED, "interrupted", null);
                }
            }
        }

        @Override
        public void close() {
            senders.shutdownNow();
        }
    }
}
