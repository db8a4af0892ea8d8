package io.allywatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessStopperTest {
    @Test
    void aProcessThatHeedsSigtermStopsWithinTheGrace() throws Exception {
        Process p = new ProcessBuilder("sleep", "60").start();
        assertThat(ProcessStopper.stop(p.toHandle(), Duration.ofSeconds(10))).isTrue();
        assertThat(p.isAlive()).isFalse();
        assertThat(p.exitValue()).as("ended by SIGTERM, not by the kill").isEqualTo(128 + 15);
    }

    @Test
    void aProcessThatIgnoresSigtermIsKilledAfterTheGrace() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "trap '' TERM; echo ready; while :; do sleep 0.1; done").start();
        assertThat(p.inputReader().readLine()).isEqualTo("ready"); // the trap is set before we signal
        assertThat(ProcessStopper.stop(p.toHandle(), Duration.ofMillis(300))).isTrue();
        assertThat(p.isAlive()).isFalse();
        assertThat(p.exitValue()).as("killed").isEqualTo(128 + 9);
    }

    @Test
    void aPidThatRunsNoMoreIsStoppedAlready() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        assertThat(ProcessStopper.stop(p.pid(), Duration.ofSeconds(1))).isTrue();
    }
}
