package io.allywatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.Event;
import io.allywatch.engine.ExtractionEngine;
import io.allywatch.engine.ExtractionResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "Offline, no Kafka: read .txt files or Article .jsonl (standard input when no file) "
        + "and print Event JSON, one a line.")
class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = ContractJson.mapper();

    @Parameters(arity = "0..*", paramLabel = "FILE")
    List<Path> files = List.of();

    @Override
    public Integer call() throws IOException {
        ExtractionEngine engine = new ExtractionEngine();
        PrintStream out = System.out;
        int failures = 0;
        if (files.isEmpty()) {
            String input = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            failures += input.stripLeading().startsWith("{") ? jsonl(engine, "stdin", new BufferedReader(
                    new java.io.StringReader(input)), out) : emit(engine, "stdin", article(input, null), out);
        }
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl")) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    failures += jsonl(engine, file.toString(), reader, out);
                }
            } else {
                Article sidecar = JSON.readValue(ArticleFiles.textWithSidecar(file), Article.class);
                failures += emit(engine, file.toString(), article(sidecar.text(), sidecar), out);
            }
        }
        return failures == 0 ? 0 : 2;
    }

    private static int jsonl(ExtractionEngine engine, String origin, BufferedReader reader, PrintStream out) throws IOException {
        int failures = 0;
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                Article a = JSON.readValue(line, Article.class);
                if (a.text() == null || a.text().isBlank()) {
                    throw new IOException("no text");
                }
                failures += emit(engine, origin + ":" + n, article(a.text(), a), out);
            } catch (IOException e) {
                System.err.println(origin + ":" + n + ": not an Article: " + e.getMessage());
                failures++;
            }
        }
        return failures;
    }

    private static Article article(String text, Article given) {
        String id = given != null && given.articleId() != null ? given.articleId() : ArticleIds.forText(text);
        return given == null
                ? new Article(id, null, null, null, null, null, text, Instant.now())
                : new Article(id, given.url(), given.source(), given.title(), given.publishedAt(), given.lang(), text,
                given.receivedAt() == null ? Instant.now() : given.receivedAt());
    }

    private static int emit(ExtractionEngine engine, String origin, Article article, PrintStream out) throws IOException {
        ExtractionResult result = engine.extract(article);
        for (Event e : result.events()) {
            out.println(JSON.writeValueAsString(e));
        }
        if (result.events().isEmpty()) {
            System.err.println(origin + ": no events (" + result.reason() + ")");
        }
        return 0;
    }
}
