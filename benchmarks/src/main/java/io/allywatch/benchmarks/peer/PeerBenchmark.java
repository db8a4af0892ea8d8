package io.allywatch.benchmarks.peer;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.allywatch.benchmarks.CorpusArticles;
import io.allywatch.contract.Article;
import io.allywatch.engine.ExtractionEngine;
import io.allywatch.engine.ExtractionResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
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

/**
 * The peer of issue 13: the general NLP pipeline a team might pick instead of the engine, Stanford
 * CoreNLP (tokenize, ssplit, pos, lemma, ner: the least that finds the countries, people and money an
 * aid or alliance fact needs, with nothing of the engine's reading of them), over the same English
 * corpus articles as the engine in the same run, one article per invocation, round robin. Only with
 * {@code -Ppeer} (the models jar is 474 MB; the default build leaves this package out). English only:
 * CoreNLP's NER models on Maven Central are English (and a few other languages, not French or
 * Portuguese). MB/s = ops/s × mean article bytes, printed at setup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseSerialGC"})
public class PeerBenchmark {
    @Param("../shared/corpus")
    public String corpus;

    private List<Article> english;
    private StanfordCoreNLP pipeline;
    private ExtractionEngine engine;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        english = CorpusArticles.load(Path.of(corpus), true).stream().filter(a -> "en".equals(a.lang())).toList();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // the statistical NER alone: no rule-based time, fine-grained or entity-mention extras the engine has no match for
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        pipeline = new StanfordCoreNLP(props);
        engine = new ExtractionEngine();
        long bytes = CorpusArticles.utf8Bytes(english);
        System.out.printf("%n%d English articles, %d bytes, mean %.0f bytes/article%n", english.size(), bytes, (double) bytes / english.size());
    }

    private Article nextArticle() {
        Article a = english.get(next);
        next = (next + 1) % english.size();
        return a;
    }

    @Benchmark
    public CoreDocument coreNlp() {
        CoreDocument doc = new CoreDocument(nextArticle().text());
        pipeline.annotate(doc);
        return doc;
    }

    /** The engine on the same articles, their language declared as the pipeline declares it. */
    @Benchmark
    public ExtractionResult engine() {
        return engine.extract(nextArticle());
    }
}
