package io.allywatch.ingest.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

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
}
