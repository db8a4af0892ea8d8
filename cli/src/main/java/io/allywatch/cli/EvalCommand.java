package io.allywatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.Event;
import io.allywatch.engine.ExtractionEngine;
import io.allywatch.engine.eval.CorpusScan;
import io.allywatch.engine.eval.EvalReport;
import io.allywatch.engine.eval.EvalResult;
import io.allywatch.engine.eval.EvalSet;
import io.allywatch.engine.eval.Evaluator;
import io.allywatch.engine.eval.GoldDocument;
import io.allywatch.engine.eval.GoldSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Offline, no Kafka: score the engine on the gold set in eval/ "
        + "(precision, recall, F1 per event type and language, field accuracy, negatives, calibration), the real test split first "
        + "and apart; or with --scan-corpus count the events it finds in ordinary news.")
class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = ContractJson.mapper();

    @Mixin
    GoldSetOptions goldSet;

    @Option(names = "--scan-corpus", description = "run over every corpus article and report which produce events")
    boolean scanCorpus;

    @Option(names = "--list", description = "list every mistake (missed and extra events) outside the test split, whose mistakes are "
            + "never shown; or with --scan-corpus every event found, with its evidence")
    boolean list;

    @Option(names = "--by-batch", description = "also score each batch of real documents apart (the first score of a new batch)")
    boolean byBatch;

    @Option(names = "--set", split = ",", paramLabel = "SET", description = "report only these sets: test, dev, written, legacy (default: all, the test split first)")
    List<EvalSet> sets = List.of(EvalSet.values());

    @Option(names = "--predictions", paramLabel = "FILE", description = "score the Event JSON lines in FILE (as ./allywatch extract "
            + "prints them, from any engine version) instead of running this engine")
    Path predictions;

    @Option(names = "--rules-alone", description = "read aid by the rules alone, without the second reading the engine ships "
            + "(its ranker's weights, ADR 5): to score the two side by side")
    boolean rulesAlone;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "write every figure, floored to 3 decimals, to FILE "
            + "(eval/baseline.json: the floor GoldSetBaselineTest holds the engine to)")
    Path writeBaseline;

    @Option(names = "--export-articles", paramLabel = "FILE", description = "write every gold document as an Article JSON line "
            + "(language not given) to FILE, for another engine version to extract, then stop")
    Path exportArticles;

    @Override
    public Integer call() throws IOException {
        // A fixed clock: an article without a date is read as of this day, so the figures do not move with the calendar.
        java.time.Clock clock = java.time.Clock.fixed(Evaluator.REFERENCE_TIME, java.time.ZoneOffset.UTC);
        ExtractionEngine engine = rulesAlone ? ExtractionEngine.withAidRanker(clock, null) : new ExtractionEngine(clock);
        if (scanCorpus) {
            if (!Files.isDirectory(goldSet.corpus)) {
                System.err.println("no corpus at " + goldSet.corpus.toAbsolutePath() + " (--corpus)");
                return 2;
            }
            System.out.print(CorpusScan.scan(engine, goldSet.corpus).format(list));
            return 0;
        }
        String unreadable = goldSet.whyUnreadable();
        if (unreadable != null) {
            System.err.println(unreadable);
            return 2;
        }
        List<GoldDocument> docs = GoldSet.load(goldSet.sources());
        if (exportArticles != null) {
            try (BufferedWriter out = Files.newBufferedWriter(exportArticles, StandardCharsets.UTF_8)) {
                for (GoldDocument d : docs) {
                    Article a = d.article();
                    out.write(JSON.writeValueAsString(new Article(a.articleId(), a.url(), null, null, a.publishedAt(), null, a.text(), null)));
                    out.newLine();
                }
            }
            System.out.printf("%d articles written to %s%n", docs.size(), exportArticles);
            return 0;
        }
        Evaluator evaluator = predictions == null ? new Evaluator(engine) : new Evaluator(Evaluator.fromEvents(readEvents(predictions)));
        EvalResult result = evaluator.evaluate(docs.stream().filter(d -> sets.contains(d.set())).toList());
        System.out.print(result.format(byBatch));
        if (writeBaseline != null) {
            java.util.Map<String, Double> floored = new java.util.TreeMap<>();
            result.figures().forEach((k, v) -> floored.put(k, Math.floor(v * 1000) / 1000));
            Files.writeString(writeBaseline, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(floored) + System.lineSeparator());
            System.out.printf("%d figures written to %s%n", floored.size(), writeBaseline);
        }
        if (list) {
            for (EvalReport report : result.reports().values()) {
                if (report.set() != EvalSet.TEST && !report.mistakes().isEmpty()) {
                    System.out.printf("%nmistakes, %s (%d)%n", report.set().title(), report.mistakes().size());
                    System.out.print(report.formatMistakes());
                }
            }
            System.out.printf("%nThe test split's mistakes are never listed: no rule work may be led by them.%n");
        }
        return 0;
    }

    private static List<Event> readEvents(Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                events.add(JSON.readValue(line, Event.class));
            }
        }
        return events;
    }
}
