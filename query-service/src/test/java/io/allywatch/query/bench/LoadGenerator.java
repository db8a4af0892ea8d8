package io.allywatch.query.bench;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidStatus;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.DesignationStage;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventType;
import io.allywatch.contract.Evidence;
import io.allywatch.contract.Topics;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Benchmark driver (not a test): {@code load BOOTSTRAP QUERY_URL COUNT SEED} writes COUNT generated
 * event records (10% designation mentions over 60 countries, 70% aid, 20% cooperation) and times
 * until query-service has projected them all; {@code latency BOOTSTRAP QUERY_URL PROBES RATE}
 * sends probe events at RATE/s and measures, through the SSE stream, the time from each record's
 * broker timestamp to the moment it is announced as committed (queryable); {@code broker DIR}
 * runs a local broker with the contract's topics on a free port until standard input closes.
 */
public final class LoadGenerator {
    private static final List<String> COUNTRIES = List.of("ARG", "AUS", "BHR", "BRA", "COL", "EGY", "ISR", "JPN", "JOR", "KEN",
            "KWT", "MAR", "NZL", "PAK", "PHL", "QAT", "KOR", "THA", "TUN", "TWN", "SAU", "AFG", "PER", "CHL", "ECU", "BOL", "URY",
            "PRY", "MEX", "IND", "IDN", "VNM", "MNG", "KAZ", "UZB", "GEO", "ARM", "UKR", "MDA", "SRB", "NGA", "GHA", "SEN", "ETH",
            "TZA", "UGA", "RWA", "ZAF", "AGO", "OMN", "ARE", "IRQ", "LBN", "SGP", "MYS", "LKA", "BGD", "NPL", "GUY", "PAN");
    private static final List<String> CURRENCIES = List.of("USD", "USD", "USD", "EUR", "GBP", "JPY");
    private static final List<String> PROGRAMS = List.of("FMF", "IMET", "INCLE", "NADR", "PKO");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], URI.create(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
            case "latency" -> latency(args[1], URI.create(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "broker" -> broker(java.nio.file.Path.of(args[1]));
            default -> throw new IllegalArgumentException("load | latency");
        }
    }

    static void broker(java.nio.file.Path dir) throws Exception {
        try (io.allywatch.kafka.LocalKafka kafka = io.allywatch.kafka.LocalKafka.builder(dir)
                .topics(io.allywatch.kafka.KafkaBrokerTestResource.DEFAULT_TOPICS).tiedToParent(true).build().start()) {
            System.out.println("bootstrap " + kafka.bootstrapServers());
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until standard input closes
            }
        }
    }

    static Event generate(int i, Random random) {
        String articleId = "a-" + ArticleIds.sha256Hex("bench-article-" + i, 12);
        Instant extracted = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i);
        Instant published = extracted.minusSeconds(3600L * random.nextInt(24 * 365));
        String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        int kind = random.nextInt(10);
        if (kind == 0) {
            DesignationStage stage = DesignationStage.values()[random.nextInt(DesignationStage.values().length)];
            String eventId = "e-" + ArticleIds.sha256Hex("DESIGNATION|" + country + "|MNNA|" + stage, 12);
            String sentence = "Generated article " + i + " says " + country + " is " + stage + " as a major non-NATO ally.";
            String date = random.nextInt(3) == 0 ? String.valueOf(1989 + random.nextInt(37)) : null;
            return new DesignationEvent(eventId, "m-" + ArticleIds.sha256Hex(eventId + "|" + articleId, 12), EventType.DESIGNATION,
                    articleId, published, extracted, "bench", 0.5 + random.nextDouble() / 2,
                    new Evidence(sentence, 0, sentence.length(), "en"), country, "MNNA", stage, random.nextInt(5) == 0, date);
        }
        if (kind <= 7) {
            String eventId = "e-" + ArticleIds.sha256Hex("AID|bench|" + i, 12);
            long amount = 100_000L * (1 + random.nextInt(10_000));
            String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            String sentence = "Generated article " + i + ": the US gives " + amount + " " + currency + " to " + country + ".";
            return new AidEvent(eventId, "m-" + ArticleIds.sha256Hex(eventId + "|" + articleId, 12), EventType.AID, articleId,
                    published, extracted, "bench", 0.8, new Evidence(sentence, 0, sentence.length(), "en"), "USA", country,
                    BigDecimal.valueOf(amount), currency, "USD".equals(currency) ? BigDecimal.valueOf(amount) : null,
                    1990 + random.nextInt(37), random.nextBoolean(), AidStatus.values()[random.nextInt(3)],
                    AidPurpose.values()[random.nextInt(AidPurpose.values().length)],
                    random.nextBoolean() ? PROGRAMS.get(random.nextInt(PROGRAMS.size())) : null, null);
        }
        String eventId = "e-" + ArticleIds.sha256Hex("COOPERATION|bench|" + i, 12);
        String sentence = "Generated article " + i + ": " + country + " and the US hold an exercise.";
        return new CooperationEvent(eventId, "m-" + ArticleIds.sha256Hex(eventId + "|" + articleId, 12), EventType.COOPERATION,
                articleId, published, extracted, "bench", 0.7, new Evidence(sentence, 0, sentence.length(), "en"),
                List.of(country, "USA"), CooperationEvent.CooperationKind.EXERCISE, null);
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap, boolean batched) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        if (batched) {
            p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
            p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        }
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    static ProducerRecord<String, byte[]> record(Event e) throws Exception {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(Topics.forEventType(e.type()), e.eventId(),
                ContractJson.mapper().writeValueAsBytes(e));
        r.headers().add("ce_type", e.type().ceType().getBytes(StandardCharsets.UTF_8));
        return r;
    }

    static void load(String bootstrap, URI query, int count, long seed) throws Exception {
        Random random = new Random(seed);
        long t0 = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap, true)) {
            for (int i = 0; i < count; i++) {
                producer.send(record(generate(i, random)));
            }
            producer.flush();
        }
        double produced = (System.nanoTime() - t0) / 1e9;
        System.out.printf("produced %d records in %.1f s (%.0f/s)%n", count, produced, count / produced);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            long lag;
            while ((lag = lag(admin)) > 0) {
                Thread.sleep(500);
            }
            double all = (System.nanoTime() - t0) / 1e9;
            System.out.printf("projected all in %.1f s from the first send (%.0f records/s end to end), lag %d%n", all, count / all, lag);
        }
    }

    static long lag(Admin admin) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.EVENTS_ALLIANCE, Topics.EVENTS_AID)) {
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("query-service")
                .partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var e : admin.listOffsets(partitions.stream().collect(java.util.stream.Collectors.toMap(tp -> tp,
                tp -> OffsetSpec.latest()))).all().get().entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            lag += e.getValue().offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    static void latency(String bootstrap, URI query, int probes, int ratePerSecond) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(probes);
        HttpClient http = HttpClient.newHttpClient();
        var response = http.sendAsync(HttpRequest.newBuilder(query.resolve("/api/events/stream?type=COOPERATION")).build(),
                HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        Thread reader = new Thread(() -> response.body().forEach(line -> {
            long now = System.currentTimeMillis();
            if (line.startsWith("data:")) {
                int at = line.indexOf("\"eventId\":\"");
                String id = line.substring(at + 11, line.indexOf('"', at + 11));
                Long t = sentAt.remove(id);
                if (t != null) {
                    latencies.add(now - t);
                    all.countDown();
                }
            }
        }), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        Random random = new Random(42);
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap, false)) {
            long interval = 1_000_000_000L / ratePerSecond;
            long next = System.nanoTime();
            for (int i = 0; i < probes; i++) {
                Event e = generate(10_000_000 + i, random);
                CooperationEvent probe = new CooperationEvent("e-" + ArticleIds.sha256Hex("probe|" + System.nanoTime() + "|" + i, 12),
                        e.mentionId(), EventType.COOPERATION, e.articleId(), null, Instant.now(), "probe", 0.7, e.evidence(),
                        List.of("USA", "PER"), CooperationEvent.CooperationKind.MEETING, null);
                ProducerRecord<String, byte[]> plain = record(probe);
                // Latency counts from the record's own timestamp (CreateTime), noted before the send so that a
                // change streamed before the producer's callback runs is not lost.
                long timestamp = System.currentTimeMillis();
                sentAt.put(probe.eventId(), timestamp);
                producer.send(new ProducerRecord<>(plain.topic(), null, timestamp, plain.key(), plain.value(), plain.headers()));
                next += interval;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                }
            }
            producer.flush();
        }
        boolean complete = all.await(60, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("probes %d at %d/s, seen %d%s: p50 %d ms, p99 %d ms, max %d ms%n", probes, ratePerSecond, sorted.size(),
                complete ? "" : " (some missing)", pct(sorted, 0.50), pct(sorted, 0.99), sorted.get(sorted.size() - 1));
        System.exit(0);
    }

    private static long pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
