package io.allywatch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.allywatch.contract.Article;
import io.allywatch.contract.Event;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The engine under Jazzer: whatever the text and the declared language, it answers events whose
 * evidence is a real span of the text, or a reason, and never fails inside (the engine turns an
 * exception into "extraction failed", which this test counts as a failure). {@code mvn test}
 * replays the stored inputs under
 * {@code src/test/resources/io/allywatch/engine/ExtractionEngineFuzzTestInputs/anyTextGivesGroundedEventsOrAReason/}
 * (each the text followed by one byte: the language's index in {@code LANGS}); JAZZER_FUZZ=1
 * fuzzes for real and writes any failing input there, to be committed and replayed from then on.
 */
class ExtractionEngineFuzzTest {
    private static final List<String> LANGS = Arrays.asList(null, "en", "fr", "es", "pt", "de", "xx");
    private static final ExtractionEngine ENGINE =
            new ExtractionEngine(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC), 20_000);

    @FuzzTest(maxDuration = "60s")
    void anyTextGivesGroundedEventsOrAReason(FuzzedDataProvider data) {
        String lang = data.pickValue(LANGS);
        String text = data.consumeRemainingAsString();
        ExtractionResult r = ENGINE.extract(new Article("a-000000000000000000000000", null, null, null,
                Instant.parse("2026-01-14T00:00:00Z"), lang, text, null));
        assertThat(r.outcome()).isNotNull();
        if (r.outcome() == ExtractionResult.Outcome.UNREADABLE) {
            assertThat(r.reason()).isNotBlank().doesNotStartWith("extraction failed");
            return;
        }
        if (r.events().isEmpty()) {
            assertThat(r.reason()).isNotBlank();
        }
        for (Event e : r.events()) {
            assertThat(e.evidence().start()).isBetween(0, e.evidence().end());
            assertThat(e.evidence().end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.extractorVersion()).isEqualTo(ExtractionEngine.VERSION);
            assertThat(e.eventId()).matches("e-[0-9a-f]{24}");
        }
    }
}
