package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToHundredIsTheRankItself() {
        List<Double> values = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            values.add((double) i);
        }
        Percentiles p = Percentiles.of(values);
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(95);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void aPercentileIsAlwaysAMeasuredValue() {
        Percentiles p = Percentiles.of(List.of(3.0, 1.0, 2.0));
        assertThat(p.p50()).isEqualTo(2);
        assertThat(p.p95()).isEqualTo(3);
        assertThat(p.p99()).isEqualTo(3);
        assertThat(Percentiles.of(List.of(7.0)).p50()).isEqualTo(7);
    }

    @Test
    void noValuesGiveNoFigures() {
        assertThat(Percentiles.of(List.of())).isEqualTo(Percentiles.NONE);
        assertThat(Percentiles.NONE.p99()).isNaN();
    }
}
