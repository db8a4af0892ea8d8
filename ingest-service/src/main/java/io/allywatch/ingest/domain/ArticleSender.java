package io.allywatch.ingest.domain;

import io.allywatch.contract.Article;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where accepted articles go: Kafka in the service ({@code messaging.ArticlePublisher}), a fake in unit tests. */
public interface ArticleSender {
    /** One record to publish: the article and, for a near-duplicate, the id it repeats. */
    record Outgoing(Article article, String nearDuplicateOf) {
    }

    /**
     * Sends all records now and returns at once; the future completes when the broker has every
     * one, or fails with the first error: {@link Unconfirmed} when the broker may have appended
     * records all the same, any other exception when it refused them.
     */
    CompletableFuture<Void> sendAll(List<Outgoing> records);

    /**
     * Which of these article ids already have a record on the topic written at or after
     * {@code since} (the outbox asks before it publishes a row again: a crash between Kafka's ack
     * and the row's mark left it unmarked, though Kafka has it). Throws when the topic cannot be
     * read; a sender that cannot tell answers none.
     */
    default java.util.Set<String> alreadySent(java.util.Collection<String> articleIds, java.time.Instant since) {
        return java.util.Set.of();
    }

    /**
     * A publish that failed without telling whether the broker appended the records: it timed out
     * (a batch can be written and its answer lost) or met an error the client would retry (the
     * broker away). A refusal (record too large, not authorized) is not this: nothing of it is on
     * the topic.
     */
    class Unconfirmed extends RuntimeException {
        public Unconfirmed(Throwable cause) {
            super(cause.toString(), cause);
        }
    }
}
