package io.allywatch.cli;

import io.allywatch.engine.eval.GoldSet;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the gold set, the seeds and the research corpus are read from: shared by eval and train-aid. */
public class GoldSetOptions {
    @Option(names = "--eval-dir", defaultValue = "eval", description = "gold set folder (default: ${DEFAULT-VALUE})")
    Path evalDir;

    @Option(names = "--seeds", defaultValue = "seeds", description = "seed articles (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--corpus", defaultValue = "../shared/corpus", description = "research corpus, read in place (default: ${DEFAULT-VALUE})")
    Path corpus;

    GoldSet.Sources sources() {
        return new GoldSet.Sources(evalDir, seeds, corpus);
    }

    /** Why the gold set cannot be read, naming the option to fix; null when it can. */
    String whyUnreadable() {
        if (!Files.isRegularFile(evalDir.resolve("gold.jsonl"))) {
            return "no gold set at " + evalDir.toAbsolutePath().resolve("gold.jsonl") + " (--eval-dir)";
        }
        if (!Files.isDirectory(corpus)) {
            return "no corpus at " + corpus.toAbsolutePath() + " (--corpus): the gold set's corpus documents cannot be read";
        }
        return null;
    }
}
