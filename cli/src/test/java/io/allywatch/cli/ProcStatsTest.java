package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcStatsTest {

    @Test
    void cpuTimeIsUtimePlusStimeEvenWhenTheNameHoldsSpacesAndParentheses() {
        String stat = "4242 (java (worker) 1) S 1 4242 4242 0 -1 4194304 100 0 0 0 1234 566 0 0 20 0 40 0 1000 0 0";
        assertThat(ProcStats.cpuSecondsOfStat(stat)).isEqualTo((1234 + 566) / ProcStats.CLOCK_TICKS_PER_SECOND);
    }

    @Test
    void residentAndHighWaterMarkInKilobytes() {
        ProcStats.Memory m = ProcStats.memoryOfStatus(List.of("Name:\tjava", "VmHWM:\t  412345 kB", "VmRSS:\t  300000 kB"));
        assertThat(m).isEqualTo(new ProcStats.Memory(300_000, 412_345));
    }

    @Test
    void thisProcessCanBeRead() {
        long self = ProcessHandle.current().pid();
        assertThat(ProcStats.cpuSeconds(self)).isPositive();
        assertThat(ProcStats.memory(self).rssKb()).isPositive();
        assertThat(ProcStats.cpuSeconds(Long.MAX_VALUE)).isNegative();
    }
}
