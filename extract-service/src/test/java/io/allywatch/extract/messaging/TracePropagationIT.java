package io.allywatch.extract.messaging;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.Topics;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicReader;
import io.allywatch.kafka.TopicWriter;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The trace of an article goes on through extraction: the span of the record read from
 * articles.raw continues the producer's trace, and every event record published for it is a child
 * of that span and carries the trace in its own traceparent header.
 */
@QuarkusTest
@TestProfile(TracePropagationIT.TracingOn.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class TracePropagationIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Tracing on (it is off by default), spans to memory, exported every 50 ms. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "50ms");
        }
    }

    /** Quarkus exports to every SpanExporter bean. */
    static class InMemoryExporterProducer {
        @Produces
        @Singleton
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter exporter;

    @Test
    void eventRecordsContinueTheTraceOfTheirArticleRecord() throws Exception {
        String traceId = HexFormat.of().formatHex(random(16));
        String producerSpanId = HexFormat.of().formatHex(random(8));
        String text = "US President Donald Trump intends to designate Peru as a major non-NATO ally. Ref " + UUID.randomUUID() + ".";
        String articleId = ArticleIds.forText(text);
        Article article = new Article(articleId, null, null, null, null, null, text, Instant.now());
        String bootstrap = KafkaBrokerTestResource.bootstrapServers();
        TopicWriter.send(bootstrap, Topics.ARTICLES_RAW, articleId, ContractJson.mapper().writeValueAsBytes(article),
                Map.of("traceparent", "00-" + traceId + "-" + producerSpanId + "-01"));

        ConsumerRecord<String, String> event = TopicReader.awaitRecords(bootstrap, Topics.EVENTS_ALLIANCE, WAIT,
                r -> r.value().contains(articleId), 1).get(0);
        assertThat(TopicReader.header(event, "traceparent")).startsWith("00-" + traceId + "-");

        // Two records leave for one article: its event and its extraction record (articles.extracted).
        List<SpanData> trace = awaitSpans(traceId, SpanKind.PRODUCER, 2);
        SpanData received = one(trace, SpanKind.CONSUMER);
        assertThat(received.getParentSpanId()).isEqualTo(producerSpanId);
        List<SpanData> published = trace.stream().filter(s -> s.getKind() == SpanKind.PRODUCER).toList();
        assertThat(published).extracting(SpanData::getName)
                .containsExactlyInAnyOrder(Topics.EVENTS_ALLIANCE + " publish", Topics.ARTICLES_EXTRACTED + " publish");
        assertThat(published).allSatisfy(span -> assertThat(span.getParentSpanId())
                .as("a produced record's span is a child of the article record's").isEqualTo(received.getSpanId()));
        SpanData eventSpan = published.stream().filter(s -> s.getName().startsWith(Topics.EVENTS_ALLIANCE)).findFirst().orElseThrow();
        assertThat(TopicReader.header(event, "traceparent")).isEqualTo("00-" + traceId + "-" + eventSpan.getSpanId() + "-01");
    }

    private List<SpanData> awaitSpans(String traceId, SpanKind kind, int count) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(50))
                .until(() -> exporter.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList(),
                        trace -> trace.stream().filter(s -> s.getKind() == kind).count() >= count);
    }

    private static SpanData one(List<SpanData> trace, SpanKind kind) {
        List<SpanData> found = trace.stream().filter(s -> s.getKind() == kind).toList();
        assertThat(found).as("%s spans in %s", kind, trace).hasSize(1);
        return found.get(0);
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }
}
