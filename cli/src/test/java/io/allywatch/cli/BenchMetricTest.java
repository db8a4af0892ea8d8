package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A counter summed over its labels from a Prometheus page, exemplars and all. */
class BenchMetricTest {

    @Test
    void everyLabelSetIsAddedAndExemplarsAreNotValues() {
        String page = """
                # TYPE allywatch_articles_extracted_total counter
                allywatch_articles_extracted_total{outcome="no-events"} 18066.0 # {span_id="5ccc",trace_id="83d1"} 1.0 1796570052.810
                allywatch_articles_extracted_total{outcome="events"} 104.0
                allywatch_articles_extracted_totally_other 5.0
                """;
        assertThat(BenchRun.sumOf(page, "allywatch_articles_extracted_total")).isEqualTo(18170.0);
        assertThat(BenchRun.sumOf(page, "allywatch_missing_total")).isZero();
    }
}
