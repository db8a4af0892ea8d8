package io.allywatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.ArticleTextFile;
import io.allywatch.contract.ContractJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Articles from files: {@code .txt} (plus an optional sidecar {@code NAME.meta.json} with Article
 * fields such as publishedAt), {@code .html}, {@code .json} (one Article) and {@code .jsonl} (one
 * Article a line). Folders are walked in name order.
 */
final class ArticleFiles {
    static final String SIDECAR = ArticleTextFile.SIDECAR;
    private static final ObjectMapper JSON = ContractJson.mapper();

    /** One article to send: its body and media type, and where it came from for messages. */
    record Item(String origin, String mediaType, String body) {
    }

    private ArticleFiles() {
    }

    /** How many articles a file holds (non-blank lines of a .jsonl, else one), for progress. */
    static long count(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            return 1;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.lines().filter(l -> !l.isBlank()).count();
        }
    }

    /** The files under the given paths that hold articles, in a stable order. */
    static List<Path> collect(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ArticleFiles::isArticleFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(SIDECAR) && (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".json") || name.endsWith(".jsonl"));
    }

    /** Streams every article of one file to the consumer; a bad line or file becomes an item with null body. */
    static void read(Path file, Consumer<Item> items) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = reader.readLine()) != null) {
                    n++;
                    if (!line.isBlank()) {
                        items.accept(new Item(file + ":" + n, "application/json", line));
                    }
                }
            }
        } else if (name.endsWith(".json")) {
            // Raw newlines are JSON whitespace (inside strings they must be escaped), so folding them
            // makes a valid document one NDJSON line and leaves an invalid one for the service to name.
            String body = Files.readString(file, StandardCharsets.UTF_8).replace('\r', ' ').replace('\n', ' ');
            items.accept(new Item(file.toString(), "application/json", body));
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            items.accept(new Item(file.toString(), "text/html", Files.readString(file, StandardCharsets.UTF_8)));
        } else {
            items.accept(new Item(file.toString(), "application/json", textWithSidecar(file)));
        }
    }

    /** A .txt file as an Article JSON, merged with its sidecar's fields when there is one. */
    static String textWithSidecar(Path file) throws IOException {
        return JSON.writeValueAsString(ArticleTextFile.readJson(file));
    }
}
