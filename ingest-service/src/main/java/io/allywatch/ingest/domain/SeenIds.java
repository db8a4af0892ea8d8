package io.allywatch.ingest.domain;

/**
 * A Bloom filter of the article ids stored so far: "not seen" is certain, "seen" only maybe. A
 * chunk asks the database only about its maybe-seen ids, so a chunk of new articles costs no
 * lookup; the primary key still refuses an id another instance stored meanwhile (that chunk is
 * then taken again one article at a time). Ids are hex of SHA-256, so their own bits are the hashes.
 * 2^23 bits (1 MB), 7 probes: under 0.1% false "maybe" up to 500,000 ids, 2% at a million (each one
 * only a lookup more). Removal is not possible: an id taken back stays "maybe", which costs a lookup.
 * Thread-safe.
 */
public final class SeenIds {
    private static final int BITS_LOG2 = 23;
    private static final int PROBES = 7;
    private final long[] bits = new long[1 << (BITS_LOG2 - 6)];

    public synchronized void add(String articleId) {
        long h1 = hash(articleId, 2);
        long h2 = hash(articleId, 10) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (int) ((h1 + i * h2) & ((1L << BITS_LOG2) - 1));
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    /** False only for an id never added. */
    public synchronized boolean mightContain(String articleId) {
        long h1 = hash(articleId, 2);
        long h2 = hash(articleId, 10) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (int) ((h1 + i * h2) & ((1L << BITS_LOG2) - 1));
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * 32 bits from the id's characters from {@code from} on: its hex digits as they are for an
     * article id ("a-" and 24 hex digits), a plain string hash for anything else.
     */
    private static long hash(String id, int from) {
        if (id.length() >= from + 8) {
            long h = 0;
            for (int i = from; i < from + 8; i++) {
                int d = Character.digit(id.charAt(i), 16);
                if (d < 0) {
                    return mixed(id, from);
                }
                h = (h << 4) | d;
            }
            return h;
        }
        return mixed(id, from);
    }

    private static long mixed(String id, int salt) {
        return SimHash.mix(id.hashCode() * 31L + salt) >>> 32;
    }
}
