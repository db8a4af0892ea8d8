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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Accepts each article at most once, a chunk at a time: its rows are committed, its records sent,
 * and if Kafka does not acknowledge every record in time the rows are deleted again and the caller
 * told to retry, so nothing is accepted that the pipeline does not have. {@link #begin} and
 * {@link #finish} split the two halves so that a caller can store its next chunk while Kafka
 * acknowledges the last one.
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
    private final Duration publishTimeout;
    private final ReentrantLock storing = new ReentrantLock(true);
    /** Ids whose rows are committed while their records wait for Kafka, with the wait's outcome. */
    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    public ArticleIntake(ArticlePublisher publisher, ArticleLanguage language, EntityManager em, MeterRegistry registry,
                         @ConfigProperty(name = "allywatch.ingest.retry-after") Duration retryAfter,
                         @ConfigProperty(name = "allywatch.ingest.publish-timeout") Duration publishTimeout,
                         @ConfigProperty(name = "allywatch.ingest.near-duplicate.max-distance") int maxDistance,
                         @ConfigProperty(name = "allywatch.ingest.near-duplicate.shingle-words") int shingleWords,
                         @ConfigProperty(name = "allywatch.ingest.near-duplicate.min-shingles") int minShingles) {
        this.publisher = publisher;
        this.language = language;
        this.em = em;
        this.retryAfter = retryAfter;
        this.publishTimeout = publishTimeout;
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
        return finish(begin(articles));
    }

    /**
     * A chunk whose rows are committed and whose records are on their way to Kafka; {@link #finish}
     * waits for the acknowledgements. Between the two the caller may prepare its next chunk, so the
     * wait for Kafka overlaps parsing and storing instead of adding to them.
     */
    public final class Pending {
        private final List<Article> articles;
        private final List<Candidate> candidates;
        private final List<Outcome> outcomes;
        private final List<ArticlePublisher.Outgoing> outgoing;
        /** Completes when Kafka has every record of the chunk (or fails). */
        private final CompletableFuture<Void> acks;
        /** Completed by finish: duplicates of this chunk's ids in other chunks wait on it. */
        private final CompletableFuture<Void> settled = new CompletableFuture<>();
        /** Outcomes (by index) that name an article of a chunk still waiting for Kafka. */
        private final Map<Integer, CompletableFuture<Void>> dependsOn;
        private boolean finished;

        private Pending(List<Article> articles, List<Candidate> candidates, Stored stored,
                        CompletableFuture<Void> acks) {
            this.articles = articles;
            this.candidates = candidates;
            this.outcomes = new ArrayList<>(stored.outcomes());
            this.outgoing = stored.outgoing();
            this.dependsOn = stored.dependsOn();
            this.acks = acks;
        }
    }

    /**
     * Stores a chunk and hands its records to the producer without waiting for Kafka. Duplicates
     * are checked in one transaction under a lock, so two chunks carrying the same text cannot both
     * take it; language and fingerprints are computed before, in parallel.
     */
    public Pending begin(List<Article> articles) {
        List<Candidate> candidates = articles.stream().map(this::prepare).toList();
        storing.lock();
        try {
            Stored stored = QuarkusTransaction.requiringNew().call(() -> store(candidates));
            // Published after the rows are committed, outside any transaction: a transaction held
            // across the wait for Kafka is carried onto Kafka's callback thread by context
            // propagation and then fails to commit ("multiple threads active").
            CompletableFuture<Void> acks = publisher.sendAll(stored.outgoing());
            Pending pending = new Pending(articles, candidates, stored, acks);
            // Until Kafka answers, a chunk that finds these ids stored must wait for the answer:
            // "duplicate" is only true if these rows survive.
            for (ArticlePublisher.Outgoing o : stored.outgoing()) {
                inFlight.put(o.article().articleId(), pending.settled);
            }
            // Fingerprints go in now, so the next chunk sees these as near-duplicate sources.
            for (int i = 0; i < candidates.size(); i++) {
                Outcome o = pending.outcomes.get(i);
                OptionalLong fp = candidates.get(i).fingerprint();
                if (!o.duplicate() && fp.isPresent()) {
                    nearDuplicates.add(o.articleId(), fp.getAsLong());
                }
            }
            return pending;
        } catch (PersistenceException raced) {
            // Another instance inserted one of these ids after we looked: redo one by one, so the
            // loser of the race is reported as a duplicate and the rest are still taken.
            List<Outcome> outcomes = new ArrayList<>();
            if (candidates.size() == 1) {
                outcomes.add(new Outcome(candidates.get(0).article().articleId(), true, null));
                duplicates.increment();
            } else {
                storing.unlock();
                try {
                    for (Article a : articles) {
                        outcomes.add(acceptAll(List.of(a)).get(0)); // counted and indexed by the single calls
                    }
                } finally {
                    storing.lock();
                }
            }
            Pending done = new Pending(articles, candidates, new Stored(outcomes, List.of(), Map.of()),
                    CompletableFuture.completedFuture(null));
            done.finished = true;
            return done;
        } finally {
            storing.unlock();
        }
    }

    /**
     * Waits for Kafka's acknowledgements of a chunk; if they do not all come in time, its rows are
     * deleted again (compensation) and 503 thrown, so nothing is accepted that the pipeline lacks.
     */
    public List<Outcome> finish(Pending p) {
        if (p.finished) {
            return p.outcomes;
        }
        p.finished = true;
        List<String> ids = p.outgoing.stream().map(o -> o.article().articleId()).toList();
        try {
            p.acks.get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            try {
                QuarkusTransaction.requiringNew().run(() -> ReceivedArticle.delete("articleId in ?1", ids));
            } finally {
                for (int i = 0; i < p.candidates.size(); i++) {
                    OptionalLong fp = p.candidates.get(i).fingerprint();
                    if (!p.outcomes.get(i).duplicate() && fp.isPresent()) {
                        nearDuplicates.remove(p.outcomes.get(i).articleId(), fp.getAsLong());
                    }
                }
                ids.forEach(inFlight::remove);
                p.settled.completeExceptionally(cause);
            }
            LOG.warnf("Kafka did not take %d article(s), so they were not accepted: %s", ids.size(), cause.toString());
            throw new ProblemException(Problem.of(503, "Service Unavailable",
                    "The article(s) could not be handed to Kafka, so none was accepted; try again later."),
                    retryAfter, cause);
        }
        ids.forEach(inFlight::remove);
        p.settled.complete(null);
        // A "duplicate" of an article another chunk was still publishing holds only if that
        // chunk got through; if it did not, its rows are gone and this article is taken afresh.
        // (If Kafka is down by then, that call's 503 stands for the whole chunk: the caller sends it
        // again and the articles taken here come back as duplicates.)
        Set<Integer> counted = new HashSet<>();
        p.dependsOn.forEach((i, other) -> {
            try {
                other.get(publishTimeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                p.outcomes.set(i, acceptAll(List.of(p.articles.get(i))).get(0));
                counted.add(i); // by that call
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 0; i < p.outcomes.size(); i++) {
            Outcome o = p.outcomes.get(i);
            if (counted.contains(i)) {
                continue;
            }
            if (o.duplicate()) {
                duplicates.increment();
                continue;
            }
            accepted.increment();
            if (o.nearDuplicateOf() != null) {
                nearDuplicateCount.increment();
            }
        }
        return p.outcomes;
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
        Map<Integer, CompletableFuture<Void>> dependsOn = new HashMap<>();
        for (Candidate c : candidates) {
            String id = c.article().articleId();
            if (!known.add(id)) { // stored before, or earlier in this chunk
                CompletableFuture<Void> other = inFlight.get(id);
                if (other != null) {
                    dependsOn.put(outcomes.size(), other);
                }
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
        return new Stored(outcomes, outgoing, dependsOn);
    }

    /**
     * What a chunk's transaction stored: the outcomes, the records still to publish, and which
     * duplicates repeat an article whose chunk is still waiting for Kafka.
     */
    private record Stored(List<Outcome> outcomes, List<ArticlePublisher.Outgoing> outgoing,
                          Map<Integer, CompletableFuture<Void>> dependsOn) {
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
