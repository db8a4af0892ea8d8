package io.allywatch.ingest.domain;

import io.allywatch.contract.Article;
import io.allywatch.http.Problem;
import io.allywatch.http.ProblemException;
import io.allywatch.http.StoreOutage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Accepts each article at most once, a chunk at a time: its rows are committed, its records sent,
 * and only once Kafka has acknowledged every record is the chunk answered as accepted; otherwise
 * the caller is told to retry (503), and the rows are deleted again or, where Kafka may have
 * taken records all the same, left to the {@link Outbox} ({@link #finish}). {@link #acceptChunks}
 * stores and sends each chunk while Kafka acknowledges the one before ({@link IntakePipeline}).
 * Exact duplicates (same normalized text, so same id) are refused; near-duplicates (SimHash
 * within a few bits of an earlier article) are accepted and marked with the id they repeat.
 * The rows are the {@link ReceivedArticles} store's, the in-memory knowledge the
 * {@link DuplicateIndex}'s; this class only orchestrates.
 */
@ApplicationScoped
public class ArticleIntake {
    private static final Logger LOG = Logger.getLogger(ArticleIntake.class);

    private final ReceivedArticles store;
    private final ArticleSender sender;
    private final Language language;
    private final SimHash simHash;
    private final DuplicateIndex index;
    private final Duration retryAfter;
    private final Duration publishTimeout;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter nearDuplicateCount;
    /** Duplicates are checked and rows inserted under this lock, so two chunks cannot both take one text. */
    private final ReentrantLock storing = new ReentrantLock(true);

    /** The language of an article: the declared one, else identified from its text (empty if unknown). */
    @FunctionalInterface
    public interface Language {
        Optional<String> of(String declared, String text);
    }

    @Inject
    public ArticleIntake(ReceivedArticles store, ArticleSender sender, ArticleLanguage language, MeterRegistry registry,
                         @ConfigProperty(name = "allywatch.ingest.retry-after") Duration retryAfter,
                         @ConfigProperty(name = "allywatch.ingest.publish-timeout") Duration publishTimeout,
                         @ConfigProperty(name = "allywatch.ingest.near-duplicate.max-distance") int maxDistance,
                         @ConfigProperty(name = "allywatch.ingest.near-duplicate.shingle-words") int shingleWords,
                         @ConfigProperty(name = "allywatch.ingest.near-duplicate.min-shingles") int minShingles) {
        this(store, sender, language::of, registry, retryAfter, publishTimeout, new SimHash(shingleWords, minShingles),
                new DuplicateIndex(maxDistance));
    }

    public ArticleIntake(ReceivedArticles store, ArticleSender sender, Language language, MeterRegistry registry,
                         Duration retryAfter, Duration publishTimeout, SimHash simHash, DuplicateIndex index) {
        this.store = store;
        this.sender = sender;
        this.language = language;
        this.retryAfter = retryAfter;
        this.publishTimeout = publishTimeout;
        this.simHash = simHash;
        this.index = index;
        this.accepted = Counter.builder("allywatch.articles.ingested").tag("outcome", "accepted").register(registry);
        this.duplicates = Counter.builder("allywatch.articles.ingested").tag("outcome", "duplicate").register(registry);
        this.nearDuplicateCount = Counter.builder("allywatch.articles.near.duplicates").register(registry);
    }

    /** What happened to one article: its id, whether it was an exact duplicate, and what it nearly repeats. */
    public record Outcome(String articleId, boolean duplicate, String nearDuplicateOf) {
    }

    /** The ids and fingerprints of earlier articles, so duplicates and near-duplicates are found across restarts. */
    void loadStored(@Observes StartupEvent start) {
        int ids = store.forEachStored(index::addStored);
        LOG.infof("%d article(s) stored; near-duplicate index holds %d fingerprint(s)", ids, index.fingerprints());
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
     * @throws ProblemException 503 with Retry-After when Kafka did not take them, or the store
     *                           ({@link StoreUnavailable}): none is accepted then
     */
    public List<Outcome> acceptAll(List<Article> articles) {
        return take(prepare(articles));
    }

    /**
     * Accepts chunks one after another, pipelined: each chunk is stored and sent while Kafka
     * acknowledges the one before ({@link IntakePipeline}); each is reported to {@code results}
     * in order, and the first chunk Kafka refuses ends the run.
     *
     * @return true when every chunk was taken, false when Kafka refused one
     */
    public <T> boolean acceptChunks(Iterator<IntakePipeline.Chunk<T>> chunks, IntakePipeline.ChunkResults<T> results) {
        return new IntakePipeline(this).run(chunks, results);
    }

    private List<Candidate> prepare(List<Article> articles) {
        return articles.stream()
                .map(a -> new Candidate(a.withLang(language.of(a.lang(), a.text()).orElse(null)), simHash.fingerprint(a.text())))
                .toList();
    }

    /** Stores a chunk and sends its records; {@link #finish} waits for Kafka. For the pipeline. */
    PendingChunk beginChunk(List<Article> articles) {
        return begin(prepare(articles));
    }

    private List<Outcome> take(List<Candidate> candidates) {
        return finish(begin(candidates));
    }

    /**
     * Stores a chunk and hands its records to the producer without waiting for Kafka. If another
     * replica stored one of its ids meanwhile, a second pass takes the articles one at a time, so
     * the loser of the race is reported as a duplicate and the rest are still taken.
     */
    private PendingChunk begin(List<Candidate> candidates) {
        try {
            return storeAndSend(candidates);
        } catch (ReceivedArticles.IdTaken raced) {
            LOG.debugf("Another writer stored one of %d article(s) first: taking them one at a time", candidates.size());
        }
        List<Outcome> outcomes = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            outcomes.add(takeAlone(c));
        }
        return PendingChunk.done(outcomes);
    }

    /** One article of the second pass: a duplicate if another writer's insert of its id won. */
    private Outcome takeAlone(Candidate c) {
        PendingChunk pending;
        try {
            pending = storeAndSend(List.of(c));
        } catch (ReceivedArticles.IdTaken raced) {
            index.markStored(c.id());
            duplicates.increment();
            return new Outcome(c.id(), true, null);
        }
        return finish(pending).get(0);
    }

    /**
     * Duplicates are checked and the new rows inserted in one transaction under the lock; the
     * records are sent after the commit, outside any transaction: a transaction held across the
     * wait for Kafka is carried onto Kafka's callback thread by context propagation and then fails
     * to commit ("multiple threads active").
     */
    private PendingChunk storeAndSend(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return PendingChunk.done(new ArrayList<>());
        }
        storing.lock();
        try {
            ChunkDecision d = new ChunkDecision(index);
            try {
                store.insertNew(index.maybeStored(candidates.stream().map(Candidate::id).toList()),
                        known -> d.decide(candidates, known));
            } catch (ReceivedArticles.IdTaken raced) {
                throw raced;
            } catch (RuntimeException e) {
                if (!StoreOutage.is(e)) {
                    throw e;
                }
                // Nobody's fault and nothing kept: 503 + Retry-After, as when Kafka is away (not a 500 a client gives up on).
                LOG.warnf("The article store did not take %d article(s), so they were not accepted: %s", candidates.size(), e.toString());
                throw new StoreUnavailable(retryAfter, e);
            }
            d.sent.forEach(index::markStored);
            PendingChunk pending = new PendingChunk(candidates, d.outcomes, d.sent, sender.sendAll(d.outgoing), d.dependsOn);
            // Until Kafka answers, a chunk that finds these ids stored must wait for the answer:
            // "duplicate" is only true if these rows survive.
            index.inFlight(d.sent, pending.settled);
            // Fingerprints go in now, so the next chunk sees these as near-duplicate sources.
            pending.forEachTakenFingerprint(index::addFingerprint);
            return pending;
        } finally {
            storing.unlock();
        }
    }

    /**
     * Waits for Kafka's acknowledgements of a chunk. If they do not all come, 503 is thrown, and
     * what happens to the rows depends on whether Kafka may have the records all the same: after
     * a refusal it does not, so the rows are deleted again (compensation); after a timeout or a
     * retriable error (the broker away) some records may be on {@code articles.raw} already, so
     * the rows are kept, unmarked: a client sending them again hears "duplicate", and the
     * {@link Outbox} publishes those Kafka lacks once it is back. Deleting them there put records
     * on the topic twice when the client sent them again.
     */
    List<Outcome> finish(PendingChunk p) {
        if (p.finished) {
            return p.outcomes;
        }
        p.finished = true;
        try {
            p.acks.get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (!(e instanceof ExecutionException) || cause instanceof ArticleSender.Unconfirmed) { // our wait ran out, or Kafka's
                keepForOutbox(p);
                LOG.warnf("Kafka did not confirm %d article(s) in time (%s); they are kept and the outbox publishes "
                        + "those Kafka lacks once it is back", p.sent.size(), cause.toString());
                throw new ProblemException(Problem.of(503, "Service Unavailable",
                        "Kafka did not confirm the article(s) in time; try again later. What this service kept is then "
                                + "reported as a duplicate and published once Kafka is back."),
                        retryAfter, cause);
            }
            takeBack(p, cause);
            LOG.warnf("Kafka did not take %d article(s), so they were not accepted: %s", p.sent.size(), cause.toString());
            throw new ProblemException(Problem.of(503, "Service Unavailable",
                    "The article(s) could not be handed to Kafka, so none was accepted; try again later."),
                    retryAfter, cause);
        }
        markPublished(p.sent);
        index.settled(p.sent);
        p.settled.complete(null);
        // A "duplicate" of an article another chunk was still publishing holds only if that chunk
        // got through; if it did not, its rows are gone and these articles are taken afresh, in a
        // second pass. (If Kafka is down by then, that pass's 503 stands for the whole chunk: the
        // caller sends it again and the articles taken here come back as duplicates.)
        List<Integer> afresh = new ArrayList<>();
        p.dependsOn.forEach((i, other) -> {
            if (!survived(other)) {
                afresh.add(i);
            }
        });
        Set<Integer> counted = new HashSet<>(afresh); // by the second pass
        if (!afresh.isEmpty()) {
            List<Outcome> again = take(afresh.stream().map(p.candidates::get).toList());
            for (int k = 0; k < afresh.size(); k++) {
                p.outcomes.set(afresh.get(k), again.get(k));
            }
        }
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

    /** The outbox mark ({@link Outbox}); if the store cannot take it now, the rows are published again later (a copy, never a loss). */
    private void markPublished(List<String> ids) {
        try {
            store.markPublished(ids);
        } catch (RuntimeException e) {
            LOG.warnf("%d article(s) are on Kafka but could not be marked so (%s); they will be published again", ids.size(), e.toString());
        }
    }

    /** The rows stay, unmarked, for the outbox: they survive, so duplicates of them in other chunks hold. */
    private void keepForOutbox(PendingChunk p) {
        index.settled(p.sent);
        p.settled.complete(null);
    }

    /** Compensation: the chunk's rows deleted, its fingerprints taken out, its waiters told. */
    private void takeBack(PendingChunk p, Throwable cause) {
        try {
            store.delete(p.sent);
        } finally {
            p.forEachTakenFingerprint(index::removeFingerprint);
            index.settled(p.sent);
            p.settled.completeExceptionally(cause);
        }
    }

    /** Whether the chunk another article depended on got through (waiting for it at most twice the publish timeout). */
    private boolean survived(CompletableFuture<Void> other) {
        try {
            other.get(publishTimeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
