package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.engine.aid.AidRanker;
import io.allywatch.engine.eval.RealSplit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code train-aid} on a small gold set of its own: it trains on the development split only, reports
 * the cross-validation beside the rules, and writes weights the engine reads back. The articles are
 * written for the mechanism (one aid sentence, then a share the rules leave); what the weights are
 * worth on real text is measured on eval/ (ADR 5).
 */
class TrainAidCommandTest {
    private static final String AID = "{\"type\": \"AID\", \"donor\": \"CAN\", \"recipient\": \"UKR\", \"amount\": %d, \"currency\": \"USD\", "
            + "\"year\": null, \"fiscalYear\": false, \"status\": \"PLANNED\", \"scope\": \"MILITARY_SECURITY\", \"partOf\": null, "
            + "\"cumulative\": false, \"sinceYear\": null}";

    @Test
    void trainsOnTheDevelopmentSplitAndWritesWeightsTheEngineReads(@TempDir Path dir) throws IOException {
        Path eval = Files.createDirectories(dir.resolve("eval"));
        Files.createDirectories(eval.resolve("real"));
        Files.createDirectories(dir.resolve("seeds"));
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(eval.resolve("gold.jsonl"), "");
        Files.writeString(eval.resolve("written.jsonl"), "");
        List<String> lines = new ArrayList<>();
        int dev = 0;
        for (int i = 1; i <= 40; i++) {
            String id = String.format("p-t-%03d", i);
            int share = 10 + i;
            String text = "Canada to send more weapons to Ukraine\n\nCanada will give $" + (200 + i) + " million in military aid to Ukraine, "
                    + "Defence Minister Bill Blair said on Friday. The first $" + share + " million pay for drones built by a firm near Kyiv, he said.";
            // half the articles' shares are annotated as aid to Ukraine, half not: both labels to learn from
            String events = "[" + String.format(AID, (200L + i) * 1_000_000) + (i % 2 == 0 ? ", " + String.format(AID, (long) share * 1_000_000) : "") + "]";
            lines.add("{\"id\": \"" + id + "\", \"lang\": \"en\", \"publishedAt\": \"2025-03-01T00:00:00Z\", \"text\": " + json(text)
                    + ", \"events\": " + events + "}");
            if (!RealSplit.isTest("page:" + id)) {
                dev++;
            }
        }
        Files.write(eval.resolve("real").resolve("pages-t.jsonl"), lines);
        Path weights = dir.resolve("aid-ranker.tsv");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream was = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new AllyWatch()).execute("train-aid", "--eval-dir", eval.toString(), "--seeds", dir.resolve("seeds").toString(),
                    "--corpus", corpus.toString(), "--folds", "2", "--skip-corpus", "--write", weights.toString());
        } finally {
            System.setOut(was);
        }
        String report = out.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(report).isZero();
        assertThat(dev).isBetween(1, 39); // the split by id put some of the 40 in each part
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile("(\\d+) candidates, (\\d+) of them aid").matcher(report);
        assertThat(counts.find()).as(report).isTrue();
        int candidates = Integer.parseInt(counts.group(1));
        int aid = Integer.parseInt(counts.group(2));
        assertThat(candidates).as(report).isGreaterThanOrEqualTo(dev); // every development article leaves its share to weigh
        assertThat(aid).as(report).isPositive().isLessThan(candidates);
        assertThat(report).contains("development split: " + dev + " documents")
                .contains("2-fold cross-validation on dev").contains("rules alone").contains("rules + ranker ≥ 0.5");
        AidRanker ranker = AidRanker.parse(Files.readString(weights));
        assertThat(ranker.threshold()).isBetween(0.3, 0.9);
        assertThat(Files.readString(weights)).contains("trained by ./allywatch train-aid on the development split only");
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
