package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The bench run's Markdown tables, their place between the markers, and the SVG plot. */
class BenchReportTest {

    static BenchResults results() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("kafka", 10.0);
        cpu.put("extract-service", 20.0);
        return new BenchResults("./allywatch bench --quick", "--quick", Instant.parse("2026-12-06T14:00:00Z"),
                Instant.parse("2026-12-06T14:02:30Z"), "1.00 / 2.00 / 3.00", "4.00 / 5.00 / 6.00", 2,
                new BenchResults.RoundTrip(1000, 1_000_000, 0.5),
                new BenchResults.Throughput(1000, 990, 10, 0, 2.0, 10.0, 11.0, 990, cpu),
                List.of(new BenchResults.Freshness(100, 15, 1500, 1500, 0, 1500, 100, Percentiles.of(List.of(10.0, 20.0, 900.0)),
                        Percentiles.of(List.of(15.0, 25.0, 1000.0)), Map.of(), 640.0)),
                List.of(new BenchResults.Memory("kafka", 300 * 1024, 400 * 1024, 410 * 1024)),
                List.of(new BenchResults.Sample(0, 0, 0), new BenchResults.Sample(1, 500, 20), new BenchResults.Sample(2, 0, -1)),
                List.of(new BenchResults.Probe(1.5, 12.0), new BenchResults.Probe(1.6, 0.4)),
                List.of(new BenchResults.Phase("raw", 0, 1), new BenchResults.Phase("100/s", 1, 2)));
    }

    @Test
    void theQueryServicesShareIsTheMeanOfWhatItsTimerRecordedDuringTheStep() {
        // 12 s over 40 changes before the step, 30 s over 100 after: 18 s over 60 changes = 300 ms each
        assertThat(BenchRun.meanMs(new double[] {12, 40}, new double[] {30, 100})).isEqualTo(300.0);
        assertThat(BenchRun.meanMs(new double[] {12, 40}, new double[] {12, 40})).isNaN(); // nothing committed in the step
        assertThat(BenchRun.meanMs(new double[] {Double.NaN, Double.NaN}, new double[] {30, 100})).isNaN(); // unread
        String md = BenchMarkdown.render(results(), "bench/plot.svg");
        assertThat(md).contains("| of it in query-service: mean |");
    }

    @Test
    void everyRateIsGivenAsARatioToTheRawRoundTrip() {
        String md = BenchMarkdown.render(results(), "bench/plot.svg");
        assertThat(md).contains("Command: `./allywatch bench --quick`");
        assertThat(md).contains("| raw Kafka round trip (same records, scratch topic, produce + consume) | 1,000 | 0.50 | 2,000 | 1.00 |");
        // 990 accepted in 11 s = 90/s = 0.045 of 2,000/s
        assertThat(md).contains("| **end to end** (query-service's lag 0: in the read store) | 990 | 11.00 | 90 | 0.045 |");
        assertThat(md).contains("| extract-service | 20.0 | 20.20 |");
        assertThat(md).contains("| 100/s (0.050) | 15 | 1,500 | 1,500 | 0 | 1,500 | 100 | 20.0 ms | 900 ms | **900 ms** | 900 ms | 25.0 ms | 1,000 ms | 640 ms |");
        assertThat(md).contains("| kafka | 300 | 400 | 410 |");
        assertThat(md).contains("](bench/plot.svg)");
    }

    @Test
    void onlyWhatLiesBetweenTheMarkersIsReplaced() {
        String doc = "# B\n\n## Pipeline\n\nintro\n\n" + BenchMarkdown.START + "\nold table\n" + BenchMarkdown.END + "\n\n## Engine\nkept\n";
        String once = BenchMarkdown.replaceBetweenMarkers(doc, "new table");
        assertThat(once).isEqualTo("# B\n\n## Pipeline\n\nintro\n\n" + BenchMarkdown.START + "\nnew table\n" + BenchMarkdown.END
                + "\n\n## Engine\nkept\n");
        assertThat(BenchMarkdown.replaceBetweenMarkers(once, "new table")).isEqualTo(once);
    }

    @Test
    void aDocumentWithoutBothMarkersIsRefused() {
        assertThatThrownBy(() -> BenchMarkdown.replaceBetweenMarkers("# B\n" + BenchMarkdown.START + "\n", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchMarkdown.replaceBetweenMarkers(BenchMarkdown.END + "\n" + BenchMarkdown.START, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePlotIsWellFormedSvgWithBothLagLinesAndEveryProbe() throws Exception {
        String svg = BenchPlot.svg(results());
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(2);
        assertThat(svg).contains(">100/s<").contains("consumer lag");
    }
}
