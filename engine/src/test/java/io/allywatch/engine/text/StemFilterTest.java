package io.allywatch.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StemFilterTest {
    private final StemFilter filter = new StemFilter(List.of("met", "Waffe", "sat down"));

    @Test
    void aStemCountsAtTheStartOfAWordOnly() {
        assertThat(filter.atWordStart("Biden met Ruto")).isTrue();
        assertThat(filter.atWordStart("MET with the envoy")).isTrue(); // any case
        assertThat(filter.atWordStart("a metal box, something else")).isTrue(); // "metal" begins with "met"
        assertThat(filter.atWordStart("something else entirely")).isFalse(); // inside a word
        assertThat(filter.atWordStart("they sat down together")).isTrue();
    }

    @Test
    void anywhereFindsStemsInsideCompounds() {
        assertThat(filter.anywhere("die Waffenlieferung")).isTrue();
        assertThat(filter.atWordStart("die Waffenlieferung")).isTrue();
        assertThat(filter.anywhere("Rüstungswaffen")).isTrue();
        assertThat(filter.atWordStart("Rüstungswaffen")).isFalse();
        assertThat(filter.anywhere("nothing here")).isFalse();
    }

    @Test
    void oneLetterStemsAreRefused() {
        assertThatThrownBy(() -> new StemFilter(List.of("m"))).isInstanceOf(IllegalArgumentException.class);
    }
}
