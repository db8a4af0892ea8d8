package io.allywatch.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

/** Which failures of a publish mean "Kafka is away, publish again" rather than "dead-letter the article". */
class KafkaUnavailableTest {

    @Test
    void aTimeoutOrARetriableKafkaErrorIsKafkaBeingAway() {
        assertThat(ArticleExtractionProcessor.kafkaUnavailable(new io.smallrye.mutiny.TimeoutException())).isTrue();
        assertThat(ArticleExtractionProcessor.kafkaUnavailable(new CompletionException(
                new org.apache.kafka.common.errors.TimeoutException("expired")))).isTrue();
        assertThat(ArticleExtractionProcessor.kafkaUnavailable(new CompletionException(new NotLeaderOrFollowerException("moved"))))
                .isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(ArticleExtractionProcessor.kafkaUnavailable(new IllegalStateException("invalid event"))).isFalse();
        assertThat(ArticleExtractionProcessor.kafkaUnavailable(new CompletionException(new RecordTooLargeException("big"))))
                .isFalse();
    }
}
