package io.allywatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Reads every stored article again with the engine the running extract-service carries: asks it to
 * re-extract ({@code POST /api/reextract}), follows its progress, then waits until the read store
 * has taken every record in. Afterwards the read model holds, per article, only what the newest
 * extractor version found there: a false event an older version found is gone, a newly found one is in.
 */
@Command(name = "reextract", mixinStandardHelpOptions = true, description = "Read every stored article (articles.raw) again with "
        + "the current engine; the read model then keeps, per article, only the newest extractor version's events.")
class ReextractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofSeconds(1);

    @Mixin
    StackOptions options;

    @Option(names = "--timeout", defaultValue = "PT3600S", description = "how long to wait for the run and the read store (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        LocalStack stack = options.stack();
        if (stack.alivePid("extract-service").isEmpty() || stack.alivePid(LocalStack.KAFKA).isEmpty()) {
            System.err.println("The stack is not running: start it with ./allywatch up, then reextract.");
            return 1;
        }
        String base = "http://127.0.0.1:" + stack.port("extract-service") + "/api/reextract";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base))
                .header("Authorization", "Bearer " + stack.layout().apiKey())
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() == 409) {
            System.out.println("A re-extraction is already running; following it.");
        } else if (started.statusCode() != 202) {
            System.err.printf("extract-service refused the re-extraction (%d): %s%n", started.statusCode(), started.body());
            return 1;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode status = JSON.readTree(started.statusCode() == 202 ? started.body() : get(http, base));
        System.out.printf("Re-extracting every stored article with extractor %s ...%n", status.path("extractorVersion").asText());
        long shown = -1;
        while (status.path("state").asText().equals("RUNNING")) {
            if (System.nanoTime() > deadline) {
                System.err.println("The re-extraction did not finish in " + timeout + "; GET " + base + " shows where it stands.");
                return 1;
            }
            Thread.sleep(POLL.toMillis());
            status = JSON.readTree(get(http, base));
            if (status.path("read").asLong() != shown) {
                shown = status.path("read").asLong();
                System.out.printf("  %d of %d articles read%n", shown, status.path("articles").asLong());
            }
        }
        if (!status.path("state").asText().equals("DONE")) {
            System.err.println("The re-extraction failed: " + status.path("error").asText());
            return 1;
        }
        System.out.printf("Read %d articles again: %d with events (%d mentions), %d unreadable.%n", status.path("read").asLong(),
                status.path("withEvents").asLong(), status.path("events").asLong(), status.path("unreadable").asLong());
        try (PipelineLag lag = new PipelineLag(stack.bootstrapServers())) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (!lag.awaitCaughtUp(left)) {
                System.err.println("The read store has not caught up yet; it will, as query-service goes on.");
                return 1;
            }
        }
        System.out.println("The read store has caught up: every article's events are now extractor "
                + status.path("extractorVersion").asText() + "'s.");
        return 0;
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
