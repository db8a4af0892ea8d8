package io.allywatch.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The limit the pipeline is read against: the same article records produced to a scratch topic of the
 * same broker, with ingest-service's producer settings, and consumed back while they are produced; no
 * processing at all. Articles/s = records / (first send → last record consumed).
 */
final class RawRoundTrip {
    /** ingest-service's producer settings for articles.raw (its application.properties), so the comparison is fair. */
    static final String LINGER_MS = "5";
    static final String BATCH_BYTES = String.valueOf(256 * 1024);
    static final String COMPRESSION = "lz4";
    static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** One record as the pipeline would carry it: key and value bytes. */
    record Item(byte[] key, byte[] value) {
    }

    private RawRoundTrip() {
    }

    static BenchResults.RoundTrip run(String bootstrap, String topic, int partitions, List<Item> items) throws Exception {
        createTopic(bootstrap, topic, partitions);
        List<TopicPartition> assigned = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            assigned.add(new TopicPartition(topic, p));
        }
        AtomicReference<Throwable> consumerFailure = new AtomicReference<>();
        long[] lastConsumed = {0};
        AtomicBoolean stop = new AtomicBoolean();
        long bytes = items.stream().mapToLong(i -> i.value().length).sum();
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings(bootstrap), new ByteArraySerializer(), new ByteArraySerializer())) {
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            consumer.poll(Duration.ZERO); // join before the clock starts: position fetched, connection open
            Thread reader = new Thread(() -> {
                int seen = 0;
                long deadline = System.nanoTime() + TIMEOUT.toNanos();
                try {
                    while (seen < items.size() && System.nanoTime() < deadline && !stop.get()) {
                        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
                        seen += records.count();
                        if (!records.isEmpty()) {
                            lastConsumed[0] = System.nanoTime();
                        }
                    }
                    if (seen < items.size()) {
                        consumerFailure.set(new TimeoutException("consumed " + seen + " of " + items.size() + " in " + TIMEOUT));
                    }
                } catch (WakeupException stopped) {
                    consumerFailure.compareAndSet(null, stopped);
                } catch (RuntimeException e) {
                    consumerFailure.set(e);
                }
            }, "allywatch-bench-raw-consumer");
            long start = System.nanoTime();
            reader.start();
            try {
                for (Item item : items) {
                    producer.send(new ProducerRecord<>(topic, item.key(), item.value()));
                }
                producer.flush();
                reader.join(TIMEOUT.toMillis());
            } finally {
                // The consumer is closed on this thread: its reader must be done with it first.
                stop.set(true);
                consumer.wakeup();
                reader.join();
            }
            if (consumerFailure.get() != null) {
                throw new IllegalStateException("raw round trip failed: " + consumerFailure.get().getMessage(), consumerFailure.get());
            }
            return new BenchResults.RoundTrip(items.size(), bytes, (lastConsumed[0] - start) / 1e9);
        }
    }

    /** The items, repeated in order until there are at least {@code min}. */
    static List<Item> atLeast(List<Item> items, int min) {
        if (items.isEmpty() || items.size() >= min) {
            return items;
        }
        List<Item> repeated = new ArrayList<>(min + items.size());
        while (repeated.size() < min) {
            repeated.addAll(items);
        }
        return repeated;
    }

    static Properties producerSettings(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_BYTES);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, COMPRESSION);
        return p;
    }

    /** Creates the topic and waits until every partition has a leader (a send right after creation can fail otherwise). */
    private static void createTopic(String bootstrap, String topic, int partitions)
            throws ExecutionException, InterruptedException, TimeoutException {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
                    if (d.partitions().size() == partitions && d.partitions().stream().allMatch(x -> x.leader() != null)) {
                        return;
                    }
                } catch (ExecutionException notYet) {
                    // the topic's metadata has not spread yet
                }
                Thread.sleep(100);
            }
            throw new TimeoutException("topic " + topic + " has no leader for every partition after 30 s");
        }
    }
}
