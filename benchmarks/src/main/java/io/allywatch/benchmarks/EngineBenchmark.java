package io.allywatch.benchmarks;

import io.allywatch.contract.Article;
import io.allywatch.engine.ExtractionEngine;
import io.allywatch.engine.ExtractionResult;
import io.allywatch.engine.lang.LanguageIdentifier;
import io.allywatch.engine.text.TextSegmenter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine over the whole corpus, one article per invocation, round robin: with the language to
 * identify ({@code extract}) and with the language ingest declared ({@code extractDeclaredLanguage}). Beside it, the parts
 * that could dominate (language identification, sentence segmentation) and a baseline that only
 * touches every character ({@code toLowerCase}), so results read as ratios on the same machine.
 * MB/s = (ops/s) × (mean article bytes), printed at setup.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC"})
public class EngineBenchmark {
    @Param("../shared/corpus")
    public String corpus;

    private List<Article> articles;
    private List<Article> declared;
    private ExtractionEngine engine;
    private LanguageIdentifier languages;
    private TextSegmenter segmenter;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        articles = CorpusArticles.load(Path.of(corpus));
        declared = CorpusArticles.load(Path.of(corpus), true);
        engine = new ExtractionEngine();
        languages = new LanguageIdentifier();
        segmenter = new TextSegmenter();
        long bytes = CorpusArticles.utf8Bytes(articles);
        System.out.printf("%n%d articles, %d bytes, mean %.0f bytes/article%n", articles.size(), bytes,
                (double) bytes / articles.size());
    }

    private Article nextArticle() {
        Article a = articles.get(next);
        next = (next + 1) % articles.size();
        return a;
    }

    @Benchmark
    public ExtractionResult extract() {
        return engine.extract(nextArticle());
    }

    /** The pipeline's case: ingest-service identified the language and extract-service reads it from the record. */
    @Benchmark
    public ExtractionResult extractDeclaredLanguage() {
        Article a = declared.get(next);
        next = (next + 1) % declared.size();
        return engine.extract(a);
    }

    @Benchmark
    public Object identifyLanguage() {
        return languages.identify(nextArticle().text());
    }

    @Benchmark
    public Object segmentSentences() {
        String text = nextArticle().text();
        return segmenter.contentSentences(text, text.length());
    }

    @Benchmark
    public void baselineLowerCase(Blackhole bh) {
        bh.consume(nextArticle().text().toLowerCase(Locale.ROOT));
    }
}
