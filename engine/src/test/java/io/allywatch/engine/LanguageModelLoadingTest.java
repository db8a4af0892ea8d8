package io.allywatch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LanguageModelLoadingTest {
    private static final String TEXT = "Washington has given Peru $84 million in counter-narcotics aid for 2012, the embassy said on Monday.";

    @Test
    void theModelLoadsOnlyForAnArticleWithoutItsLanguage() {
        // ingest-service declares every article's language, so extract-service never needs the model's ~40 MB of heap
        ExtractionEngine engine = new ExtractionEngine(Clock.fixed(TestEngines.NOW, ZoneOffset.UTC));
        Article declared = new Article("a-1", null, null, null, Instant.parse("2012-03-01T00:00:00Z"), "en", TEXT, null);
        assertThat(engine.extract(declared).events()).isNotEmpty();
        assertThat(engine.languageModelLoaded()).isFalse();

        Article undeclared = new Article("a-2", null, null, null, Instant.parse("2012-03-01T00:00:00Z"), null, TEXT, null);
        var result = engine.extract(undeclared);
        assertThat(engine.languageModelLoaded()).isTrue();
        assertThat(result.lang()).isEqualTo("en");
        assertThat(result.events()).isNotEmpty();
    }
}
