package io.allywatch.extract.messaging;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.Topics;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicReader;
import io.allywatch.kafka.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What extract-service tells Prometheus after real records went through it. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ExtractionMetricsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void extractionDeadLettersAndConsumerLagAreScraped() throws Exception {
        String bootstrap = KafkaBrokerTestResource.bootstrapServers();
        double deadBefore = value(scrape(), "allywatch_dead_letters_total",
                "reason=\"UnreadableArticle\"", "topic=\"articles.dlq\"").orElse(0.0);
        double extractedBefore = value(scrape(), "allywatch_articles_extracted_total", "outcome=\"events\"").orElse(0.0);

        String text = "Argentina gained the status of major non-NATO ally in 1998. Ref " + UUID.randomUUID() + ".";
        String articleId = ArticleIds.forText(text);
        Article article = new Article(articleId, null, null, null, null, null, text, Instant.now());
        TopicWriter.send(bootstrap, Topics.ARTICLES_RAW, articleId, ContractJson.mapper().writeValueAsBytes(article), Map.of());
        String poisonKey = "poison-" + UUID.randomUUID();
        TopicWriter.send(bootstrap, Topics.ARTICLES_RAW, poisonKey, "{not json".getBytes(StandardCharsets.UTF_8), Map.of());
        TopicReader.awaitRecords(bootstrap, Topics.EVENTS_ALLIANCE, WAIT, r -> r.value().contains(articleId), 1);
        TopicReader.awaitRecords(bootstrap, Topics.ARTICLES_DLQ, WAIT, r -> poisonKey.equals(r.key()), 1);

        // The processor counts right after Kafka acknowledged its events: a moment after a reader can see them.
        String metrics = awaitScrape(m -> value(m, "allywatch_articles_extracted_total", "outcome=\"events\"").orElse(0.0) > extractedBefore
                && value(m, "allywatch_dead_letters_total", "topic=\"articles.dlq\"").isPresent());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "extraction-metrics.txt"), metrics); // for a failure's reader
        assertThat(value(metrics, "allywatch_events_published_total", "type=\"DESIGNATION\""))
                .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
        assertThat(value(metrics, "allywatch_articles_extracted_total", "outcome=\"events\"")).contains(extractedBefore + 1);
        assertThat(value(metrics, "allywatch_extraction_time_seconds_count"))
                .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
        // Counted when the record is nacked, before it is handed to the DLQ producer: there once the record is.
        assertThat(value(metrics, "allywatch_dead_letters_total", "reason=\"UnreadableArticle\"", "topic=\"articles.dlq\""))
                .hasValueSatisfying(v -> assertThat(v).isEqualTo(deadBefore + 1));
        // Consumer lag comes from the Kafka client itself (Micrometer's Kafka binder), per channel's client.
        assertThat(value(metrics, "kafka_consumer_fetch_manager_records_lag_max", "client_id=\"kafka-consumer-articles-in\"")).isPresent();
    }

    static String awaitScrape(java.util.function.Predicate<String> ready) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(ExtractionMetricsIT::scrape, ready::test);
    }

    static String scrape() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of the samples of {@code name} whose labels contain every one of {@code labels}. */
    static Optional<Double> value(String metrics, String name, String... labels) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+|NaN)$", Pattern.MULTILINE);
        Matcher m = sample.matcher(metrics);
        double sum = 0;
        boolean found = false;
        while (m.find()) {
            String labelSet = m.group(1) == null ? "" : m.group(1);
            boolean all = true;
            for (String l : labels) {
                all &= labelSet.contains(l);
            }
            if (all && !m.group(2).equals("NaN")) {
                sum += Double.parseDouble(m.group(2));
                found = true;
            }
        }
        return found ? Optional.of(sum) : Optional.empty();
    }
}
