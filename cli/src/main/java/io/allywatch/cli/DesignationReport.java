package io.allywatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.contract.ContractJson;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Prints what the read store knows about designations: one line per country, with its best evidence. */
final class DesignationReport {
    private static final int EVIDENCE_WIDTH = 110;

    private DesignationReport() {
    }

    static void print(LocalStack stack, PrintStream out) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI base = stack.url("query-service");
        JsonNode rows = get(http, base.resolve("/api/designations"));
        Table table = new Table("country", "stage", "since", "articles", "conflict", "reference", "evidence");
        for (JsonNode row : rows) {
            String country = row.get("country").asText();
            JsonNode timeline = get(http, base.resolve("/api/designations/" + country));
            String evidence = "";
            for (JsonNode step : timeline.get("timeline")) {
                if (step.get("eventId").asText().equals(row.get("eventId").asText()) && step.get("mentions").size() > 0) {
                    evidence = step.get("mentions").get(0).get("evidence").get("text").asText();
                }
            }
            table.row(country + " " + row.get("countryName").asText(),
                    row.get("stage").asText() + (row.get("historical").asBoolean() ? " (background)" : ""),
                    row.path("since").asText("-"), row.get("sources").asText(),
                    row.get("conflict").asBoolean() ? "yes" : "no", reference(row.path("reference")), shorten(evidence));
        }
        out.println();
        out.println("Major Non-NATO Ally designations found:");
        table.print(out);
    }

    /** What the known-designations list says, so news that differs from it stands out. */
    private static String reference(JsonNode check) {
        if (check.isMissingNode() || check.isNull()) {
            return "-";
        }
        if (check.path("agrees").asBoolean()) {
            return "agrees";
        }
        String stage = check.path("stage").asText("");
        return stage.isEmpty() ? "not listed" : "differs (" + stage + " " + check.path("since").asText("") + ")";
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= EVIDENCE_WIDTH ? "\"" + one + "\"" : "\"" + one.substring(0, EVIDENCE_WIDTH - 1) + "…\"";
    }

    private static JsonNode get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return ContractJson.mapper().readTree(response.body());
    }
}
