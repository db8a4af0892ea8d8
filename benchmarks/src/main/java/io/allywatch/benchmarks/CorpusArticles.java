package io.allywatch.benchmarks;

import io.allywatch.contract.Article;
import io.allywatch.engine.eval.CorpusReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The shared corpus (research use only: read in place, never copied) as Articles. */
public final class CorpusArticles {
    private CorpusArticles() {
    }

    public static List<Article> load(Path corpus) {
        return load(corpus, false);
    }

    /** @param declareLanguage keep the corpus's language on each article, as ingest-service sets it on the records extract-service reads */
    public static List<Article> load(Path corpus, boolean declareLanguage) {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("corpus folder not found: " + corpus.toAbsolutePath()
                    + " (pass -p corpus=/path/to/shared/corpus)");
        }
        // Language left null unless declared: then detection is part of the work being measured.
        return CorpusReader.readAll(corpus).stream()
                .map(a -> a.toArticle(declareLanguage).withReceivedAt(Instant.EPOCH)).toList();
    }

    public static long utf8Bytes(List<Article> articles) {
        return articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
