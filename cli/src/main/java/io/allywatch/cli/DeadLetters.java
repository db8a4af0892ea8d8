package io.allywatch.cli;

import io.allywatch.contract.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The dead-letter topics read for an operator: records grouped by their reason (the
 * {@code dead-letter-reason} header SmallRye writes), and re-driven to the topic they came from
 * after a fix. A record is re-driven once: what was re-driven is kept in a file beside the stack,
 * and a second run skips it.
 */
final class DeadLetters {
    static final List<String> TOPICS = List.of(Topics.ARTICLES_DLQ, Topics.EVENTS_DLQ);
    static final String REASON = "dead-letter-reason";
    static final String ORIGIN_TOPIC = "dead-letter-topic";
    /** Added to a re-driven record: where in the dead-letter topic it was. */
    static final String REDRIVEN_FROM = "allywatch-redriven-from";
    private static final Pattern IDS = Pattern.compile("\\b([aem])-[0-9a-f]{24}\\b");
    private static final Pattern NUMBERS = Pattern.compile("\\b\\d{3,}\\b");

    /** One dead letter: where it is, its reason and the topic it came from. */
    record Letter(String topic, int partition, long offset, String key, byte[] value, List<Header> headers, String reason,
                  String origin) {
        String position() {
            return topic + "/" + partition + "/" + offset;
        }
    }

    /** The records of one reason (ids and long numbers folded, so one cause is one group). */
    record Group(String topic, String reason, List<Letter> letters) {
    }

    private final String bootstrap;
    private final Path redrivenFile;

    DeadLetters(String bootstrap, Path redrivenFile) {
        this.bootstrap = bootstrap;
        this.redrivenFile = redrivenFile;
    }

    /** Every record of the dead-letter topics now, grouped by reason, largest group first. */
    List<Group> groups() {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Letter l : readAll()) {
            String key = l.topic() + "\u0000" + fold(l.reason());
            groups.computeIfAbsent(key, k -> new Group(l.topic(), fold(l.reason()), new ArrayList<>())).letters().add(l);
        }
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort((a, b) -> Integer.compare(b.letters().size(), a.letters().size()));
        return sorted;
    }

    /** What a re-drive of the records whose reason contains {@code reasonPart} would send, and what it skips. */
    record Redrive(List<Letter> sent, int alreadyRedriven, int noOrigin) {
    }

    /**
     * Sends each matching record not re-driven before back to the topic it came from, with its key,
     * value and headers (less the dead-letter ones), and remembers it.
     */
    Redrive redrive(String topic, String reasonPart) {
        Set<String> done = redriven();
        List<Letter> sent = new ArrayList<>();
        int already = 0;
        int noOrigin = 0;
        List<Letter> chosen = readAll().stream()
                .filter(l -> topic == null || l.topic().equals(topic))
                .filter(l -> l.reason() != null && l.reason().contains(reasonPart)).toList();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (Letter l : chosen) {
                if (done.contains(l.position())) {
                    already++;
                    continue;
                }
                if (l.origin() == null) {
                    noOrigin++;
                    continue;
                }
                ProducerRecord<String, byte[]> r = new ProducerRecord<>(l.origin(), l.key(), l.value());
                l.headers().stream().filter(h -> !h.key().startsWith("dead-letter-")).forEach(h -> r.headers().add(h));
                r.headers().add(REDRIVEN_FROM, l.position().getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(r));
                sent.add(l);
            }
            for (Future<RecordMetadata> a : acks) {
                a.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not take the re-driven records: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        remember(sent);
        return new Redrive(sent, already, noOrigin);
    }

    static String fold(String reason) {
        if (reason == null) {
            return "(no reason)";
        }
        return NUMBERS.matcher(IDS.matcher(reason).replaceAll("$1-…")).replaceAll("N");
    }

    private List<Letter> readAll() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<Letter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10)).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Up to the end as it is now: records dead-lettered meanwhile wait for the next run.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        letters.add(new Letter(r.topic(), r.partition(), r.offset(),
                                r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8), r.value(),
                                List.of(r.headers().toArray()), header(r, REASON), header(r, ORIGIN_TOPIC)));
                    }
                }
            }
        }
        return letters;
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(p, new org.apache.kafka.common.serialization.StringSerializer(), new ByteArraySerializer());
    }

    private Set<String> redriven() {
        try {
            return Files.exists(redrivenFile) ? new LinkedHashSet<>(Files.readAllLines(redrivenFile)) : new LinkedHashSet<>();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + redrivenFile, e);
        }
    }

    private void remember(List<Letter> sent) {
        if (sent.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(redrivenFile.getParent());
            StringBuilder lines = new StringBuilder();
            sent.forEach(l -> lines.append(l.position()).append('\n'));
            Files.writeString(redrivenFile, lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("re-driven, but could not note it in " + redrivenFile, e);
        }
    }
}
