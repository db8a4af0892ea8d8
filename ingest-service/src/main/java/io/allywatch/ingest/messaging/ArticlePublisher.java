package io.allywatch.ingest.messaging;

import io.allywatch.contract.Article;
import io.allywatch.contract.CloudEventTypes;
import io.allywatch.ingest.domain.ArticleSender;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
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

    public ArticlePublisher(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                            MutinyEmitter<Article> articles, KafkaClientService kafka,
                            @ConfigProperty(name = KafkaTracingSwitch.TRACING_ENABLED) boolean tracing,
                            @ConfigProperty(name = "mp.messaging.outgoing." + CHANNEL + ".topic") String topic,
                            @ConfigProperty(name = "allywatch.ingest.cloud-events-source") String source) {
        this.articles = articles;
        this.kafka = kafka;
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
            all.completeExceptionally(failure);
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
            all.completeExceptionally(e);
        }
        return all;
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
