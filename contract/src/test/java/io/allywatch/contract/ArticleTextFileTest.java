package io.allywatch.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTextFileTest {
    @Test
    void theSidecarsFieldsJoinTheText(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("001_peru.txt"), "Peru text.");
        Files.writeString(dir.resolve("001_peru.meta.json"), "{\"publishedAt\":\"2025-12-12T00:00:00Z\",\"source\":\"wire\"}");
        Article a = ArticleTextFile.read(text);
        assertThat(a.text()).isEqualTo("Peru text.");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-12-12T00:00:00Z"));
        assertThat(a.source()).isEqualTo("wire");
    }

    @Test
    void withoutASidecarOnlyTheTextAndABadSidecarIsAnError(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("note.txt"), "Just text.");
        assertThat(ArticleTextFile.read(text).publishedAt()).isNull();
        Files.writeString(dir.resolve("note.meta.json"), "[1, 2]");
        assertThatThrownBy(() -> ArticleTextFile.read(text)).isInstanceOf(IOException.class).hasMessageContaining("one JSON object");
    }
}
