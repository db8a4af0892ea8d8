package io.allywatch.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.allywatch.contract.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything on articles.raw up to a marker, for checks of an absence ("published once", "nothing
 * else"): the test has the service take a marker article after the action it checks. The service
 * answers only once Kafka acknowledged the marker (acks=all), so every record published before it
 * lies below the topic's end offsets read then; the topic is read up to those offsets, the marker
 * among them. No fixed wait: the read ends as soon as it is complete.
 */
public final class TopicUpToMarker {
    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private TopicUpToMarker() {
    }

    /** Posts a marker article through the service and returns every record up to and including it. */
    public static List<ConsumerRecord<String, String>> read(String bootstrap) {
        String marker = given().header("Authorization", "Bearer test-key").contentType("text/plain")
                .body("Marker " + UUID.randomUUID() + ": every record published before this one is on the topic.")
                .when().post("/api/articles").then().statusCode(202).extract().path("articleId");
        return readUpTo(bootstrap, marker);
    }

    /** The records of articles.raw up to its end offsets now, which must include {@code markerKey}. */
    public static List<ConsumerRecord<String, String>> readUpTo(String bootstrap, String markerKey) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_RAW).stream()
                    .map(i -> new TopicPartition(Topics.ARTICLES_RAW, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(AT_MOST).pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(found::add);
                        return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
                    });
        }
        if (found.stream().noneMatch(r -> markerKey.equals(r.key()))) {
            throw new AssertionError("the marker " + markerKey + " is not below the end offsets read after it was acknowledged");
        }
        return found;
    }
}
