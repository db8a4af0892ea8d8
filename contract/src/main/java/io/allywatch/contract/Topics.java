package io.allywatch.contract;

import java.util.List;

/**
 * Topic names of contract v1. Services map their channels to topics in configuration; these
 * constants are for the tools that create topics and for tests that read them.
 */
public final class Topics {
    public static final String ARTICLES_RAW = "articles.raw";
    public static final String EVENTS_ALLIANCE = "events.alliance";
    public static final String EVENTS_AID = "events.aid";
    public static final String ARTICLES_DLQ = "articles.dlq";
    /** Addition to v1: event records the query service could not project. */
    public static final String EVENTS_DLQ = "events.dlq";
    /** Addition to v1: per article, every mention one extractor version found ({@link ArticleExtraction}). */
    public static final String ARTICLES_EXTRACTED = "articles.extracted";

    public static final List<String> ALL = List.of(ARTICLES_RAW, EVENTS_ALLIANCE, EVENTS_AID, ARTICLES_DLQ, EVENTS_DLQ, ARTICLES_EXTRACTED);

    private Topics() {
    }

    /** The topic that carries events of the given type. */
    public static String forEventType(EventType type) {
        return type == EventType.AID ? EVENTS_AID : EVENTS_ALLIANCE;
    }
}
