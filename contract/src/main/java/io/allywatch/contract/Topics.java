package io.allywatch.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

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

    /**
     * Partitions of each topic on a local broker (./allywatch, tests): three where consumers share
     * the work, one for dead letters. The cluster's are in deploy/base/kafka/topics.yaml.
     */
    public static final Map<String, Integer> LOCAL_PARTITIONS = localPartitions();

    private static Map<String, Integer> localPartitions() {
        Map<String, Integer> p = new LinkedHashMap<>();
        for (String topic : ALL) {
            p.put(topic, topic.endsWith(".dlq") ? 1 : 3);
        }
        return Collections.unmodifiableMap(p);
    }

    /** {@link #LOCAL_PARTITIONS} as a local broker takes it: {@code name:partitions,...}. */
    public static String localBrokerSpec() {
        StringJoiner spec = new StringJoiner(",");
        LOCAL_PARTITIONS.forEach((topic, partitions) -> spec.add(topic + ":" + partitions));
        return spec.toString();
    }

    private Topics() {
    }

    /** The topic that carries events of the given type. */
    public static String forEventType(EventType type) {
        return type == EventType.AID ? EVENTS_AID : EVENTS_ALLIANCE;
    }
}
