package io.allywatch.ingest.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the intake knows in memory about earlier articles: the ids stored ({@link SeenIds}, so a
 * chunk asks the database only about its maybe-seen ids), their fingerprints
 * ({@link NearDuplicateIndex}), and which ids belong to a chunk still waiting for Kafka. Thread-safe.
 */
public final class DuplicateIndex {
    private final SeenIds seen = new SeenIds();
    private final NearDuplicateIndex nearDuplicates;
    /** Ids whose rows are committed while their records wait for Kafka, with the wait's outcome. */
    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    public DuplicateIndex(int maxDistance) {
        this.nearDuplicates = new NearDuplicateIndex(maxDistance);
    }

    /** An article stored earlier (at start-up): its id, and its fingerprint when it has one. */
    public void addStored(String articleId, Long fingerprint) {
        seen.add(articleId);
        if (fingerprint != null) {
            nearDuplicates.add(articleId, fingerprint);
        }
    }

    /** The ids that may be stored (only these are looked up); the others are certainly new. */
    public Set<String> maybeStored(Collection<String> articleIds) {
        Set<String> maybe = new LinkedHashSet<>();
        for (String id : articleIds) {
            if (seen.mightContain(id)) {
                maybe.add(id);
            }
        }
        return maybe;
    }

    public void markStored(String articleId) {
        seen.add(articleId);
    }

    /** A fingerprint of an article taken, so the next chunks see it as a near-duplicate source. */
    public void addFingerprint(String articleId, long fingerprint) {
        nearDuplicates.add(articleId, fingerprint);
    }

    /** Takes a fingerprint back (its article was not accepted after all). */
    public void removeFingerprint(String articleId, long fingerprint) {
        nearDuplicates.remove(articleId, fingerprint);
    }

    public int fingerprints() {
        return nearDuplicates.size();
    }

    /**
     * The "repeats" rule: the id of an earlier article this one nearly repeats, the closest stored
     * one first, else the first of its own chunk's earlier articles within the distance; null if none.
     */
    public String repeats(OptionalLong fingerprint, List<NearDuplicateIndex.Entry> earlierInChunk) {
        if (fingerprint.isEmpty()) {
            return null;
        }
        long fp = fingerprint.getAsLong();
        Optional<NearDuplicateIndex.Entry> stored = nearDuplicates.nearest(fp);
        if (stored.isPresent()) {
            return stored.get().articleId();
        }
        for (NearDuplicateIndex.Entry e : earlierInChunk) {
            if (SimHash.distance(e.fingerprint(), fp) <= nearDuplicates.maxDistance()) {
                return e.articleId();
            }
        }
        return null;
    }

    /** These ids wait for Kafka: a chunk that finds them stored must wait for {@code settled}. */
    public void inFlight(Collection<String> articleIds, CompletableFuture<Void> settled) {
        for (String id : articleIds) {
            inFlight.put(id, settled);
        }
    }

    /** The wait of the chunk that is publishing this id, or null when none is. */
    public CompletableFuture<Void> inFlight(String articleId) {
        return inFlight.get(articleId);
    }

    /** Kafka answered for these ids (either way). */
    public void settled(Collection<String> articleIds) {
        articleIds.forEach(inFlight::remove);
    }
}
