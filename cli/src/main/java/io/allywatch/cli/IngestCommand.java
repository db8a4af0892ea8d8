package io.allywatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.contract.ContractJson;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Send article files (.txt, .html, .json, .jsonl) or folders to the running stack.")
class IngestCommand implements Callable<Integer> {
    @Mixin
    StackOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        LocalStack stack = options.stack();
        Summary summary = ingest(stack, paths, System.out);
        return summary.rejected() == 0 ? 0 : 2;
    }

    /** Counts of what happened; rejections keep their reason. */
    record Summary(int accepted, int duplicates, int rejected, Map<String, String> reasons) {
    }

    static Summary ingest(LocalStack stack, List<Path> paths, PrintStream out) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI endpoint = stack.url("ingest-service").resolve("/api/articles");
        String auth = "Bearer " + stack.layout().apiKey();
        List<Path> files = ArticleFiles.collect(paths);
        int[] counts = new int[3];
        Map<String, String> reasons = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (Path file : files) {
            try {
                ArticleFiles.read(file, item -> {
                    Outcome outcome = post(http, endpoint, auth, item);
                    switch (outcome.kind()) {
                        case ACCEPTED -> counts[0]++;
                        case DUPLICATE -> counts[1]++;
                        case REJECTED -> {
                            counts[2]++;
                            reasons.put(item.origin(), outcome.reason());
                        }
                    }
                    int done = counts[0] + counts[1] + counts[2];
                    if (done % 100 == 0) {
                        progress(out, done, counts, start);
                    }
                });
            } catch (IOException e) {
                counts[2]++;
                reasons.put(file.toString(), "unreadable: " + e.getMessage());
            }
        }
        progress(out, counts[0] + counts[1] + counts[2], counts, start);
        out.printf("Ingested from %d file(s): %d accepted, %d duplicate(s), %d rejected%n",
                files.size(), counts[0], counts[1], counts[2]);
        reasons.forEach((origin, reason) -> out.printf("  rejected %s: %s%n", origin, reason));
        return new Summary(counts[0], counts[1], counts[2], reasons);
    }

    private static void progress(PrintStream out, int done, int[] counts, long start) {
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        out.printf("  %d article(s), %.0f/s (accepted %d, duplicates %d, rejected %d)%n",
                done, done / seconds, counts[0], counts[1], counts[2]);
    }

    enum Kind { ACCEPTED, DUPLICATE, REJECTED }

    record Outcome(Kind kind, String reason) {
    }

    private static final int ATTEMPTS = 5;

    static Outcome post(HttpClient http, URI endpoint, String auth, ArticleFiles.Item item) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
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
                    return new Outcome(Kind.ACCEPTED, null);
                }
                if (status == 200) {
                    return new Outcome(Kind.DUPLICATE, null);
                }
                if (status == 503 && attempt < ATTEMPTS) {
                    LocalStack.sleep(Duration.ofSeconds(attempt));
                    continue;
                }
                return new Outcome(Kind.REJECTED, status + " " + detail(response.body()));
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    return new Outcome(Kind.REJECTED, "ingest-service unreachable at " + endpoint + ": " + e.getMessage()
                            + " (is the stack up? ./allywatch status)");
                }
                LocalStack.sleep(Duration.ofSeconds(attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(Kind.REJECTED, "interrupted");
            }
        }
    }

    private static String detail(String body) {
        try {
            JsonNode problem = ContractJson.mapper().readTree(body);
            return problem.hasNonNull("detail") ? problem.get("detail").asText() : body;
        } catch (IOException e) {
            return body;
        }
    }
}
