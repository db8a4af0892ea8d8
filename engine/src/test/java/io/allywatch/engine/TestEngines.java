package io.allywatch.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One engine for all tests: the language model takes a moment to load. */
final class TestEngines {
    static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    static final ExtractionEngine ENGINE = new ExtractionEngine(Clock.fixed(NOW, ZoneOffset.UTC));

    private TestEngines() {
    }
}
