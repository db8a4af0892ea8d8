package io.allywatch.ingest.articles;

import io.allywatch.contract.Article;
import io.allywatch.http.Problem;
import io.allywatch.http.ProblemException;
import io.allywatch.ingest.duplicates.NearDuplicateIndex;
import io.allywatch.ingest.duplicates.SimHash;
import io.allywatch.ingest.language.ArticleLanguage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Accepts each article at most once. Rows are written and records published in one transaction,
 * a chunk of articles at a time: if Kafka does not acknowledge every record, the rows are rolled
 * back and the caller told to retry, so nothing is accepted that the pipeline does not have.
 * Exact duplicates (same normalized text, so same id) are refused; near-duplicates (SimHash
 * within a few bits of an earlier article) are accepted and marked with the id they repeat.
 */
@ApplicationScoped
public class ArticleIntake {
    private static final Logger LOG = Logger.getLogger(ArticleIntake.class);

    private final ArticlePublisher publisher;
    private final ArticleLanguage language;
    private final EntityManager em;
    private final SimHash simHash;
    private final NearDuplicateIndex nearDuplicates;
    private final Duration retryAfter;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter nearDuplicateCount;
    private final ReentrantLock storing = new ReentrantLock(true);

    public ArticleIntake(ArticlePublisher publisher, ArticleLanguage language, EntityManager em, MeterRegistry registry,
                         @ConfigProperty(name = "allywatch.ingest.retry-after") Duration retryAfter,
                         @ConfigProperty(name = "allywatch.ingest.near-duplicate.max-distance") int maxDistance,
                         @ConfigProperty(name = "allywatch.ingest.near-duplicate.shingle-words") int shingleWords,
                         @ConfigProperty(name = "allywatch.ingest.near-duplicate.min-shingles") int minShingles) {
        this.publisher = publisher;
        this.language = language;
        this.em = em;
        this.retryAfter = retryAfter;
        this.simHash = new SimHash(shingleWords, minShingles);
        this.nearDuplicates = new NearDuplicateIndex(maxDistance);
        this.accepted = Counter.builder("allywatch.articles.ingested").tag("outcome", "accepted").register(registry);
        this.duplicates = Counter.builder("allywatch.articles.ingested").tag("outcome", "duplicate").register(registry);
        this.nearDuplicateCount = Counter.builder("allywatch.articles.near.duplicates").register(registry);
    }

    /** What happened to one article: its id, whether it was an exact duplicate, and what it nearly repeats. */
    public record Outcome(String articleId, boolean duplicate, String nearDuplicateOf) {
    }

    /** An article ready to store: language filled in where it could be, fingerprint if long enough. */
    private record Candidate(Article article, OptionalLong fingerprint) {
    }

