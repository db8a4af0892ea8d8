package io.allywatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a broker ends: by its stdin tie, or (detached, as the CLI runs it) by pid. */
class BrokerLifecycleIT {

    @TempDir
    Path tmp;

    @Test
    void aTiedBrokerExitsByItselfWhenItsStdinCloses() throws Exception {
        LocalKafka kafka = LocalKafka.builder(tmp.resolve("data")).logFile(tmp.resolve("broker.log")).start();
        ProcessHandle h = ProcessHandle.of(kafka.pid()).orElseThrow();
        long t0 = System.nanoTime();
        kafka.stop(); // closes the pipe only: no signal unless it outstays the grace period
        assertThat(h.onExit().get(15, TimeUnit.SECONDS).isAlive()).isFalse();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.printf("tied broker exited %d ms after its stdin closed%n", ms);
        assertThat(ms).isLessThan(15_000);
        assertThat(Files.readString(kafka.logFile())).contains("stdin closed, shutting down");
    }

    @Test
    void aStoppedBrokerStartsAgainOnItsPortWithItsRecords() throws Exception {
        Path data = tmp.resolve("data");
        LocalKafka first = LocalKafka.builder(data).topics("restart:1").logFile(tmp.resolve("broker.log")).start();
        int port = first.port();
        // A client connection that the stopping broker closes leaves the port in TIME_WAIT.
        TopicWriter.send(first.bootstrapServers(), "restart", "k", "before".getBytes(StandardCharsets.UTF_8), Map.of());
        first.stop();
        LocalKafka again = LocalKafka.builder(data).port(port).topics("restart:1").logFile(tmp.resolve("broker.log")).start();
        try {
            assertThat(again.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            assertThat(TopicReader.awaitRecords(again.bootstrapServers(), "restart", Duration.ofSeconds(20), r -> true, 1))
                    .extracting(r -> r.value()).containsExactly("before");
        } finally {
            again.stop();
        }
    }

    @Test
    void aDetachedBrokerRunsInItsOwnSessionAndStopsByPid() throws Exception {
        LocalKafka kafka = LocalKafka.builder(tmp.resolve("data"))
                .tiedToParent(false)
                .topics("articles.raw:3")
                .logFile(tmp.resolve("broker.log"))
                .start();
        long pid = kafka.pid();
        try {
            assertThat(ProcessHandle.of(pid).orElseThrow().info().arguments())
                    .as("the broker's arguments are visible, so stopPid can check the pid is a broker").isPresent();
            assertThat(LocalKafka.isBrokerPid(pid)).isTrue();
            assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + kafka.port());
            Path stat = Path.of("/proc", Long.toString(pid), "stat");
            if (Files.exists(stat) && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                // fields after "(comm)": state ppid pgrp session ...
                String[] f = Files.readString(stat).substring(Files.readString(stat).lastIndexOf(')') + 2).split(" ");
                assertThat(Long.parseLong(f[3])).as("session id of the detached broker").isEqualTo(pid);
            }
            // A pid that is not a broker is refused.
            assertThat(LocalKafka.stopPid(ProcessHandle.current().pid(), Duration.ofSeconds(1))).isFalse();
        } finally {
            assertThat(LocalKafka.stopPid(pid, Duration.ofSeconds(20))).isTrue();
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(LocalKafka.isBrokerPid(pid)).isFalse();
        // SIGTERM let Kafka shut down cleanly: its controlled shutdown left a clean-shutdown marker.
        assertThat(Files.exists(tmp.resolve("data/kraft/.kafka_cleanshutdown"))).isTrue();
    }
}
