package io.allywatch.ingest.domain;

import io.allywatch.contract.Article;
import io.allywatch.http.Problem;
import io.allywatch.http.ProblemException;
import io.allywatch.ingest.messaging.ArticlePublisher;
import io.allywatch.ingest.store.ReceivedArticle;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import javax.sql.DataSource;
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
    private final DataSource db;
    /** The received_article table, with its schema. */
    private final String table;
    private final SimHash simHash;
    private final NearDuplicateIndex nearDuplicates;
    /** Every id stored (maybe-membership): only maybe-seen ids of a chunk are looked up. */
    private final SeenIds seen = new SeenIds();
    private final Duration retryAfter;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter nearDuplicateCount;
    private final Duration publishTimeout;
    private final ReentrantLock storing = new ReentrantLock(true);
    /** Ids whose rows are committed while their records wait for Kafka, with the wait's outcome. */
    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    public ArticleIntake(ArticlePublisher publisher, ArticleLanguage language, DataSource db, MeterRegistry registry,
                         @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema") String schema,
                         @ConfigProperty(name = "allywatch.ingest.retry-after") Duration retryAfter,
                         @ConfigProperty(name = "allywatch.ingest.publish-timeout") Duration publishTimeout,
                         @ConfigProperty(name = "allywatch.ingest.near-duplicate.max-distance") int maxDistance,
                         @ConfigProperty(name = "allywatch.ingest.near-duplicate.shingle-words") int shingleWords,
                         @ConfigProperty(name = "allywatch.ingest.near-duplicate.min-shingles") int minShingles) {
        this.publisher = publisher;
        this.language = language;
        this.db = db;
        this.table = schema + ".received_article";
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

    /** The ids and fingerprints of earlier articles, so duplicates and near-duplicates are found across restarts. */
    void loadStored(@Observes StartupEvent start) throws SQLException {
        int ids = 0;
        try (Connection c = db.getConnection();
             PreparedStatement select = c.prepareStatement("select article_id, simhash from " + table);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(1);
                seen.add(id);
                ids++;
                long fingerprint = rows.getLong(2);
                if (!rows.wasNull()) {
                    nearDuplicates.add(id, fingerprint);
                }
            }
        }
        LOG.infof("%d article(s) stored; near-duplicate index holds %d fingerprint(s)", ids, nearDuplicates.size());
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
            Stored stored = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = db.getConnection()) {
                    return store(c, candidates);
                }
            });
            // Published after the rows are committed, outside any transaction: a transaction held
            // across the wait for Kafka is carried onto Kafka's callback thread by context
            // propagation and then fails to commit ("multiple threads active").
            stored.outgoing().forEach(o -> seen.add(o.article().articleId()));
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
        } catch (Raced raced) {
            // Another instance inserted one of these ids after we looked: redo one by one, so the
            // loser of the race is reported as a duplicate and the rest are still taken.
            List<Outcome> outcomes = new ArrayList<>();
            if (candidates.size() == 1) {
                seen.add(candidates.get(0).article().articleId());
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
                QuarkusTransaction.requiringNew().call(() -> delete(ids));
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

    /**
     * In the caller's transaction: which ids are stored already (one query for the chunk's
     * maybe-seen ids), then the new rows in one JDBC batch.
     *
     * @throws Raced when another instance inserted one of the ids after the lookup
     */
    private Stored store(Connection c, List<Candidate> candidates) throws SQLException {
        Set<String> maybeStored = new LinkedHashSet<>();
        for (Candidate cand : candidates) {
            if (seen.mightContain(cand.article().articleId())) {
                maybeStored.add(cand.article().articleId());
            }
        }
        Set<String> known = known(c, maybeStored);
        List<Outcome> outcomes = new ArrayList<>(candidates.size());
        List<ArticlePublisher.Outgoing> outgoing = new ArrayList<>();
        List<Candidate> fresh = new ArrayList<>();
        Map<Integer, CompletableFuture<Void>> dependsOn = new HashMap<>();
        try (PreparedStatement insert = c.prepareStatement("insert into " + table + " (article_id, url, source, title, "
                + "published_at, lang, body, received_at, simhash, near_duplicate_of) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Candidate cand : candidates) {
                String id = cand.article().articleId();
                if (!known.add(id)) { // stored before, or earlier in this chunk
                    CompletableFuture<Void> other = inFlight.get(id);
                    if (other != null) {
                        dependsOn.put(outcomes.size(), other);
                    }
                    outcomes.add(new Outcome(id, true, null));
                    continue;
                }
                String repeats = repeats(cand, fresh);
                bind(insert, cand, repeats);
                insert.addBatch();
                outcomes.add(new Outcome(id, false, repeats));
                outgoing.add(new ArticlePublisher.Outgoing(cand.article(), repeats));
                fresh.add(cand);
            }
            if (!fresh.isEmpty()) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw new Raced(e);
            }
            throw e;
        }
        return new Stored(outcomes, outgoing, dependsOn);
    }

    private static void bind(PreparedStatement insert, Candidate cand, String nearDuplicateOf) throws SQLException {
        Article a = cand.article();
        insert.setString(1, a.articleId());
        insert.setString(2, a.url());
        insert.setString(3, a.source());
        insert.setString(4, a.title());
        setInstant(insert, 5, a.publishedAt());
        insert.setString(6, a.lang());
        insert.setString(7, a.text());
        setInstant(insert, 8, a.receivedAt());
        if (cand.fingerprint().isPresent()) {
            insert.setLong(9, cand.fingerprint().getAsLong());
        } else {
            insert.setNull(9, Types.BIGINT);
        }
        insert.setString(10, nearDuplicateOf);
    }

    private static void setInstant(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, at.atOffset(ZoneOffset.UTC));
        }
    }

    /** The ids of the set that are stored already. */
    private Set<String> known(Connection c, Set<String> ids) throws SQLException {
        Set<String> known = new HashSet<>();
        if (ids.isEmpty()) {
            return known;
        }
        // Padded to a power of two (repeating an id) so that few distinct statements are prepared.
        int slots = ids.size() == 1 ? 1 : Integer.highestOneBit(ids.size() - 1) << 1;
        try (PreparedStatement select = c.prepareStatement("select article_id from " + table
                + " where article_id in (" + placeholders(slots) + ")")) {
            int i = 1;
            String first = ids.iterator().next();
            for (String id : ids) {
                select.setString(i++, id);
            }
            for (; i <= slots; i++) {
                select.setString(i, first);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    known.add(rows.getString(1));
                }
            }
        }
        return known;
    }

    /** Removes the rows of a chunk Kafka did not take (compensation). */
    private int delete(List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection c = db.getConnection();
             PreparedStatement delete = c.prepareStatement("delete from " + table + " where article_id in ("
                     + placeholders(ids.size()) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                delete.setString(i + 1, ids.get(i));
            }
            return delete.executeUpdate();
        }
    }

    private static String placeholders(int n) {
        return "?, ".repeat(n - 1) + "?";
    }

    /** SQLState class 23 (integrity constraint): here, the primary key, so another insert of the same id won. */
    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** Another writer stored one of a chunk's ids between the lookup and the insert; the transaction rolls back. */
    private static final class Raced extends RuntimeException {
        Raced(SQLException cause) {
            super(cause);
        }
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
