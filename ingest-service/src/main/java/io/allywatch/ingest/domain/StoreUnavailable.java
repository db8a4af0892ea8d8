package io.allywatch.ingest.domain;

import io.allywatch.http.Problem;
import io.allywatch.http.ProblemException;
import java.time.Duration;

/**
 * The article store could not be reached (PostgreSQL stopped, its connections dropped): the
 * chunk's transaction did not go through, nothing of it was sent to Kafka, and the client sends it
 * again after Retry-After, as when Kafka is away. Should the commit have gone through after all
 * (the connection dropped while it was answered), the rows are unpublished: sent again they are
 * duplicates, and the outbox publishes them.
 */
public final class StoreUnavailable extends ProblemException {
    StoreUnavailable(Duration retryAfter, Throwable cause) {
        super(Problem.of(503, "Service Unavailable",
                "The article store is unavailable, so none of the article(s) was accepted; send them again later."),
                retryAfter, cause);
    }
}
