package io.allywatch.ingest.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.ingest.domain.ArticleSender;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/** Which failed publishes may have left records on the topic: those the intake must not delete. */
class PublishFailureTest {
    @Test
    void timeoutsAndRetriableErrorsAreUnconfirmedEvenWrapped() {
        assertThat(ArticlePublisher.unconfirmedOrRefused(new TimeoutException("Expiring 2 record(s)")))
                .isInstanceOf(ArticleSender.Unconfirmed.class);
        assertThat(ArticlePublisher.unconfirmedOrRefused(new CompletionException(new NotLeaderOrFollowerException("moved"))))
                .isInstanceOf(ArticleSender.Unconfirmed.class);
        assertThat(ArticlePublisher.unconfirmedOrRefused(new java.util.concurrent.TimeoutException()))
                .isInstanceOf(ArticleSender.Unconfirmed.class);
    }

    @Test
    void refusalsStayWhatTheyAre() {
        RecordTooLargeException tooLarge = new RecordTooLargeException("too large");
        assertThat(ArticlePublisher.unconfirmedOrRefused(tooLarge)).isSameAs(tooLarge);
        assertThat(ArticlePublisher.unconfirmedOrRefused(new TopicAuthorizationException("no")))
                .isNotInstanceOf(ArticleSender.Unconfirmed.class);
        assertThat(ArticlePublisher.unconfirmedOrRefused(new IllegalStateException("serializer failed")))
                .isNotInstanceOf(ArticleSender.Unconfirmed.class);
    }
}
