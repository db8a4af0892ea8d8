package io.allywatch.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ArticleTextFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The gold set of {@code eval/}: {@code gold.jsonl} (one document a line: {@code doc}, {@code lang},
 * {@code events}) whose documents are {@code seed:NNN} (the repository's {@code seeds/}),
 * {@code written:ID} ({@code eval/written.jsonl}, articles written for the gold set) and
 * {@code corpus:ID} (read at run time from the research corpus, whose text is never copied here);
 * and the real documents of {@code eval/real/}: {@code pages-*.jsonl} (paraphrased public news pages,
 * text and annotation on one line, documents {@code page:ID}) and {@code corpus.jsonl} (corpus
 * articles by id, documents {@code corpus:ID}), split by {@link RealSplit} into development and test.
 */
public final class GoldSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldSet() {
    }

    /** The folders the gold set reads from. */
    public record Sources(Path evalDir, Path seedsDir, Path corpusDir) {
    }

    public static List<GoldDocument> load(Sources sources) {
        try {
            Map<String, JsonNode> written = jsonl(sources.evalDir().resolve("written.jsonl"), "id");
            List<JsonNode> lines = new ArrayList<>();
            try (BufferedReader r = Files.newBufferedReader(sources.evalDir().resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        lines.add(JSON.readTree(line));
                    }
                }
            }
            Set<String> corpusIds = new HashSet<>();
            lines.forEach(n -> {
                String doc = n.get("doc").asText();
                if (doc.startsWith("corpus:")) {
                    corpusIds.add(doc.substring("corpus:".length()));
                }
            });
            List<JsonNode> realCorpus = new ArrayList<>();
            List<JsonNode> pages = new ArrayList<>();
            Path real = sources.evalDir().resolve("real");
            if (Files.isDirectory(real)) {
                try (Stream<Path> files = Files.list(real)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                        List<JsonNode> target = f.getFileName().toString().startsWith("corpus") ? realCorpus : pages;
                        target.addAll(jsonl(f));
                    }
                }
            }
            realCorpus.forEach(n -> corpusIds.add(n.get("doc").asText().substring("corpus:".length())));
            Map<String, CorpusReader.CorpusArticle> corpus = corpusIds.isEmpty() || !Files.isDirectory(sources.corpusDir()) ? Map.of()
                    : CorpusReader.byId(sources.corpusDir(), corpusIds);
            List<GoldDocument> docs = new ArrayList<>();
            for (JsonNode n : lines) {
                String doc = n.get("doc").asText();
                String lang = n.path("lang").asText(null);
                Article article = article(doc, sources, written, corpus);
                docs.add(new GoldDocument(doc, lang, article, events(n.get("events")),
                        doc.startsWith("written:") ? EvalSet.WRITTEN : EvalSet.LEGACY, null));
            }
            for (JsonNode n : pages) {
                String doc = "page:" + n.get("id").asText();
                String body = n.get("text").asText();
                Instant published = n.hasNonNull("publishedAt") ? Instant.parse(n.get("publishedAt").asText()) : null;
                Article article = new Article(ArticleIds.forText(body), n.path("url").asText(null), null, null, published, null, body, null);
                docs.add(real(doc, n, article));
            }
            for (JsonNode n : realCorpus) {
                String doc = n.get("doc").asText();
                if (corpus.isEmpty()) {
                    continue; // no corpus beside the repository: its documents cannot be read (the caller says so)
                }
                docs.add(real(doc, n, article(doc, sources, written, corpus)));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoldDocument real(String doc, JsonNode n, Article article) {
        return new GoldDocument(doc, n.path("lang").asText(null), article, events(n.get("events")),
                RealSplit.isTest(doc) ? EvalSet.TEST : EvalSet.DEV, n.path("batch").asText(null));
    }

    private static List<JsonNode> jsonl(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    try {
                        nodes.add(JSON.readTree(line));
                    } catch (IOException e) {
                        throw new IOException(file + ":" + n + ": not JSON: " + e.getMessage(), e);
                    }
                }
            }
        }
        return nodes;
    }

    private static Article article(String doc, Sources sources, Map<String, JsonNode> written, Map<String, CorpusReader.CorpusArticle> corpus) throws IOException {
        int colon = doc.indexOf(':');
        String kind = doc.substring(0, colon);
        String id = doc.substring(colon + 1);
        switch (kind) {
            case "seed" -> {
                Path text;
                try (Stream<Path> files = Files.list(sources.seedsDir())) {
                    text = files.filter(p -> p.getFileName().toString().startsWith(id + "_") && p.toString().endsWith(".txt")).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no seed " + id + " in " + sources.seedsDir()));
                }
                Article seed = ArticleTextFile.read(text);
                // Language left to the engine: identification is part of what is measured.
                return new Article(ArticleIds.forText(seed.text()), null, null, null, seed.publishedAt(), null, seed.text(), null);
            }
            case "written" -> {
                JsonNode w = written.get(id);
                if (w == null) {
                    throw new IllegalStateException("no written article " + id + " in written.jsonl");
                }
                String body = w.get("text").asText();
                Instant published = w.hasNonNull("publishedAt") ? Instant.parse(w.get("publishedAt").asText()) : null;
                return new Article(ArticleIds.forText(body), null, null, null, published, null, body, null);
            }
            case "corpus" -> {
                CorpusReader.CorpusArticle c = corpus.get(id);
                if (c == null) {
                    throw new IllegalStateException("no article " + id + " in " + sources.corpusDir());
                }
                return c.toArticle(false);
            }
            default -> throw new IllegalStateException("unknown document kind in " + doc);
        }
    }

    private static List<GoldEvent> events(JsonNode array) {
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : array) {
            List<String> actors = null;
            if (e.has("actors")) {
                actors = new ArrayList<>();
                for (JsonNode a : e.get("actors")) {
                    actors.add(a.asText());
                }
                actors = actors.stream().sorted().toList();
            }
            events.add(new GoldEvent(e.get("type").asText(), text(e, "country"), text(e, "stage"),
                    e.hasNonNull("historical") ? e.get("historical").asBoolean() : null, text(e, "date"), text(e, "donor"), text(e, "recipient"),
                    decimal(e, "amount"), text(e, "currency"), e.hasNonNull("year") ? e.get("year").asInt() : null, text(e, "status"),
                    text(e, "scope"), decimal(e, "partOf"), e.hasNonNull("cumulative") ? e.get("cumulative").asBoolean() : null,
                    actors, text(e, "kind")));
        }
        return events;
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        return n.hasNonNull(field) ? new BigDecimal(n.get(field).asText()) : null;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static Map<String, JsonNode> jsonl(Path file, String idField) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        if (!Files.exists(file)) {
            return byId;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    byId.put(n.get(idField).asText(), n);
                }
            }
        }
        return byId;
    }
}
