package io.allywatch.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The one reader of the shared corpus ({@code ../shared/corpus}: JSON Lines files, one article a
 * line with {@code id}, {@code lang}, {@code published} (a date or a local date-time) and
 * {@code text}), for the corpus scan, the gold set's corpus documents and the benchmarks. Files in
 * name order, lines in file order, so every run sees the articles in the same order.
 */
public final class CorpusReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One corpus article as its line gives it. */
    public record CorpusArticle(String id, String lang, Instant published, String text) {
        /**
         * As an Article of the contract, its id made from the text as ingest makes it.
         *
         * @param declareLanguage keep the corpus's language (as ingest does after identifying
         *                        it); otherwise null, so identification is part of what is measured
         */
        public Article toArticle(boolean declareLanguage) {
            return new Article(ArticleIds.forText(text), null, null, null, published, declareLanguage ? lang : null, text, null);
        }
    }

    private CorpusReader() {
    }

    /** Every article of the corpus folder, in order. */
    public static void forEach(Path dir, Consumer<CorpusArticle> articles) {
        forEachLine(dir, line -> articles.accept(parse(line)));
    }

    /** Every article of the corpus folder, in order. */
    public static List<CorpusArticle> readAll(Path dir) {
        List<CorpusArticle> all = new ArrayList<>();
        forEach(dir, all::add);
        return all;
    }

    /** Only the wanted ids: the id is read off the line first, so the other 23,000 lines are not parsed. */
    public static Map<String, CorpusArticle> byId(Path dir, Set<String> ids) {
        Map<String, CorpusArticle> found = new HashMap<>();
        forEachLine(dir, line -> {
            if (ids.contains(idOf(line))) {
                CorpusArticle a = parse(line);
                found.put(a.id(), a);
            }
        });
        return found;
    }

    static CorpusArticle parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            return new CorpusArticle(n.get("id").asText(), n.hasNonNull("lang") ? n.get("lang").asText() : null,
                    published(n.path("published").asText(null)), n.get("text").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("a corpus line is not JSON: " + e.getMessage(), e);
        }
    }

    /** "2004-05-12" or "1987-02-26T15:01:01" (local times, taken as UTC), or null. */
    static Instant published(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Instant.parse(value.length() == 19 ? value + "Z" : value + "T00:00:00Z");
    }

    private static String idOf(String line) {
        int at = line.indexOf("\"id\"");
        int q1 = line.indexOf('"', line.indexOf(':', at) + 1);
        return line.substring(q1 + 1, line.indexOf('"', q1 + 1));
    }

    private static void forEachLine(Path dir, Consumer<String> lines) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("corpus folder not found: " + dir.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (!line.isBlank()) {
                            lines.accept(line);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
