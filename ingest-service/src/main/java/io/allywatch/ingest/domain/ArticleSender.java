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
     * one, or fails with the first error.
     */
    CompletableFuture<Void> sendAll(List<Outgoing> records);
}
