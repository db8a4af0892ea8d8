package io.allywatch.query.messaging;

import static io.allywatch.query.TestEvents.awaitMentions;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.ContractJson;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.Event;
import io.allywatch.contract.Evidence;
import io.allywatch.contract.Topics;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicReader;
import io.allywatch.query.TestEvents;
import io.allywatch.query.domain.UnreadableEvent;
import io.allywatch.query.store.EventMention;
import io.allywatch.query.store.EventRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Records are projected a polled batch per transaction, but settled one by one: a record that
 * cannot be read, or that the store refuses, goes to events.dlq with its reason and the rest of its
 * batch is projected.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class BatchProjectionIT {
    @Inject
    EventProjector projector;

    /** A valid Event v1 whose evidence is longer than the store's column (8,000 characters): the store refuses it. */
    private static CooperationEvent tooLongForTheStore(String what) {
        CooperationEvent e = TestEvents.cooperation(List.of("BLZ", "USA"), what, TestEvents.EXTRACTED);
        String text = "x".repeat(9_000);
        return new CooperationEvent(e.eventId(), e.mentionId(), e.type(), e.articleId(), e.publishedAt(), e.extractedAt(),
                e.extractorVersion(), e.confidence(), new Evidence(text, 0, text.length(), "en"), e.actors(), e.kind(), e.date());
    }

    private static byte[] bytes(Event e) throws Exception {
        return ContractJson.mapper().writeValueAsBytes(e);
    }

    @Test
    void oneBatchWithBadRecordsProjectsTheOthersAndSaysWhyEachBadOneFailed() throws Exception {
        var before = TestEvents.cooperation(List.of("BLZ", "USA"), "direct batch first", TestEvents.EXTRACTED);
        var after = TestEvents.cooperation(List.of("BLZ", "USA"), "direct batch last", TestEvents.EXTRACTED);
        var refused = tooLongForTheStore("direct batch refused");

        try {
            List<RuntimeException> failures = projector.project(List.of(
                    new EventProjector.Received(bytes(before), 0),
                    new EventProjector.Received("{not json".getBytes(StandardCharsets.UTF_8), 0),
                    new EventProjector.Received(bytes(refused), 0),
                    new EventProjector.Received(bytes(after), 0)));

            assertThat(failures.get(0)).isNull();
            assertThat(failures.get(1)).isInstanceOf(UnreadableEvent.class).hasMessageContaining("not JSON");
            assertThat(failures.get(2)).as("refused by the store").isNotNull();
            assertThat(failures.get(3)).isNull();
            given().get("/api/events/" + before.eventId()).then().statusCode(200);
            given().get("/api/events/" + after.eventId()).then().statusCode(200);
            given().get("/api/events/" + refused.eventId()).then().statusCode(404);
        } finally {
            // Rows no topic holds: other tests (ReplayIT) rebuild the store from the topics.
            QuarkusTransaction.requiringNew().run(() -> {
                EventMention.delete("eventId in ?1", List.of(before.eventId(), after.eventId()));
                EventRecord.delete("eventId in ?1", List.of(before.eventId(), after.eventId()));
            });
        }
    }

    @Test
    void badRecordsAmongGoodOnesOnTheTopicGoToTheDeadLetterTopicAlone() throws Exception {
        String run = Long.toString(System.nanoTime());
        var first = TestEvents.cooperation(List.of("BLZ", "USA"), "topic batch first " + run, TestEvents.EXTRACTED);
        var last = TestEvents.cooperation(List.of("BLZ", "USA"), "topic batch last " + run, TestEvents.EXTRACTED);
        var refused = tooLongForTheStore("topic batch refused " + run);
        byte[] poison = ("{\"type\":\"COOPERATION\",\"marker\":\"" + run + "\"}").getBytes(StandardCharsets.UTF_8);

        // One key, one producer, one flush: the four records sit side by side in one partition, so one poll
        // most likely hands them over together (the test holds either way).
        String key = first.eventId();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", KafkaBrokerTestResource.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (byte[] value : List.of(bytes(first), poison, bytes(refused), bytes(last))) {
                producer.send(new ProducerRecord<>(Topics.EVENTS_ALLIANCE, key, value));
            }
            producer.flush();
        }

        awaitMentions(first.eventId(), 1);
        awaitMentions(last.eventId(), 1);
        List<ConsumerRecord<String, String>> dead = TopicReader.awaitRecords(KafkaBrokerTestResource.bootstrapServers(),
                Topics.EVENTS_DLQ, TestEvents.WAIT, r -> r.value() != null && (r.value().contains(run) || r.value().contains(refused.mentionId())), 2);
        assertThat(dead).hasSize(2);
        assertThat(dead).anySatisfy(r -> {
            assertThat(r.value()).contains("\"marker\":\"" + run + "\"");
            assertThat(TopicReader.header(r, "dead-letter-reason")).contains("not an Event v1");
        });
        assertThat(dead).anySatisfy(r -> {
            assertThat(r.value()).contains(refused.mentionId());
            assertThat(TopicReader.header(r, "dead-letter-reason")).isNotBlank();
            assertThat(TopicReader.header(r, "dead-letter-topic")).isEqualTo(Topics.EVENTS_ALLIANCE);
        });
        given().get("/api/events/" + refused.eventId()).then().statusCode(404);
        assertThat(dead).noneSatisfy(r -> assertThat(r.value()).contains(first.mentionId()));
        assertThat(dead).noneSatisfy(r -> assertThat(r.value()).contains(last.mentionId()));
    }
}
