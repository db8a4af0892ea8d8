package io.allywatch.extract.messaging;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.EventSchemas;
import io.allywatch.contract.Topics;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicReader;
import io.allywatch.kafka.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ArticleExtractionProcessorIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static byte[] articleJson(String text, Instant publishedAt) throws Exception {
        Article article = new Article(ArticleIds.forText(text), null, null, null, publishedAt, null, text, Instant.now());
        return ContractJson.mapper().writeValueAsBytes(article);
    }

    private static String bootstrap() {
        return KafkaBrokerTestResource.bootstrapServers();
    }

    @Test
    void designationSentenceBecomesOneCloudEventKeyedByEventId() throws Exception {
        String text = "US President Donald Trump intends to designate Peru as a major non-NATO ally, "
                + "another sign of his outreach to Latin American partners. Ref " + UUID.randomUUID() + ".";
        String articleId = ArticleIds.forText(text);
        TopicWriter.send(bootstrap(), Topics.ARTICLES_RAW, articleId, articleJson(text, Instant.parse("2025-12-12T00:00:00Z")),
                Map.of("ce_type", "io.allywatch.article.v1"));

        List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(bootstrap(), Topics.EVENTS_ALLIANCE, WAIT,
                r -> r.value().contains(articleId), 1);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        JsonNode event = ContractJson.mapper().readTree(record.value());
        assertThat(EventSchemas.validateEvent(event)).isEmpty();
        assertThat(event.get("country").asText()).isEqualTo("PER");
        assertThat(event.get("stage").asText()).isEqualTo("INTENDED");
        assertThat(event.get("evidence").get("text").asText()).contains("intends to designate Peru");
        assertThat(record.key()).isEqualTo(event.get("eventId").asText());
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("io.allywatch.designation.v1");
        assertThat(TopicReader.header(record, "ce_id")).isEqualTo(event.get("mentionId").asText());
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("urn:allywatch:extract-service");
        assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/json");
    }

    @Test
    void everyLogLineAboutAnArticleCarriesItsId() throws Exception {
        List<org.jboss.logmanager.ExtLogRecord> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        LogCapture capture = new LogCapture(r -> {
            if (r instanceof org.jboss.logmanager.ExtLogRecord ext && r.getLoggerName().startsWith("io.allywatch.extract")) {
                ext.copyMdc();
                lines.add(ext);
            }
        });
        try {
            String text = "US President Donald Trump intends to designate Peru as a major non-NATO ally. Ref " + UUID.randomUUID() + ".";
            String articleId = ArticleIds.forText(text);
            TopicWriter.send(bootstrap(), Topics.ARTICLES_RAW, articleId, articleJson(text, null), Map.of());
            TopicReader.awaitRecords(bootstrap(), Topics.EVENTS_ALLIANCE, WAIT, r -> r.value().contains(articleId), 1);
            await().atMost(WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> lines.stream().anyMatch(l -> l.getFormattedMessage().contains(articleId)));
            assertThat(lines).filteredOn(l -> l.getFormattedMessage().contains(articleId))
                    .isNotEmpty()
                    .allSatisfy(l -> assertThat(l.getMdc("articleId")).isEqualTo(articleId));
        } finally {
            capture.close();
        }
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicWithAReasonAndTheServiceGoesOn() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);
        TopicWriter.send(bootstrap(), Topics.ARTICLES_RAW, poisonKey, poison, Map.of());

        List<ConsumerRecord<String, String>> dead = TopicReader.awaitRecords(bootstrap(), Topics.ARTICLES_DLQ, WAIT,
                r -> poisonKey.equals(r.key()), 1);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo("{not json");
        assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains("not JSON");

        String text = "Argentina gained the status of major non-NATO ally in 1998. Ref " + UUID.randomUUID() + ".";
        String articleId = ArticleIds.forText(text);
        TopicWriter.send(bootstrap(), Topics.ARTICLES_RAW, articleId, articleJson(text, null), Map.of());
        assertThat(TopicReader.awaitRecords(bootstrap(), Topics.EVENTS_ALLIANCE, WAIT,
                r -> r.value().contains(articleId), 1)).hasSize(1);
    }

    @Test
    void aFloodOfJunkIsDeadLetteredWholeButLoggedWithinItsBudget() throws Exception {
        List<java.util.logging.LogRecord> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        LogCapture capture = new LogCapture(lines::add);
        try {
            String run = UUID.randomUUID().toString();
            List<Map.Entry<String, byte[]>> junk = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                junk.add(Map.entry("junk-" + run + "-" + i, ("{\"x\":" + i).getBytes(StandardCharsets.UTF_8)));
            }
            TopicWriter.sendAll(bootstrap(), Topics.ARTICLES_RAW, junk);
            // every one in the dead-letter topic with its reason: nothing lost to the quieter log
            List<ConsumerRecord<String, String>> dead = TopicReader.awaitRecords(bootstrap(), Topics.ARTICLES_DLQ, WAIT,
                    r -> r.key() != null && r.key().startsWith("junk-" + run), junk.size());
            assertThat(dead).hasSize(junk.size())
                    .allSatisfy(r -> assertThat(TopicReader.header(r, "dead-letter-reason")).contains("not JSON"));
            // no ERROR with a stack trace per record; a WARN a record only up to the budget (10 a minute,
            // plus lines other tests' junk may have taken from it)
            assertThat(lines).filteredOn(r -> r.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).isEmpty();
            assertThat(lines).filteredOn(r -> r.getLoggerName().equals(io.allywatch.messaging.DeadLetterCounter.class.getName()))
                    .hasSizeBetween(1, 12);
        } finally {
            capture.close();
        }
    }

    @Test
    void aBatchWithJunkInItDeadLettersTheJunkAloneAndPublishesEveryArticle() throws Exception {
        // Sent at once, so they reach the service in one poll (or a few): the junk must not take its batch with it.
        String run = UUID.randomUUID().toString();
        List<Map.Entry<String, byte[]>> records = new java.util.ArrayList<>();
        List<String> articleIds = new java.util.ArrayList<>();
        List<String> junkKeys = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            if (i % 10 == 3) {
                String key = "batch-junk-" + run + "-" + i;
                junkKeys.add(key);
                records.add(Map.entry(key, ("{\"x\":" + i).getBytes(StandardCharsets.UTF_8)));
            }
            String text = "Argentina gained the status of major non-NATO ally in 1998. Batch " + run + " article " + i + ".";
            String articleId = ArticleIds.forText(text);
            articleIds.add(articleId);
            records.add(Map.entry(articleId, articleJson(text, null)));
        }
        TopicWriter.sendAll(bootstrap(), Topics.ARTICLES_RAW, records);

        List<ConsumerRecord<String, String>> events = TopicReader.awaitRecords(bootstrap(), Topics.EVENTS_ALLIANCE, WAIT,
                r -> articleIds.stream().anyMatch(r.value()::contains), articleIds.size());
        assertThat(events).hasSize(articleIds.size());
        List<ConsumerRecord<String, String>> extracted = TopicReader.awaitRecords(bootstrap(), Topics.ARTICLES_EXTRACTED, WAIT,
                r -> articleIds.contains(r.key()), articleIds.size());
        assertThat(extracted).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(articleIds);
        List<ConsumerRecord<String, String>> dead = TopicReader.awaitRecords(bootstrap(), Topics.ARTICLES_DLQ, WAIT,
                r -> junkKeys.contains(r.key()), junkKeys.size());
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(junkKeys);
        assertThat(dead).allSatisfy(r -> assertThat(TopicReader.header(r, "dead-letter-reason")).contains("not JSON"));
    }

    @Test
    void aRecordOfATypeThisVersionDoesNotKnowIsSkippedAndCountedNotDeadLettered() throws Exception {
        String key = "v2-" + UUID.randomUUID();
        double before = skipped();
        TopicWriter.send(bootstrap(), Topics.ARTICLES_RAW, key, "{\"body\":{\"paragraphs\":[]}}".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_type", "io.allywatch.article.v2"));
        // a marker on the same partition (same key) after it: once its events are out, the v2 record was seen
        String text = "Argentina gained the status of major non-NATO ally in 1998. Ref " + key + ".";
        TopicWriter.send(bootstrap(), Topics.ARTICLES_RAW, key, articleJson(text, null), Map.of("ce_type", "io.allywatch.article.v1"));
        String articleId = ArticleIds.forText(text);
        assertThat(TopicReader.awaitRecords(bootstrap(), Topics.EVENTS_ALLIANCE, WAIT, r -> r.value().contains(articleId), 1)).hasSize(1);
        assertThat(await().atMost(WAIT).until(ArticleExtractionProcessorIT::skipped, now -> now - before >= 1.0) - before).isEqualTo(1.0);
        assertThat(TopicReader.readAll(bootstrap(), Topics.ARTICLES_DLQ, Duration.ofSeconds(1))).noneSatisfy(r -> assertThat(r.key()).isEqualTo(key));
    }

    private static double skipped() {
        return ExtractionMetricsIT.value(ExtractionMetricsIT.scrape(), "allywatch_records_skipped_total",
                "type=\"io.allywatch.article.v2\"").orElse(0.0);
    }

    @Test
    void articleInALanguageTheEngineCannotReadYetIsKeptInTheDeadLetterTopic() throws Exception {
        String text = "Il segretario alla Difesa americano ha ricevuto i suoi omologhi peruviani al Pentagono. "
                + "Le due parti avrebbero concordato manovre militari congiunte. Rif " + UUID.randomUUID() + ".";
        String articleId = ArticleIds.forText(text);
        TopicWriter.send(bootstrap(), Topics.ARTICLES_RAW, articleId, articleJson(text, null), Map.of());
        List<ConsumerRecord<String, String>> dead = TopicReader.awaitRecords(bootstrap(), Topics.ARTICLES_DLQ, WAIT,
                r -> articleId.equals(r.key()), 1);
        assertThat(dead).hasSize(1);
        assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains("language it is not supported");
        assertThat(dead.get(0).value()).contains("manovre");
    }

    @Test
    void articleMissingItsTextIsDeadLetteredWithTheSchemaError() throws Exception {
        String key = "no-text-" + UUID.randomUUID();
        TopicWriter.send(bootstrap(), Topics.ARTICLES_RAW, key,
                ("{\"articleId\":\"" + key + "\",\"receivedAt\":\"2026-11-23T10:00:00Z\"}").getBytes(StandardCharsets.UTF_8), Map.of());
        List<ConsumerRecord<String, String>> dead = TopicReader.awaitRecords(bootstrap(), Topics.ARTICLES_DLQ, WAIT,
                r -> key.equals(r.key()), 1);
        assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains("text");
    }

    /** Every log record of the service while open, handed to {@code sink} (a root handler). */
    private static final class LogCapture extends java.util.logging.Handler {
        private final java.util.function.Consumer<java.util.logging.LogRecord> sink;

        LogCapture(java.util.function.Consumer<java.util.logging.LogRecord> sink) {
            this.sink = sink;
            java.util.logging.Logger.getLogger("").addHandler(this);
        }

        @Override
        public void publish(java.util.logging.LogRecord r) {
            sink.accept(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            java.util.logging.Logger.getLogger("").removeHandler(this);
        }
    }
}
