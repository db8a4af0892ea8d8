package io.allywatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.contract.ContractJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Sends articles to {@code POST /api/articles/batch} as NDJSON and reads the answer line by line.
 * When Kafka or the service's store is down (503, or an {@code unavailable} line part-way) it
 * waits the Retry-After the service names and sends what was not taken again; an unreachable
 * service is retried a few
 * times. Everything that still has no answer in the end is reported as rejected with the reason.
 */
final class BatchUpload {
    private static final int ATTEMPTS = 8;
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(2);

    private final HttpClient http;
    private final URI endpoint;
    private final String auth;
    private final Consumer<String> notices;
    private final Duration firstWait;

    BatchUpload(HttpClient http, URI endpoint, String auth) {
        this(http, endpoint, auth, notice -> { }, DEFAULT_WAIT);
    }

    /**
     * @param notices told each time a batch waits to be sent again and why (the broker is down, the
     *                service cannot be reached, the answer broke off), so a slow run never looks stalled
     */
    BatchUpload(HttpClient http, URI endpoint, String auth, Consumer<String> notices, Duration firstWait) {
        this.http = http;
        this.endpoint = endpoint;
        this.auth = auth;
        this.notices = notices;
        this.firstWait = firstWait;
    }

    enum Kind { ACCEPTED, DUPLICATE, REJECTED }

    /** The service's answer for one article. */
    record Outcome(Kind kind, String reason, String nearDuplicateOf) {
    }

    /** One outcome per body, in order. */
    List<Outcome> send(List<String> bodies) {
        Outcome[] outcomes = new Outcome[bodies.size()];
        int from = 0;
        String lastProblem = null;
        for (int attempt = 1; from < bodies.size() && attempt <= ATTEMPTS; attempt++) {
            Duration wait = firstWait.multipliedBy(attempt);
            try {
                Answer answer = post(bodies.subList(from, bodies.size()));
                if (answer.status() == 503) {
                    lastProblem = "the service was unavailable (503): " + answer.problem(); // Kafka or its store away
                    wait = answer.retryAfter() != null ? answer.retryAfter() : wait;
                } else if (answer.status() != 200) {
                    lastProblem = answer.status() + " " + answer.problem();
                    break; // a problem with the whole batch: retrying will not help
                } else {
                    int taken = 0;
                    for (JsonNode r : answer.lines()) {
                        int index = from + r.get("line").asInt() - 1;
                        String status = r.get("status").asText();
                        if (status.equals("unavailable")) {
                            lastProblem = r.path("reason").asText();
                            wait = Duration.ofSeconds(r.path("retryAfterSeconds").asLong(firstWait.toSeconds()));
                            break;
                        }
                        outcomes[index] = switch (status) {
                            case "accepted" -> new Outcome(Kind.ACCEPTED, null, r.path("nearDuplicateOf").asText(null));
                            case "duplicate" -> new Outcome(Kind.DUPLICATE, null, null);
                            default -> new Outcome(Kind.REJECTED, r.path("code").asInt() + " " + r.path("reason").asText(), null);
                        };
                        taken = Math.max(taken, r.get("line").asInt());
                    }
                    from += taken;
                    if (from >= bodies.size()) {
                        break;
                    }
                    if (answer.brokenOff() != null) {
                        lastProblem = answer.brokenOff();
                    }
                    attempt = taken > 0 ? 0 : attempt; // progress resets the attempts
                }
            } catch (IOException e) {
                lastProblem = "ingest-service unreachable at " + endpoint + ": " + describe(e)
                        + " (is the stack up? ./allywatch status)";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lastProblem = "interrupted";
                break;
            }
            if (attempt < ATTEMPTS) {
                notices.accept(lastProblem + "; sending the " + (bodies.size() - from) + " article(s) not yet taken again in "
                        + wait.toSeconds() + " s");
            }
            LocalStack.sleep(wait);
        }
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                outcomes[i] = new Outcome(Kind.REJECTED, lastProblem == null ? "no answer" : lastProblem, null);
            }
        }
        return List.of(outcomes);
    }

    /** @param brokenOff why the answer ended before its last line (the lines before it stand), or null */
    private record Answer(int status, List<JsonNode> lines, String problem, Duration retryAfter, String brokenOff) {
    }

    /** An exception's message, or its kind when it has none (a refused connection has none). */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private Answer post(List<String> bodies) throws IOException, InterruptedException {
        List<byte[]> parts = new ArrayList<>(bodies.size());
        for (String b : bodies) {
            parts.add((b + "\n").getBytes(StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
                .build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() != 200) {
                String body = String.join("\n", lines.toList());
                Duration retryAfter = response.headers().firstValue("Retry-After")
                        .map(v -> Duration.ofSeconds(Long.parseLong(v.strip()))).orElse(null);
                return new Answer(response.statusCode(), List.of(), detail(body), retryAfter, null);
            }
            List<JsonNode> results = new ArrayList<>(bodies.size());
            // Line by line: if the answer breaks off (the service died mid-batch), the lines read stand
            // and the rest is sent again; those articles come back as duplicates if they were taken.
            Iterator<String> it = lines.iterator();
            try {
                while (it.hasNext()) {
                    String l = it.next();
                    if (l.isBlank()) {
                        continue;
                    }
                    try {
                        results.add(ContractJson.mapper().readTree(l));
                    } catch (IOException e) {
                        return new Answer(200, results, null, null, "the service answered a line that is not JSON: " + l);
                    }
                }
            } catch (UncheckedIOException broken) {
                return new Answer(200, results, null, null, "the answer of ingest-service at " + endpoint + " broke off after "
                        + results.size() + " line(s): " + describe(broken.getCause()) + " (did it stop? ./allywatch status)");
            }
            return new Answer(200, results, null, null, null);
        }
    }

    static String detail(String body) {
        try {
            JsonNode problem = ContractJson.mapper().readTree(body);
            return problem != null && problem.hasNonNull("detail") ? problem.get("detail").asText() : body;
        } catch (IOException e) {
            return body;
        }
    }
}
