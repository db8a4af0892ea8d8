package io.allywatch.extract.config;

import io.allywatch.engine.ExtractionEngine;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * One engine per service: it loads its models once and is safe to share between threads. Built at
 * start-up, not by the first article (its models and patterns take a while to load, which the first
 * batch of articles would otherwise wait for).
 */
public class EngineProducer {
    @Produces
    @Singleton
    @Startup
    ExtractionEngine engine() {
        return new ExtractionEngine();
    }
}
