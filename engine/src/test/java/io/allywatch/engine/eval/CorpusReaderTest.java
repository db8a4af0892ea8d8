package io.allywatch.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
    @Test
    void readsEveryFileInNameOrderWithEachPublishedForm(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/news.jsonl"), """
                {"id":"bbc-news-1","lang":"en","published":null,"text":"Third."}
                """);
        Files.writeString(dir.resolve("a.jsonl"), """
                {"id":"reuters-1","lang":"en","published":"1987-02-26T15:01:01","text":"First."}

                {"id":"10kgnad-2","lang":"de","published":"2015-06-01","text":"Zweiter."}
                """);
        Files.writeString(dir.resolve("README.md"), "not a corpus file");
        List<CorpusReader.CorpusArticle> all = CorpusReader.readAll(dir);
        assertThat(all).extracting(CorpusReader.CorpusArticle::id).containsExactly("reuters-1", "10kgnad-2", "bbc-news-1");
        assertThat(all.get(0).published()).isEqualTo(Instant.parse("1987-02-26T15:01:01Z"));
        assertThat(all.get(1).published()).isEqualTo(Instant.parse("2015-06-01T00:00:00Z"));
        assertThat(all.get(2).published()).isNull();
        assertThat(all.get(1).toArticle(true).lang()).isEqualTo("de");
        assertThat(all.get(1).toArticle(false).lang()).isNull();
        assertThat(CorpusReader.byId(dir, Set.of("10kgnad-2", "absent"))).containsOnlyKeys("10kgnad-2");
    }

    @Test
    void aMissingFolderOrABrokenLineSaysSo(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> CorpusReader.readAll(dir.resolve("nowhere"))).hasMessageContaining("corpus folder not found");
        Files.writeString(dir.resolve("x.jsonl"), "{\"id\":\"x\", text}\n");
        assertThatThrownBy(() -> CorpusReader.readAll(dir)).hasMessageContaining("not JSON");
    }
}
