package io.allywatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimHashTest {
    private static final String WIRE = "US President Donald Trump intends to designate Peru as a major non-NATO ally, "
            + "another sign of the deepening security ties between Washington and Lima, the White House said on "
            + "Friday. The designation gives Peru access to surplus US military equipment, priority delivery of "
            + "defence material and the chance to take part in cooperative research and development projects. "
            + "Peru would join Argentina, Brazil and Colombia as the only South American countries with the status.";
    private static final String OTHER = "Cocoa arrivals in the Bahia zone rose in the week ended February 22, "
            + "according to exporters, while showers improved prospects for the coming temporao crop although "
            + "normal humidity levels have not been restored. Spot bean prices rose to 340 to 350 cruzados per "
            + "arroba of 15 kilos and traders expect the crop to be late this year because of the dry period.";

    private final SimHash simHash = new SimHash(1, 20);

    private long fp(String text) {
        return simHash.fingerprint(text).orElseThrow();
    }

    /**
     * SimHash is a statistical sketch: a given small edit usually, not always, stays within a few
     * bits. So the test measures the rate over many edits (fixed seed) instead of one example.
     */
    @Test
    void mostCopiesWithTwoWordsChangedStayWithinThreeBits() {
        String story = WIRE + " " + OTHER;
        String[] words = story.split(" ");
        Random random = new Random(7);
        int within = 0;
        int trials = 500;
        for (int t = 0; t < trials; t++) {
            String[] copy = words.clone();
            copy[random.nextInt(copy.length)] = "changed";
            copy[random.nextInt(copy.length)] = "edited";
            if (SimHash.distance(fp(story), fp(String.join(" ", copy))) <= 3) {
                within++;
            }
        }
        assertThat(within).as("copies within 3 bits of %d", trials).isGreaterThanOrEqualTo(trials * 8 / 10);
    }

    @Test
    void anotherStoryIsFarAway() {
        assertThat(SimHash.distance(fp(WIRE), fp(OTHER))).isGreaterThan(10);
    }

    @Test
    void longerShinglesAreStricter() {
        SimHash shingles = new SimHash(3, 20);
        String edited = WIRE.replace("on Friday", "late on Friday");
        long a = shingles.fingerprint(WIRE).orElseThrow();
        long b = shingles.fingerprint(edited).orElseThrow();
        assertThat(SimHash.distance(a, b)).isGreaterThanOrEqualTo(SimHash.distance(fp(WIRE), fp(edited)));
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        assertThat(fp(WIRE.toUpperCase().replace(",", " ;"))).isEqualTo(fp(WIRE));
    }

    @Test
    void aShortNoteGetsNoFingerprint() {
        assertThat(simHash.fingerprint("Peru is named an ally.")).isEmpty();
    }

    /** The fingerprints stored by earlier versions stay valid: same as the plain per-char code, ASCII or not. */
    @Test
    void sameFingerprintsAsThePlainCode() {
        Random random = new Random(7);
        String[] words = {"Peru", "ALLY", "u.s.", "1987", "Ünion", "ÉTATS", "ministry", "-", ",", "İstanbul", "ß", "\u03A3\u03A3"};
        for (int shingleWords = 1; shingleWords <= 3; shingleWords++) {
            SimHash simHash = new SimHash(shingleWords, 5);
            for (int n = 0; n < 2_000; n++) {
                StringBuilder text = new StringBuilder();
                int count = random.nextInt(60);
                boolean asciiOnly = random.nextBoolean();
                for (int w = 0; w < count; w++) {
                    String word = words[random.nextInt(asciiOnly ? 4 : words.length)];
                    text.append(word).append(random.nextInt(4) == 0 ? "\n" : " ");
                }
                assertThat(simHash.fingerprint(text.toString())).as(text.toString())
                        .isEqualTo(plain(text.toString(), shingleWords, 5));
            }
        }
    }

    /** SimHash as first written: Character.isLetterOrDigit over the lower-cased string. */
    private static OptionalLong plain(String text, int shingleWords, int minShingles) {
        int[] ones = new int[64];
        long[] window = new long[shingleWords];
        int words = 0;
        int shingles = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            if (i >= lower.length()) {
                break;
            }
            long h = 0xcbf29ce484222325L;
            while (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
                h = (h ^ lower.charAt(i)) * 0x100000001b3L;
                i++;
            }
            window[words % shingleWords] = h;
            words++;
            if (words >= shingleWords) {
                long shingle = 0;
                for (int k = 0; k < shingleWords; k++) {
                    shingle ^= Long.rotateLeft(window[(words - shingleWords + k) % shingleWords], k * 21);
                }
                long mixed = SimHash.mix(shingle);
                for (int bit = 0; bit < 64; bit++) {
                    ones[bit] += (int) ((mixed >>> bit) & 1);
                }
                shingles++;
            }
        }
        if (shingles < minShingles) {
            return OptionalLong.empty();
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (2 * ones[bit] > shingles) {
                fingerprint |= 1L << bit;
            }
        }
        return OptionalLong.of(fingerprint);
    }
}
