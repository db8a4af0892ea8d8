package io.allywatch.cli;

import io.allywatch.engine.ExtractionEngine;
import io.allywatch.engine.eval.CorpusScan;
import io.allywatch.engine.eval.EvalReport;
import io.allywatch.engine.eval.Evaluator;
import io.allywatch.engine.eval.GoldSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", description = "Offline, no Kafka: score the engine on the gold set in eval/ (precision, recall, F1 per "
        + "event type, language and field; calibration table), or with --scan-corpus count the events it finds in ordinary news.")
class EvalCommand implements Callable<Integer> {

    @Option(names = "--eval-dir", defaultValue = "eval", description = "gold set folder (default: ${DEFAULT-VALUE})")
    Path evalDir;

    @Option(names = "--seeds", defaultValue = "seeds", description = "seed articles (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--corpus", defaultValue = "../shared/corpus", description = "research corpus, read in place (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--scan-corpus", description = "run over every corpus article and report which produce events")
    boolean scanCorpus;

    @Option(names = "--list", description = "list every mistake on the gold set (missed and extra events), or with --scan-corpus every event found, with its evidence")
    boolean list;

    @Override
    public Integer call() {
        ExtractionEngine engine = new ExtractionEngine();
        if (scanCorpus) {
            if (!Files.isDirectory(corpus)) {
                System.err.println("no corpus at " + corpus.toAbsolutePath() + " (--corpus)");
                return 2;
            }
            System.out.print(CorpusScan.scan(engine, corpus).format(list));
            return 0;
        }
        if (!Files.isRegularFile(evalDir.resolve("gold.jsonl"))) {
            System.err.println("no gold set at " + evalDir.toAbsolutePath().resolve("gold.jsonl") + " (--eval-dir)");
            return 2;
        }
        EvalReport report = new Evaluator(engine).evaluate(GoldSet.load(new GoldSet.Sources(evalDir, seeds, corpus)));
        System.out.print(report.format());
        if (list) {
            System.out.printf("%nmistakes (%d)%n", report.mistakes().size());
            System.out.print(report.formatMistakes());
        }
        return 0;
    }
}
