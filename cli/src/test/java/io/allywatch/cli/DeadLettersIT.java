package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.kafka.LocalKafka;
import io.allywatch.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./allywatch dlq` on a real broker: dead letters grouped by reason, and re-driven to their topic once. */
class DeadLettersIT {
    @TempDir
    static Path tmp;
    static LocalKafka kafka;

    @BeforeAll
    static void broker() {
        kafka = LocalKafka.builder(tmp.resolve("kafka")).topics("articles.raw:1,events.alliance:1,articles.dlq:1,events.dlq:1")
                .logFile(tmp.resolve("broker.log")).start();
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Test
    void deadLettersAreListedByReasonAndReDrivenOnceToTheTopicTheyCameFrom() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 3; i++) {
                producer.send(dead("articles.dlq", "it-" + i, "{\"text\":\"Il segretario " + i + "\"}",
                        "extractor 0.6.0 cannot read article a-00000000000000000000000" + i + ": language it is not supported",
                        "articles.raw", "ce_type", "io.allywatch.article.v1"));
            }
            producer.send(dead("articles.dlq", "junk", "{not json", "value is not JSON: Unexpected character", "articles.raw", "x", "y"));
            producer.send(dead("events.dlq", "ev", "{}", "not an event: $.eventId required", "events.alliance", "x", "y"));
            producer.flush();
        }
        DeadLetters letters = new DeadLetters(kafka.bootstrapServers(), tmp.resolve("home").resolve(DlqCommand.REDRIVEN_FILE));

        List<DeadLetters.Group> groups = letters.groups();
        assertThat(groups).extracting(g -> g.topic() + " " + g.letters().size() + " " + g.reason()).containsExactly(
                "articles.dlq 3 extractor 0.6.0 cannot read article a-…: language it is not supported",
                "articles.dlq 1 value is not JSON: Unexpected character",
                "events.dlq 1 not an event: $.eventId required");

        DeadLetters.Redrive first = letters.redrive("articles.dlq", "language it is not supported");
        assertThat(first.sent()).hasSize(3);
        var raw = TopicReader.awaitRecords(kafka.bootstrapServers(), "articles.raw", Duration.ofSeconds(20),
                r -> r.key().startsWith("it-"), 3);
        assertThat(raw).hasSize(3).allSatisfy(r -> {
            assertThat(TopicReader.header(r, "ce_type")).isEqualTo("io.allywatch.article.v1");
            assertThat(TopicReader.header(r, "dead-letter-reason")).isNull();
            assertThat(TopicReader.header(r, DeadLetters.REDRIVEN_FROM)).startsWith("articles.dlq/0/");
        });

        DeadLetters.Redrive again = letters.redrive("articles.dlq", "language it is not supported");
        assertThat(again.sent()).isEmpty();
        assertThat(again.alreadyRedriven()).isEqualTo(3);
        // a marker after the second run: had it sent anything, it would be before the marker
        Properties q = new Properties();
        q.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(q, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("articles.raw", "marker", "{}"));
        }
        var upToMarker = TopicReader.awaitRecords(kafka.bootstrapServers(), "articles.raw", Duration.ofSeconds(20),
                r -> r.key().startsWith("it-") || r.key().equals("marker"), 4);
        assertThat(upToMarker).extracting(r -> r.key()).filteredOn(k -> k.startsWith("it-")).hasSize(3);
    }

    private static ProducerRecord<String, String> dead(String topic, String key, String value, String reason, String origin,
                                                       String header, String headerValue) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, value);
        r.headers().add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        r.headers().add("dead-letter-topic", origin.getBytes(StandardCharsets.UTF_8));
        r.headers().add("dead-letter-partition", "0".getBytes(StandardCharsets.UTF_8));
        r.headers().add(header, headerValue.getBytes(StandardCharsets.UTF_8));
        return r;
    }
}
