package io.allywatch.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Golden example records of contract v1, one per record type. Producer tests check that what they
 * emit looks like these; consumer tests feed these to prove they read what producers write.
 */
public final class GoldenExamples {
    private static final String DIR = "/io/allywatch/contract/examples/";

    private GoldenExamples() {
    }

    /** The raw JSON of the example for an event type. */
    public static String eventJson(EventType type) {
        return read(type.schemaName());
    }

    /** An aid event as a v1.0 producer wrote it, without the fields v1.1 added. */
    public static String aidV10Json() {
        return read("aid-v1.0");
    }

    public static String extractionJson() {
        return read("extraction");
    }

    public static String articleJson() {
        return read("article");
    }

    private static String read(String name) {
        try (InputStream in = GoldenExamples.class.getResourceAsStream(DIR + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("example resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
