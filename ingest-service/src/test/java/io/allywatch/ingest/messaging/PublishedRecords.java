package io.allywatch.ingest.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.kafka.TopicReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** What every record on articles.raw carries, whichever way ArticlePublisher sent it. */
public final class PublishedRecords {
    private PublishedRecords() {
    }

    /** CloudEvents binary headers as the connector writes them, nothing else but the near-duplicate header. */
    public static void assertCloudEvent(ConsumerRecord<String, String> record, String nearDuplicateOf) {
        assertCloudEvent(record, nearDuplicateOf, false);
    }

    /** The same, plus the W3C trace context where the connector traced the record. */
    public static void assertCloudEvent(ConsumerRecord<String, String> record, String nearDuplicateOf, boolean traced) {
        List<String> names = new ArrayList<>();
        for (Header h : record.headers()) {
            names.add(h.key());
        }
        List<String> expected = new ArrayList<>(List.of("ce_specversion", "ce_id", "ce_type", "ce_source",
                "ce_datacontenttype", "content-type", "ce_time"));
        if (nearDuplicateOf != null) {
            expected.add(ArticlePublisher.NEAR_DUPLICATE_HEADER);
        }
        if (traced) {
            expected.add("traceparent");
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(record, "ce_id")).isEqualTo(record.key());
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("io.allywatch.article.v1");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("urn:allywatch:ingest-service");
        assertThat(TopicReader.header(record, "ce_datacontenttype")).isEqualTo("application/json");
        assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/json");
        assertThat(OffsetDateTime.parse(TopicReader.header(record, "ce_time")).getOffset().getTotalSeconds()).isZero();
        assertThat(TopicReader.header(record, ArticlePublisher.NEAR_DUPLICATE_HEADER)).isEqualTo(nearDuplicateOf);
    }
}
