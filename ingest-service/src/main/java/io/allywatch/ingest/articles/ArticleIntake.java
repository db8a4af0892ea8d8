package io.allywatch.ingest.articles;

import io.allywatch.contract.Article;
import io.allywatch.http.Problem;
import io.allywatch.http.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Accepts each article at most once. The row is written and the record published in one
 * transaction: if Kafka does not acknowledge, the row is rolled back and the caller told to retry,
 * so nothing is accepted that the pipeline does not have.
 */
@ApplicationScoped
public class ArticleIntake {
    private static final Logger LOG = Logger.getLogger(ArticleIntake.class);

    private final ArticlePublisher publisher;
    private final Duration retryAfter;
    private final Counter accepted;
    private final Counter duplicates;

    public ArticleIntake(ArticlePublisher publisher, MeterRegistry registry,
                         @ConfigProperty(name = "allywatch.ingest.retry-after") Duration retryAfter) {
        this.publisher = publisher;
        this.retryAfter = retryAfter;
        this.accepted = Counter.builder("allywatch.articles.ingested").tag("outcome", "accepted").register(registry);
        this.duplicates = Counter.builder("allywatch.articles.ingested").tag("outcome", "duplicate").register(registry);
    }

    public record Outcome(String articleId, boolean duplicate) {
    }

    @Transactional
    public Outcome accept(Article article) {
        if (ReceivedArticle.findById(article.articleId()) != null) {
            duplicates.increment();
            return new Outcome(article.articleId(), true);
        }
        try {
            ReceivedArticle.of(article).persistAndFlush();
        } catch (PersistenceException raced) {
            // Another request with the same text committed first.
            duplicates.increment();
            throw new DuplicateArticle(article.articleId());
        }
        try {
            publisher.publish(article);
        } catch (RuntimeException e) {
            LOG.warnf("Kafka did not take article %s: %s", article.articleId(), e.toString());
            throw new ProblemException(Problem.of(503, "Service Unavailable",
                    "The article could not be handed to Kafka, so it was not accepted; try again later."),
                    retryAfter, e);
        }
        accepted.increment();
        return new Outcome(article.articleId(), false);
    }

    public Optional<Article> find(String articleId) {
        return ReceivedArticle.<ReceivedArticle>findByIdOptional(articleId).map(ReceivedArticle::toArticle);
    }

    /** Rolls back the losing insert of a race; the resource reports it as a duplicate. */
    public static class DuplicateArticle extends RuntimeException {
        final String articleId;

        DuplicateArticle(String articleId) {
            super("duplicate " + articleId, null, false, false);
            this.articleId = articleId;
        }
    }
}
