package io.allywatch.ingest.messaging;

import io.allywatch.contract.Article;
import io.allywatch.contract.CloudEventTypes;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
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
 * acknowledgement. Two ways, the same records (key, value, CloudEvents binary headers as the
 * connector writes them, the near-duplicate header), the same producer (acks=all, idempotent):
 * <ul>
 *   <li>tracing on ({@link KafkaTracingSwitch}): through the channel's emitter, so the connector
 *   opens each record's producer span and carries the trace in its headers;</li>
 *   <li>tracing off (the default): straight to the channel's own Kafka producer from the calling
 *   thread, skipping the emitter's per-message streams and context capture (about a fifth of
 *   ingest's CPU in a profile of a batch).</li>
 * </ul>
 */
@ApplicationScoped
public class ArticlePublisher {
    /** Kafka header naming the earlier article a near-duplicate repeats (absent otherwise). */
    public static final String NEAR_DUPLICATE_HEADER = "allywatch_near_duplicate_of";
    static final String CHANNEL = "articles-out";

    private static final CompletionStage<Void> DONE = CompletableFuture.completedFuture(null);
    private static final byte[] SPEC_VERSION = "1.0".getBytes(StandardCharsets.UTF_8);

    private final MutinyEmitter<Article> articles;
    private final KafkaClientService kafka;
    private final boolean viaEmitter;
    private final String topic;
    private final byte[] ceSource;
    private final byte[] ceType = CloudEventTypes.ARTICLE.getBytes(StandardCharsets.UTF_8);
    private final byte[] contentType;
    private volatile Producer<String, Article> producer;

    /** One record to publish: the article and, for a near-duplicate, the id it repeats. */
    public record Outgoing(Article article, String nearDuplicateOf) {
    }

    public ArticlePublisher(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                            MutinyEmitter<Article> articles, KafkaClientService kafka,
                            @ConfigProperty(name = KafkaTracingSwitch.TRACING_ENABLED) boolean tracing,
                            @ConfigProperty(name = "mp.messaging.outgoing." + CHANNEL + ".topic") String topic,
                            @ConfigProperty(name = "mp.messaging.outgoing." + CHANNEL + ".cloud-events-source") String ceSource,
                            @ConfigProperty(name = "mp.messaging.outgoing." + CHANNEL + ".cloud-events-data-content-type")
                            String contentType) {
        this.articles = articles;
        this.kafka = kafka;
        this.viaEmitter = tracing;
        this.topic = topic;
        this.ceSource = ceSource.getBytes(StandardCharsets.UTF_8);
        this.contentType = contentType.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Sends all records now and returns at once; the future completes when the broker has every
     * one (acks=all), or fails with the first error. One countdown for the chunk, not a future per
     * record joined at the end.
     */
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
                if (direct == null) {
                    articles.send(message(r, ack, nack));
                } else {
                    // send blocks (up to max.block.ms) only while the topic's metadata is unknown
                    direct.send(record(r), (metadata, failure) -> {
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

    /** The record the connector would write for the message below (KafkaCloudEventHelper, binary mode). */
    private ProducerRecord<String, Article> record(Outgoing record) {
        Article article = record.article();
        Headers headers = new RecordHeaders();
        if (record.nearDuplicateOf() != null) {
            headers.add(NEAR_DUPLICATE_HEADER, record.nearDuplicateOf().getBytes(StandardCharsets.UTF_8));
        }
        headers.add("ce_specversion", SPEC_VERSION);
        headers.add("ce_id", article.articleId().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", ceType);
        headers.add("ce_source", ceSource);
        headers.add("ce_datacontenttype", contentType);
        headers.add("content-type", contentType);
        headers.add("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.receivedAt().atZone(ZoneOffset.UTC))
                .getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(topic, null, article.articleId(), article, headers);
    }

    private static Message<Article> message(Outgoing record, Supplier<CompletionStage<Void>> ack,
                                            Function<Throwable, CompletionStage<Void>> nack) {
        Article article = record.article();
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> kafka =
                OutgoingKafkaRecordMetadata.<String>builder().withKey(article.articleId());
        if (record.nearDuplicateOf() != null) {
            kafka.withHeaders(new RecordHeaders().add(NEAR_DUPLICATE_HEADER,
                    record.nearDuplicateOf().getBytes(StandardCharsets.UTF_8)));
        }
        return Message.of(article, Metadata.of(kafka.build(), OutgoingCloudEventMetadata.builder()
                .withId(article.articleId())
                .withType(CloudEventTypes.ARTICLE)
                .withTimestamp(article.receivedAt().atZone(ZoneOffset.UTC))
                .build()), ack, nack);
    }
}
