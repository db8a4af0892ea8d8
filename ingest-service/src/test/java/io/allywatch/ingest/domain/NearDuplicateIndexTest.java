package io.allywatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

    @Test
    void findsFingerprintsWithinTheDistanceWhateverBitsDiffer() {
        NearDuplicateIndex index = new NearDuplicateIndex(3);
        long base = 0x0123_4567_89ab_cdefL;
        index.add("a-base", base);
        // bits spread over different bands: no band stays equal except by the pigeonhole
        long threeApart = base ^ (1L << 1) ^ (1L << 20) ^ (1L << 40);
        assertThat(index.nearest(threeApart)).map(NearDuplicateIndex.Entry::articleId).hasValue("a-base");
        long fourApart = threeApart ^ (1L << 60);
        assertThat(index.nearest(fourApart)).isEmpty();
    }

    @Test
    void aRemovedEntryIsNoLongerFoundAndOthersInItsBucketsStay() {
        NearDuplicateIndex index = new NearDuplicateIndex(3);
        long base = 0x0123_4567_89ab_cdefL;
        index.add("a-first", base);
        index.add("a-second", base ^ 1L);
        index.remove("a-first", base);
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.nearest(base)).map(NearDuplicateIndex.Entry::articleId).hasValue("a-second");
        index.remove("a-second", base ^ 1L);
        assertThat(index.nearest(base)).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void agreesWithALinearScanOnRandomFingerprints() {
        Random random = new Random(42);
        for (int maxDistance : new int[] {0, 2, 3, 6}) {
            NearDuplicateIndex index = new NearDuplicateIndex(maxDistance);
            List<Long> stored = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                long fp = random.nextLong();
                stored.add(fp);
                index.add("a-" + i, fp);
            }
            for (int i = 0; i < 2_000; i++) {
                long probe = stored.get(random.nextInt(stored.size()));
                int flips = random.nextInt(maxDistance + 3);
                for (int f = 0; f < flips; f++) {
                    probe ^= 1L << random.nextInt(64);
                }
                final long p = probe;
                int linear = stored.stream().mapToInt(s -> SimHash.distance(s, p)).min().orElseThrow();
                assertThat(index.nearest(p).isPresent())
                        .as("probe %x, nearest at %d bits, max %d", p, linear, maxDistance)
                        .isEqualTo(linear <= maxDistance);
                index.nearest(p).ifPresent(e -> assertThat(SimHash.distance(e.fingerprint(), p)).isEqualTo(linear));
            }
        }
    }
}
