package io.allywatch.ingest.domain;

import io.allywatch.contract.Article;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/** The articles accepted so far, as the intake needs them: {@code store.ReceivedArticleStore} in the service. */
public interface ReceivedArticles {
    /** A row to insert: the article, its fingerprint if it has one, the id it nearly repeats. */
    record Row(Article article, OptionalLong fingerprint, String nearDuplicateOf) {
    }

    /** Called with each stored id and its fingerprint (null when the text was too short for one). */
    @FunctionalInterface
    interface StoredVisitor {
        void stored(String articleId, Long fingerprint);
    }

    /** Every stored article's id and fingerprint, for the in-memory indexes at start-up; returns the count. */
    int forEachStored(StoredVisitor visitor);

    /**
     * In one transaction: looks up which of {@code maybeStored} are stored already, asks
     * {@code decide} (given a mutable copy of those) which rows to insert, and inserts them in one batch.
     *
     * @throws IdTaken when another writer stored one of the ids between the lookup and the insert
     *                 (the transaction is rolled back; nothing was inserted)
     */
    void insertNew(Set<String> maybeStored, Function<Set<String>, List<Row>> decide);

    /** Marks rows as on Kafka: the outbox mark; a row never marked is published again. */
    void markPublished(List<String> articleIds);

    /**
     * Rows received before {@code before} and never marked published (a crash between the commit and
     * Kafka's ack), oldest first, at most {@code limit}.
     */
    List<Row> unpublished(Instant before, int limit);

    /** Removes rows again (compensation: Kafka did not take them). */
    void delete(List<String> articleIds);

    Optional<Article> find(String articleId);

    /** Another writer (another replica) inserted one of a chunk's ids after the lookup. */
    final class IdTaken extends RuntimeException {
        public IdTaken(Throwable cause) {
            super(cause);
        }
    }
}
