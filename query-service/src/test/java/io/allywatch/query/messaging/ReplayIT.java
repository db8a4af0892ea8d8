package io.allywatch.query.messaging;

import static io.allywatch.query.TestEvents.awaitMentions;
import static io.allywatch.query.TestEvents.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.Topics;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicReader;
import io.allywatch.query.TestEvents;
import io.allywatch.query.domain.ExtractorVersions;
import io.allywatch.query.store.ArticleExtractionRecord;
import io.allywatch.query.store.EventMention;
import io.allywatch.query.store.EventRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Replaying the whole topics leaves exactly the same read store: on top of the current state (every
 * record delivered again) and from empty tables (what {@code ./allywatch replay} does).
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ReplayIT {
    private static final int REPLAY_BATCH = 3;
    @Inject
    EventProjector projector;
    @Inject
    EntityManager entityManager;

    @Test
    void replayingEveryRecordOfTheTopicsLeavesTheSameState() {
        // Some records of every kind, two mentions of one event, and a poison record that is dead-lettered.
        var first = TestEvents.designation("SUR", DesignationStage.INTENDED, "replay-1", "2024-02", false, "Suriname is to be designated.");
        var second = TestEvents.designation("SUR", DesignationStage.INTENDED, "replay-2", null, false, "Suriname will be designated.");
        var designated = TestEvents.designation("SUR", DesignationStage.DESIGNATED, "replay-2", null, false, "Suriname was designated.");
        var money = TestEvents.aid("SUR", "replay-3", 1_500_000, "USD", 1_500_000L, 2024, AidEvent.AidStatus.ACTUAL,
                AidEvent.AidPurpose.MILITARY, "FMF");
        var exercise = TestEvents.cooperation(List.of("SUR", "USA"), "replay exercise", TestEvents.EXTRACTED);
        Stream.of(first, second, designated, money, exercise).forEach(e -> send(e));
        awaitMentions(first.eventId(), 2);
        Stream.of(designated, money, exercise).forEach(e -> awaitMentions(e.eventId(), 1));

        List<ConsumerRecord<String, byte[]>> records = everyRecord();
        Set<String> deadLettered = awaitProjected(records);
        List<String> before = state();
        assertThat(before).anyMatch(row -> row.contains(money.eventId()));

        replay(records, deadLettered);
        assertThat(state()).as("every record delivered again").containsExactlyElementsOf(before);

        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createQuery("delete from EventMention").executeUpdate();
            entityManager.createQuery("delete from EventRecord").executeUpdate();
        });
        assertThat(state()).isEmpty();
        replay(records, deadLettered);
        assertThat(state()).as("rebuilt from empty tables").containsExactlyElementsOf(before);
    }

    private static List<ConsumerRecord<String, byte[]>> everyRecord() {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (String topic : List.of(Topics.EVENTS_ALLIANCE, Topics.EVENTS_AID)) {
            for (ConsumerRecord<String, String> r : TopicReader.readAll(KafkaBrokerTestResource.bootstrapServers(), topic,
                    Duration.ofSeconds(5))) {
                records.add(new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.key(),
                        r.value() == null ? null : r.value().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return records;
    }

    /** Projects the records again as the consumer does: in batches (of 3 here, so duplicates meet within a batch and across). */
    private void replay(List<ConsumerRecord<String, byte[]>> records, Set<String> deadLettered) {
        for (int from = 0; from < records.size(); from += REPLAY_BATCH) {
            List<ConsumerRecord<String, byte[]>> batch = records.subList(from, Math.min(records.size(), from + REPLAY_BATCH));
            List<RuntimeException> failures = projector.project(batch.stream()
                    .map(r -> new EventProjector.Received(r.value(), r.timestamp())).toList());
            for (int i = 0; i < batch.size(); i++) {
                // What the live consumer sent to events.dlq fails the same way again; nothing else may fail.
                if (failures.get(i) != null) {
                    assertThat(deadLettered).as("%s failed in the replay: %s", coordinates(batch.get(i)), failures.get(i))
                            .contains(coordinates(batch.get(i)));
                }
            }
        }
    }

    /**
     * Waits until the live consumer has settled every record we are about to replay (other tests
     * wrote some): projected, or dead-lettered. Returns the dead-lettered ones' coordinates.
     */
    private Set<String> awaitProjected(List<ConsumerRecord<String, byte[]>> records) {
        return TestEvents.await("live consumer caught up", TestEvents.WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Set<String> deadLettered = deadLettered();
                    List<String> mentionIds = records.stream().filter(r -> !deadLettered.contains(coordinates(r)))
                            .filter(r -> !superseded(r.value()))
                            .map(r -> mentionIdOf(r.value())).filter(id -> id != null).distinct().toList();
                    boolean caughtUp = mentionIds.isEmpty() || QuarkusTransaction.requiringNew()
                            .call(() -> EventMention.count("mentionId in ?1", mentionIds)) == mentionIds.size();
                    return caughtUp ? deadLettered : null;
                }, java.util.Objects::nonNull);
    }

    /** Where the records events.dlq holds came from, as their dead-letter headers say. */
    private static Set<String> deadLettered() {
        return TopicReader.readAll(KafkaBrokerTestResource.bootstrapServers(), Topics.EVENTS_DLQ, Duration.ofSeconds(1)).stream()
                .map(r -> TopicReader.header(r, "dead-letter-topic") + ":" + TopicReader.header(r, "dead-letter-partition") + ":"
                        + TopicReader.header(r, "dead-letter-offset"))
                .collect(Collectors.toSet());
    }

    private static String coordinates(ConsumerRecord<?, ?> r) {
        return r.topic() + ":" + r.partition() + ":" + r.offset();
    }

    /** The record's mentionId, or null for a record the projector dead-letters. */
    /**
     * Whether a newer extractor version has read the record's article since (a re-extraction test
     * ran before): its mention is gone from the store by design and stays ignored in the replay.
     */
    private static boolean superseded(byte[] value) {
        try {
            var node = io.allywatch.contract.ContractJson.mapper().readTree(value);
            if (node == null || !node.hasNonNull("articleId") || !node.hasNonNull("extractorVersion")) {
                return false;
            }
            ArticleExtractionRecord read = QuarkusTransaction.requiringNew()
                    .call(() -> ArticleExtractionRecord.<ArticleExtractionRecord>findById(node.get("articleId").asText()));
            return read != null && ExtractorVersions.older(node.get("extractorVersion").asText(), read.extractorVersion);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String mentionIdOf(byte[] value) {
        try {
            var node = io.allywatch.contract.ContractJson.mapper().readTree(value);
            if (node == null || !node.isObject() || !io.allywatch.contract.EventSchemas.validateEvent(node).isEmpty()) {
                return null;
            }
            return node.get("mentionId").asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Every column of every row of the read store, in key order. */
    @SuppressWarnings("unchecked")
    private List<String> state() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> rows = new ArrayList<>();
            for (String sql : List.of("select * from readmodel.event_record order by event_id",
                    "select * from readmodel.event_mention order by mention_id")) {
                for (Object row : entityManager.createNativeQuery(sql).getResultList()) {
                    rows.add(row instanceof Object[] columns ? Arrays.deepToString(columns) : String.valueOf(row));
                }
            }
            return rows;
        });
    }
}