    /** The fingerprints of earlier articles, so near-duplicates are found across restarts. */
    void loadFingerprints(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("select r.articleId, r.simhash from ReceivedArticle r where r.simhash is not null", Object[].class)
                .getResultStream()
                .forEach(row -> nearDuplicates.add((String) row[0], (Long) row[1])));
        LOG.infof("Near-duplicate index holds %d fingerprint(s)", nearDuplicates.size());
    }

    public Outcome accept(Article article) {
        MDC.put("articleId", article.articleId());
        try {
            return acceptAll(List.of(article)).get(0);
        } finally {
            MDC.remove("articleId");
        }
    }

    /**
     * Accepts a chunk of parsed articles; one outcome per article, in order.
     *
     * @throws ProblemException 503 with Retry-After when Kafka did not take them (none is accepted then)
     */
    public List<Outcome> acceptAll(List<Article> articles) {
        List<Candidate> candidates = articles.stream().map(this::prepare).toList();
        List<Outcome> outcomes;
        // One chunk at a time stores and publishes: two requests carrying the same text would
        // otherwise race on the primary key. Parsing, language and fingerprints stay parallel.
        storing.lock();
        try {
            Stored stored = QuarkusTransaction.requiringNew().call(() -> store(candidates));
            // Published after the rows are committed, outside any transaction: a transaction held
            // across the wait for Kafka is carried onto Kafka's callback thread by context
            // propagation and then fails to commit ("multiple threads active"). The lock keeps
            // this instance's requests for the same text out until the compensation below is done.
            try {
                publisher.publishAll(stored.outgoing());
            } catch (RuntimeException e) {
                List<String> ids = stored.outgoing().stream().map(o -> o.article().articleId()).toList();
                QuarkusTransaction.requiringNew().run(() -> ReceivedArticle.delete("articleId in ?1", ids));
                LOG.warnf("Kafka did not take %d article(s), so they were not accepted: %s", ids.size(), e.toString());
                throw new ProblemException(Problem.of(503, "Service Unavailable",
                        "The article(s) could not be handed to Kafka, so none was accepted; try again later."),
                        retryAfter, e);
            }
            outcomes = stored.outcomes();
        } catch (PersistenceException raced) {
            // Another request inserted one of these ids after we looked: redo one by one, so the
            // loser of the race is reported as a duplicate and the rest are still taken.
            if (candidates.size() == 1) {
                outcomes = List.of(new Outcome(candidates.get(0).article().articleId(), true, null));
            } else {
                outcomes = new ArrayList<>();
                for (Article a : articles) {
                    outcomes.add(acceptAll(List.of(a)).get(0));
                }
                return outcomes; // counted and indexed by the single calls
            }
        } finally {
            storing.unlock();
        }
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o.duplicate()) {
                duplicates.increment();
                continue;
            }
            accepted.increment();
            if (o.nearDuplicateOf() != null) {
                nearDuplicateCount.increment();
            }
            OptionalLong fp = candidates.get(i).fingerprint();
            if (fp.isPresent()) {
                nearDuplicates.add(o.articleId(), fp.getAsLong());
            }
        }
        return outcomes;
    }

    private Candidate prepare(Article a) {
        Article withLang = a.withLang(language.of(a.lang(), a.text()).orElse(null));
        return new Candidate(withLang, simHash.fingerprint(a.text()));
    }

    private Stored store(List<Candidate> candidates) {
        Set<String> ids = new HashSet<>();
        candidates.forEach(c -> ids.add(c.article().articleId()));
        Set<String> known = new HashSet<>(em.createQuery(
                        "select r.articleId from ReceivedArticle r where r.articleId in :ids", String.class)
                .setParameter("ids", ids).getResultList());
        List<Outcome> outcomes = new ArrayList<>(candidates.size());
        List<ArticlePublisher.Outgoing> outgoing = new ArrayList<>();
        List<Candidate> fresh = new ArrayList<>();
        for (Candidate c : candidates) {
            String id = c.article().articleId();
            if (!known.add(id)) { // stored before, or earlier in this chunk
                outcomes.add(new Outcome(id, true, null));
                continue;
            }
            String repeats = repeats(c, fresh);
            ReceivedArticle.of(c.article(), c.fingerprint().isPresent() ? c.fingerprint().getAsLong() : null, repeats)
                    .persist();
            outcomes.add(new Outcome(id, false, repeats));
            outgoing.add(new ArticlePublisher.Outgoing(c.article(), repeats));
            fresh.add(c);
        }
        em.flush();
        return new Stored(outcomes, outgoing);
    }

    /** What a chunk's transaction stored: the outcomes, and the records still to publish. */
    private record Stored(List<Outcome> outcomes, List<ArticlePublisher.Outgoing> outgoing) {
    }

    /** The id of an earlier article this one nearly repeats: stored ones first, then this chunk's. */
    private String repeats(Candidate c, List<Candidate> earlierInChunk) {
        if (c.fingerprint().isEmpty()) {
            return null;
        }
        long fp = c.fingerprint().getAsLong();
        Optional<NearDuplicateIndex.Entry> stored = nearDuplicates.nearest(fp);
        if (stored.isPresent()) {
            return stored.get().articleId();
        }
        for (Candidate e : earlierInChunk) {
            if (e.fingerprint().isPresent()
                    && SimHash.distance(e.fingerprint().getAsLong(), fp) <= nearDuplicates.maxDistance()) {
                return e.article().articleId();
            }
        }
        return null;
    }

    public Optional<Article> find(String articleId) {
        return ReceivedArticle.<ReceivedArticle>findByIdOptional(articleId).map(ReceivedArticle::toArticle);
    }
}
