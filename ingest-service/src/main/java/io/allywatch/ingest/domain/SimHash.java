package io.allywatch.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Charikar's SimHash over word shingles: texts that differ by a few edits get fingerprints a few
 * bits apart, so "the same wire story with small edits" is a Hamming-distance question.
 * Hand-written (a few lines) because no maintained Java library offers it; the one candidate
 * ({@code info.debatty:java-lsh}) has had no release since 2017.
 */
public final class SimHash {
    private static final long LANE_BITS = 0x0101010101010101L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final boolean[] ASCII_WORD = new boolean[128];
    /** What String.toLowerCase(Locale.ROOT) makes of each ASCII character. */
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_LOWER[c] = String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
        }
    }

    private final int shingleWords;
    private final int minShingles;

    /**
     * @param shingleWords words per shingle (3 is the usual choice for news text)
     * @param minShingles  texts with fewer shingles get no fingerprint: short notes collide too easily
     */
    public SimHash(int shingleWords, int minShingles) {
        if (shingleWords < 1 || minShingles < 1) {
            throw new IllegalArgumentException("shingleWords and minShingles must be positive");
        }
        this.shingleWords = shingleWords;
        this.minShingles = minShingles;
    }

    /** The 64-bit fingerprint of the text, or empty when it is too short to tell. */
    public OptionalLong fingerprint(String text) {
        Shingles shingles = new Shingles();
        byte[] ascii = text.getBytes(StandardCharsets.UTF_8);
        if (ascii.length == text.length()) {
            // ASCII only (most news text): the bytes are the chars, lower-cased by table
            int i = 0;
            int n = ascii.length;
            while (i < n) {
                while (i < n && !ASCII_WORD[ascii[i]]) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                long h = FNV_OFFSET;
                while (i < n && ASCII_WORD[ascii[i]]) {
                    h = (h ^ ASCII_LOWER[ascii[i]]) * FNV_PRIME;
                    i++;
                }
                shingles.word(h);
            }
        } else {
            String lower = text.toLowerCase(Locale.ROOT);
            int i = 0;
            int n = lower.length();
            while (i < n) {
                while (i < n && !isWordChar(lower.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                long h = FNV_OFFSET; // FNV-1a 64 over the word's chars
                while (i < n && isWordChar(lower.charAt(i))) {
                    h = (h ^ lower.charAt(i)) * FNV_PRIME;
                    i++;
                }
                shingles.word(h);
            }
        }
        return shingles.fingerprint();
    }

    /** Word hashes in, shingles counted bit by bit, the majority bits out. */
    private final class Shingles {
        private final int[] ones = new int[64];
        private final long[] lanes = new long[8];
        private final long[] window = new long[shingleWords];
        private int inLanes;
        private int words;
        private int count;

        void word(long h) {
            window[words % shingleWords] = h;
            words++;
            if (words < shingleWords) {
                return;
            }
            long shingle = 0;
            for (int k = 0; k < shingleWords; k++) {
                // order matters in a shingle: rotate each word hash by its position
                shingle ^= Long.rotateLeft(window[(words - shingleWords + k) % shingleWords], k * 21);
            }
            long mixed = mix(shingle);
            // The hottest loop of ingest, so 8 counters per long: lane k of lanes[b] counts
            // bit 8k + b, 8 additions per shingle instead of 64. A lane holds up to 255.
            for (int b = 0; b < 8; b++) {
                lanes[b] += (mixed >>> b) & LANE_BITS;
            }
            if (++inLanes == 255) {
                flush(lanes, ones);
                inLanes = 0;
            }
            count++;
        }

        OptionalLong fingerprint() {
            flush(lanes, ones);
            if (count < minShingles) {
                return OptionalLong.empty();
            }
            long fingerprint = 0;
            for (int bit = 0; bit < 64; bit++) {
                if (2 * ones[bit] > count) {
                    fingerprint |= 1L << bit;
                }
            }
            return OptionalLong.of(fingerprint);
        }
    }

    /** {@link Character#isLetterOrDigit(char)}, from a table for ASCII (nearly every character of news text). */
    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** Adds the lane counters to the per-bit counts of ones and clears them. */
    private static void flush(long[] lanes, int[] ones) {
        for (int b = 0; b < 8; b++) {
            for (int k = 0; k < 8; k++) {
                ones[8 * k + b] += (int) ((lanes[b] >>> (8 * k)) & 0xFF);
            }
            lanes[b] = 0;
        }
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** MurmurHash3's 64-bit finalizer: spreads FNV's weak low bits over all 64. */
    static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
