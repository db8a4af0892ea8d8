package io.allywatch.ingest.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an earlier fingerprint within {@code maxDistance} bits of a new one without comparing
 * against all of them: the 64 bits are cut into {@code maxDistance + 1} bands, and two
 * fingerprints that differ in at most that many bits agree on at least one whole band
 * (pigeonhole), so only entries sharing a band are compared. Thread-safe.
 */
public final class NearDuplicateIndex {
    private final int maxDistance;
    private final int[] bandStart;
    private final int[] bandWidth;
    private final Map<Long, List<Entry>> buckets = new HashMap<>();
    private int size;

    public record Entry(String articleId, long fingerprint) {
    }

    public NearDuplicateIndex(int maxDistance) {
        if (maxDistance < 0 || maxDistance > 15) {
            throw new IllegalArgumentException("maxDistance must be 0..15, got " + maxDistance);
        }
        this.maxDistance = maxDistance;
        int bands = maxDistance + 1;
        bandStart = new int[bands];
        bandWidth = new int[bands];
        int start = 0;
        for (int b = 0; b < bands; b++) {
            bandWidth[b] = 64 / bands + (b < 64 % bands ? 1 : 0);
            bandStart[b] = start;
            start += bandWidth[b];
        }
    }

    /** The closest earlier entry within the distance (the earliest of equals), if any. */
    public synchronized Optional<Entry> nearest(long fingerprint) {
        Entry best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int b = 0; b < bandStart.length; b++) {
            List<Entry> bucket = buckets.get(key(b, fingerprint));
            if (bucket == null) {
                continue;
            }
            for (Entry e : bucket) {
                int d = SimHash.distance(e.fingerprint(), fingerprint);
                if (d <= maxDistance && d < bestDistance) {
                    best = e;
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public synchronized void add(String articleId, long fingerprint) {
        Entry entry = new Entry(articleId, fingerprint);
        for (int b = 0; b < bandStart.length; b++) {
            buckets.computeIfAbsent(key(b, fingerprint), k -> new ArrayList<>(1)).add(entry);
        }
        size++;
    }

    /** Takes an entry out again (its article was not accepted after all). */
    public synchronized void remove(String articleId, long fingerprint) {
        boolean removed = false;
        for (int b = 0; b < bandStart.length; b++) {
            List<Entry> bucket = buckets.get(key(b, fingerprint));
            if (bucket != null) {
                removed |= bucket.removeIf(e -> e.articleId().equals(articleId) && e.fingerprint() == fingerprint);
                if (bucket.isEmpty()) {
                    buckets.remove(key(b, fingerprint));
                }
            }
        }
        if (removed) {
            size--;
        }
    }

    public int maxDistance() {
        return maxDistance;
    }

    public synchronized int size() {
        return size;
    }

    private long key(int band, long fingerprint) {
        long mask = bandWidth[band] == 64 ? -1L : (1L << bandWidth[band]) - 1;
        // one band (distance 0) uses all 64 bits; with two or more a band has at most 32
        return ((long) band << 56) ^ ((fingerprint >>> bandStart[band]) & mask);
    }
}
