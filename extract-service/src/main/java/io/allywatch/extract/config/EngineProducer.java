package io.allywatch.extract.config;

import io.allywatch.engine.ExtractionEngine;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One engine per service: it loads its models once and is safe to share between threads. */
public class EngineProducer {
    @Produces
    @Singleton
    ExtractionEngine engine() {
        return new ExtractionEngine();
    }
}
