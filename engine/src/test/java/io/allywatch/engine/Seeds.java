package io.allywatch.engine;

import io.allywatch.contract.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/** The seed articles of the repository, with the publication dates the tests give them. */
final class Seeds {
    private static final Path DIR = Stream.of(Path.of("../seeds"), Path.of("../../shared/seeds"))
            .filter(Files::isDirectory).findFirst()
            .orElseThrow(() -> new IllegalStateException("no seeds/ folder beside the engine module"));

    private Seeds() {
    }

    static Article article(String number, String published) {
        return new Article(null, null, null, null, published == null ? null : Instant.parse(published), null, text(number), null);
    }

    static String text(String number) {
        try (Stream<Path> files = Files.list(DIR)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(number + "_") && p.toString().endsWith(".txt")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + number + " in " + DIR.toAbsolutePath()));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article peru000() {
        return article("000", "2025-12-12T00:00:00Z");
    }

    static Article peru001() {
        return article("001", null);
    }

    static Article peru002() {
        return article("002", "2012-10-07T00:00:00Z");
    }

    static Article colombia003() {
        return article("003", "2022-03-10T00:00:00Z");
    }

    static Article french004() {
        return article("004", null);
    }
}
