package io.allywatch.ingest.messaging;

import io.allywatch.contract.Article;
import io.allywatch.contract.CloudEventTypes;
import io.allywatch.ingest.domain.ArticleSender;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.common.annotation.Identifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes accepted articles to the raw-articles channel; the caller waits for Kafka's
 * acknowledgement. One record whichever way it goes: key, value, and the headers of
 * {@link #headers} (CloudEvents binary mode from the contract's constants, the near-duplicate
 * header), written here only; the connector's own CloudEvents support is off for the channel.
 * The same producer (acks=all, idempotent) two ways:
 * <ul>
 *   <li>tracing on ({@link KafkaTracingSwitch}): through the channel's emitter, so the connector
 *   opens each record's producer span and adds the trace context to those headers;</li>
 *   <li>tracing off (the default): straight to the channel's own Kafka producer from the calling
 *   thread, skipping the emitter's per-message streams and context capture (about a fifth of
 *   ingest's CPU in a profile of a batch).</li>
 * </ul>
 */
@ApplicationScoped
public class ArticlePublisher implements ArticleSender {
    /** Kafka header naming the earlier article a near-duplicate repeats (absent otherwise). */
    public static final String NEAR_DUPLICATE_HEADER = "allywatch_near_duplicate_of";
    /** The records' value: the Article as JSON (the channel's serializer). */
    static final String CONTENT_TYPE = "application/json";
    static final String CHANNEL = "articles-out";

    private static final CompletionStage<Void> DONE = CompletableFuture.completedFuture(null);
    private static final byte[] SPEC_VERSION = CloudEventTypes.SPEC_VERSION.getBytes(StandardCharsets.UTF_8);
    private static final byte[] TYPE = CloudEventTypes.ARTICLE.getBytes(StandardCharsets.UTF_8);
    private static final byte[] DATA_CONTENT_TYPE = CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private final MutinyEmitter<Article> articles;
    private final KafkaClientService kafka;
    private final boolean viaEmitter;
    private final String topic;
    private final byte[] source;
    private volatile Producer<String, Article> producer;

    private final Map<String, Object> kafkaConfig;
    private final Duration readTimeout;

    public ArticlePublisher(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                            MutinyEmitter<Article> articles, KafkaClientService kafka,
                            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                            @ConfigProperty(name = KafkaTracingSwitch.TRACING_ENABLED) boolean tracing,
                            @ConfigProperty(name = "mp.messaging.outgoing." + CHANNEL + ".topic") String topic,
                            @ConfigProperty(name = "allywatch.ingest.cloud-events-source") String source,
                            @ConfigProperty(name = "allywatch.ingest.publish-timeout") Duration readTimeout) {
        this.articles = articles;
        this.kafka = kafka;
        this.kafkaConfig = kafkaConfig;
        this.readTimeout = readTimeout;
        this.viaEmitter = tracing;
        this.topic = topic;
        this.source = source.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Sends all records now and returns at once; the future completes when the broker has every
     * one (acks=all), or fails with the first error. One countdown for the chunk, not a future per
     * record joined at the end.
     */
    @Override
    public CompletableFuture<Void> sendAll(List<Outgoing> records) {
        if (records.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> all = new CompletableFuture<>();
        AtomicInteger left = new AtomicInteger(records.size());
        Supplier<CompletionStage<Void>> ack = () -> {
            if (left.decrementAndGet() == 0) {
                all.complete(null);
            }
            return DONE;
        };
        Function<Throwable, CompletionStage<Void>> nack = failure -> {
            all.completeExceptionally(unconfirmedOrRefused(failure));
            return DONE;
        };
        try {
            Producer<String, Article> direct = viaEmitter ? null : producer();
            for (Outgoing r : records) {
                if (all.isDone()) {
                    break; // failed already: the caller compensates the whole chunk
                }
                String key = r.article().articleId();
                Headers headers = headers(r);
                if (direct == null) {
                    articles.send(Message.of(r.article(), Metadata.of(OutgoingKafkaRecordMetadata.<String>builder()
                            .withKey(key).withHeaders(headers).build()), ack, nack));
                } else {
                    // send blocks (up to max.block.ms) only while the topic's metadata is unknown
                    direct.send(new ProducerRecord<>(topic, null, key, r.article(), headers), (metadata, failure) -> {
                        if (failure == null) {
                            ack.get();
                        } else {
                            nack.apply(failure);
                        }
                    });
                }
            }
        } catch (RuntimeException e) { // buffer full, Kafka unreachable, a serializer failing: the caller compensates
            all.completeExceptionally(unconfirmedOrRefused(e));
        }
        return all;
    }

    /** Kafka's timeouts are retriable errors too: after either, the broker may have appended the records. */
    static Throwable unconfirmedOrRefused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException || t instanceof java.util.concurrent.TimeoutException) {
                return new Unconfirmed(failure);
            }
        }
        return failure;
    }

    /**
     * Reads the topic from {@code since} (by record timestamp, in every partition) to its current
     * end, with a consumer of no group, and returns the ids among {@code articleIds} whose key it
     * met. Only the outbox calls this, after a crash left rows unmarked: the tail it reads is short.
     */
    @Override
    public Set<String> alreadySent(Collection<String> articleIds, Instant since) {
        Set<String> wanted = new HashSet<>(articleIds);
        Set<String> found = new HashSet<>();
        if (wanted.isEmpty()) {
            return found;
        }
        Properties p = new Properties();
        kafkaConfig.forEach((k, v) -> {
            if (v != null && !String.valueOf(v).isEmpty()) {
                p.put(k, v);
            }
        });
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-service-outbox-check");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        long deadline = System.nanoTime() + readTimeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, readTimeout).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, readTimeout);
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(tp -> query.put(tp, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(query, readTimeout);
            consumer.assign(partitions);
            for (TopicPartition tp : partitions) {
                OffsetAndTimestamp start = starts.get(tp);
                consumer.seek(tp, start == null ? ends.get(tp) : start.offset());
            }
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, readTimeout) < ends.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " since " + since + " within " + readTimeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && wanted.contains(record.key())) {
                        found.add(record.key());
                    }
                }
            }
        }
        return found;
    }

    private Producer<String, Article> producer() {
        Producer<String, Article> p = producer;
        if (p == null) {
            p = kafka.<String, Article>getProducer(CHANNEL).unwrap();
            producer = p;
        }
        return p;
    }

    /**
     * A record's headers, the one place they are written: CloudEvents binary mode (as the
     * connector's KafkaCloudEventHelper would write them) and, for a near-duplicate, the id it repeats.
     */
    Headers headers(Outgoing record) {
        Article article = record.article();
        Headers headers = new RecordHeaders();
        headers.add("ce_specversion", SPEC_VERSION);
        headers.add("ce_id", article.articleId().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", TYPE);
        headers.add("ce_source", source);
        headers.add("ce_datacontenttype", DATA_CONTENT_TYPE);
        headers.add("content-type", DATA_CONTENT_TYPE);
        headers.add("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.receivedAt().atZone(ZoneOffset.UTC))
                .getBytes(StandardCharsets.UTF_8));
        if (record.nearDuplicateOf() != null) {
            headers.add(NEAR_DUPLICATE_HEADER, record.nearDuplicateOf().getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }
}
