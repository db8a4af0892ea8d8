package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a bench run is told to do, from its command line: the unscored warm-up before the load steps above all. */
class BenchSettingsTest {

    private static BenchRun.Settings parse(String... args) {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs(args);
        return bench.settings();
    }

    @Test
    void aWarmUpRunsBeforeTheScoredStepsUnlessTurnedOff() {
        assertThat(parse("--quick").warmUp()).isEqualTo(Duration.ofSeconds(10));
        assertThat(parse().warmUp()).isEqualTo(Duration.ofSeconds(30));
        assertThat(parse("--warm-up", "PT45S", "--rates", "200").warmUp()).isEqualTo(Duration.ofSeconds(45));
        assertThat(parse("--warm-up", "PT0S").warmUp()).isZero();
    }

    @Test
    void aNegativeWarmUpOrAnEmptyStepIsAUsageErrorBeforeAnythingStarts() {
        java.io.StringWriter err = new java.io.StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand()).setErr(new java.io.PrintWriter(err));

        assertThat(cli.execute("--warm-up", "-PT5S")).isEqualTo(2);
        assertThat(err.toString()).contains("--warm-up must not be negative");
        assertThat(cli.execute("--step", "PT0S")).isEqualTo(2);
        assertThat(err.toString()).contains("--step must be longer than zero");
    }

    @Test
    void quickStepsAreShortAndTheCommandIsRecordedAsTyped() {
        BenchRun.Settings quick = parse("--quick", "--rates", "100,300");
        assertThat(quick.step()).isEqualTo(Duration.ofSeconds(10));
        assertThat(quick.rates()).containsExactly(100, 300);
        assertThat(quick.command()).isEqualTo("./allywatch bench --quick --rates 100,300");
    }
}
