package io.allywatch.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus (research use only: read in place, never copied) as Articles. */
final class CorpusArticles {
    private CorpusArticles() {
    }

    static List<Article> load(Path corpus) {
        return load(corpus, false);
    }

    /** @param declareLanguage keep the corpus's language on each article, as ingest-service sets it on the records extract-service reads */
    static List<Article> load(Path corpus, boolean declareLanguage) {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("corpus folder not found: " + corpus.toAbsolutePath()
                    + " (pass -p corpus=/path/to/shared/corpus)");
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        JsonNode n = ContractJson.mapper().readTree(line);
                        String text = n.get("text").asText();
                        Instant published = n.hasNonNull("published")
                                ? Instant.parse(n.get("published").asText().length() == 19
                                        ? n.get("published").asText() + "Z" : n.get("published").asText() + "T00:00:00Z")
                                : null;
                        // Language left null unless declared: then detection is part of the work being measured.
                        String lang = declareLanguage && n.hasNonNull("lang") ? n.get("lang").asText() : null;
                        articles.add(new Article(ArticleIds.forText(text), null, null, null, published, lang, text,
                                Instant.EPOCH));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    static long utf8Bytes(List<Article> articles) {
        return articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
