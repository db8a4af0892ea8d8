package io.allywatch.ingest.bench;

import io.allywatch.contract.ArticleIds;
import io.allywatch.kafka.LocalKafka;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Helpers for bench/ingest-benchmark.sh (not a test: run with java -cp):
 * {@code broker DIR} starts a broker on a free port, prints its address and runs until stdin closes;
 * {@code produce BOOTSTRAP TOPIC FILE} is the baseline: every line of an Article JSONL file sent
 * with a plain KafkaProducer, keyed by its article id, with the ingest service's producer settings
 * (acks=all, idempotent, lz4, linger 5 ms, 256 KB batches), waiting for every ack.
 */
public final class IngestBenchmark {
    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "broker" -> broker(Path.of(args[1]));
            case "produce" -> produce(args[1], args[2], Path.of(args[3]));
            default -> throw new IllegalArgumentException("broker DIR | produce BOOTSTRAP TOPIC FILE");
        }
    }

    private static void broker(Path dir) throws Exception {
        try (LocalKafka kafka = LocalKafka.builder(dir).topics("articles.raw:3,articles.baseline:3")
                .logFile(dir.resolve("broker.log")).tiedToParent(true).build().start()) {
            System.out.println(kafka.bootstrapServers());
            System.out.println("pid " + kafka.pid());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static void produce(String bootstrap, String topic, Path file) throws Exception {
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = r.lines().filter(l -> !l.isBlank()).toList();
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            // warm-up: metadata and the connection, not counted
            producer.send(new ProducerRecord<>(topic, "warm-up", new byte[] {'{', '}'})).get();
            long start = System.nanoTime();
            List<Future<RecordMetadata>> acks = new ArrayList<>(lines.size());
            for (String line : lines) {
                acks.add(producer.send(new ProducerRecord<>(topic, ArticleIds.forText(line),
                        line.getBytes(StandardCharsets.UTF_8))));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("raw producer: %d records in %.2f s = %.0f records/s%n", lines.size(), seconds,
                    lines.size() / seconds);
        }
    }
}
