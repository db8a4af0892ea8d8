package io.allywatch.extract.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.allywatch.engine.ExtractionEngine;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads every stored article again with the current engine: {@code articles.raw} keeps them all,
 * so a new extractor version re-reads them from the first record to the last one there was when
 * the run started, and publishes what it finds as the live path does ({@link ExtractionPublisher}):
 * the read model then keeps, per article, only what the newest version found. Live articles go on
 * meanwhile (this reader has no consumer group: it commits nothing and takes nothing from the live
 * consumer). One run at a time per replica.
 */
@ApplicationScoped
public class Reextraction {
    private static final Logger LOG = Logger.getLogger(Reextraction.class);

    /** Where a run stands (serialized by name, as the REST answer has always given it). */
    public enum State { IDLE, RUNNING, DONE, FAILED }

    /** Where a run stands; {@code state} IDLE means never run on this replica. */
    public record Status(State state, String extractorVersion, Instant startedAt, Instant finishedAt, long articles, long read,
                         long withEvents, long unreadable, long events, String error) {
    }

    /** A run is under way: one at a time. */
    public static class AlreadyRunning extends RuntimeException {
        public AlreadyRunning(Status status) {
            super("a re-extraction is already running (" + status.read() + " of " + status.articles() + " articles read)");
        }
    }

    private final ArticleRecordReader reader;
    private final ExtractionPublisher publisher;
    private final Map<String, Object> kafka;
    private final String topic;
    private final Duration pollTimeout;
    private final MeterRegistry registry;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reextraction");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Status> status = new AtomicReference<>(
            new Status(State.IDLE, ExtractionEngine.VERSION, null, null, 0, 0, 0, 0, 0, null));

    public Reextraction(ObjectMapper json, ExtractionPublisher publisher, MeterRegistry registry,
                        @Identifier("default-kafka-broker") Map<String, Object> kafka,
                        @ConfigProperty(name = "mp.messaging.incoming.articles-in.topic") String topic,
                        @ConfigProperty(name = "allywatch.reextract.poll-timeout") Duration pollTimeout) {
        this.reader = new ArticleRecordReader(json);
        this.publisher = publisher;
        this.registry = registry;
        this.kafka = kafka;
        this.topic = topic;
        this.pollTimeout = pollTimeout;
    }

    public Status status() {
        return status.get();
    }

    /** Starts a run over every article stored now; throws {@link AlreadyRunning} if one is under way. */
    public synchronized Status start() {
        Status current = status.get();
        if (current.state() == State.RUNNING) {
            throw new AlreadyRunning(current);
        }
        Status started = new Status(State.RUNNING, ExtractionEngine.VERSION, Instant.now(), null, 0, 0, 0, 0, 0, null);
        status.set(started);
        runner.submit(this::run);
        return started;
    }

    private void run() {
        Instant startedAt = status.get().startedAt();
        long read = 0;
        long withEvents = 0;
        long unreadable = 0;
        long events = 0;
        long articles = 0;
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
            for (TopicPartition tp : partitions) {
                articles += ends.get(tp) - begins.get(tp);
            }
            status.set(new Status(State.RUNNING, ExtractionEngine.VERSION, startedAt, null, articles, 0, 0, 0, 0, null));
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                List<ExtractionPublisher.Input> batch = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(pollTimeout)) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= ends.get(tp)) {
                        continue; // arrived after the run started: the live path reads it
                    }
                    read++;
                    try {
                        batch.add(new ExtractionPublisher.Input(reader.read(record.value()), null));
                    } catch (ArticleRecordReader.UnreadableArticle e) {
                        unreadable++; // went to articles.dlq when it first came; nothing new to say now
                    }
                }
                // A poll's articles at once, as the live path reads them; the run stops at the first article Kafka did not take.
                for (ExtractionPublisher.Output out : batch.isEmpty() ? List.<ExtractionPublisher.Output>of() : publisher.publishAll(batch)) {
                    if (out.failure() != null) {
                        throw out.failure();
                    }
                    if (!out.result().events().isEmpty()) {
                        withEvents++;
                        events += out.result().events().size();
                    }
                    registry.counter("allywatch.reextraction.articles").increment();
                }
                status.set(new Status(State.RUNNING, ExtractionEngine.VERSION, startedAt, null, articles, read, withEvents, unreadable, events, null));
            }
            status.set(new Status(State.DONE, ExtractionEngine.VERSION, startedAt, Instant.now(), articles, read, withEvents, unreadable, events, null));
            LOG.infof("Re-extraction with extractor %s done: %d articles read, %d with events (%d mentions), %d unreadable",
                    ExtractionEngine.VERSION, read, withEvents, events, unreadable);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Re-extraction with extractor %s failed after %d articles", ExtractionEngine.VERSION, read);
            status.set(new Status(State.FAILED, ExtractionEngine.VERSION, startedAt, Instant.now(), articles, read, withEvents, unreadable, events,
                    String.valueOf(e.getMessage())));
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties p = new Properties();
        kafka.forEach((k, v) -> {
            if (v != null && !String.valueOf(v).isEmpty()) {
                p.put(k, v);
            }
        });
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "extract-service-reextraction");
        return new KafkaConsumer<>(p);
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
