package io.allywatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No broker started here. */
class LocalKafkaTest {

    @Test
    void parsesTopicSpecsInOrder() {
        assertThat(KafkaBrokerMain.parseTopics(" articles.raw:3, events.dlq:1 ,plain"))
                .containsExactly(Map.entry("articles.raw", 3), Map.entry("events.dlq", 1), Map.entry("plain", 1));
        assertThat(KafkaBrokerMain.parseTopics("")).isEmpty();
        assertThatThrownBy(() -> KafkaBrokerMain.parseTopics("x:0")).hasMessageContaining("x:0");
        assertThatThrownBy(() -> KafkaBrokerMain.parseTopics("x:many")).hasMessageContaining("name:partitions");
    }

    @Test
    void parsesBrokerArguments() {
        var o = KafkaBrokerMain.Options.parse(new String[] {
            "--data-dir", "/tmp/k", "--port", "9092", "--controller-port", "9093", "--topics", "a:2", "--exit-on-stdin-eof"});
        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/k"));
        assertThat(o.port()).isEqualTo(9092);
        assertThat(o.controllerPort()).isEqualTo(9093);
        assertThat(o.topics()).containsExactly(Map.entry("a", 2));
        assertThat(o.exitOnStdinEof()).isTrue();
        assertThatThrownBy(() -> KafkaBrokerMain.Options.parse(new String[] {"--port", "1"})).hasMessageContaining("usage");
    }

    @Test
    void brokerPropertiesAreSingleNodeOnLoopback() {
        var p = KafkaBrokerMain.brokerProperties(Path.of("/tmp/k/kraft"), 9092, 9093);
        assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:9093");
        assertThat(p.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093");
        assertThat(p.getProperty("auto.create.topics.enable")).isEqualTo("false");
        assertThat(p.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
    }

    @Test
    void brokerClasspathHasThisModuleAndExistingJars() {
        List<String> entries = List.of(LocalKafka.brokerClasspath().split(File.pathSeparator));
        assertThat(entries.get(0)).isEqualTo(LocalKafka.ownLocation().toString());
        assertThat(Files.exists(Path.of(entries.get(0), "io/allywatch/kafka/KafkaBrokerMain.class"))
                || entries.get(0).endsWith(".jar")).isTrue();
        assertThat(entries).anyMatch(e -> e.contains("kafka_2.13-4.1.1.jar"));
        assertThat(entries).anyMatch(e -> e.contains("log4j-core"));
        assertThat(entries).noneMatch(e -> e.contains("quarkus") || e.contains("junit"));
        assertThat(entries).allMatch(e -> Files.exists(Path.of(e)));
    }

    @Test
    void commandTiesOrDetachesTheChild() {
        List<String> tied = LocalKafka.builder(Path.of("/tmp/k")).topics("a:2,b:1").build().command();
        assertThat(tied).contains("-Xmx512m", "-XX:+UseSerialGC", KafkaBrokerMain.class.getName(), "--exit-on-stdin-eof");
        assertThat(tied).containsSubsequence("--topics", "a:2,b:1");
        assertThat(tied.get(0)).doesNotContain("setsid");
        assertThat(tied).doesNotContain("-cp"); // the classpath goes through the environment
        assertThat(String.join(" ", tied).length()).isLessThan(4000);

        List<String> detached = LocalKafka.builder(Path.of("/tmp/k")).tiedToParent(false).heap("-Xmx256m").build().command();
        assertThat(detached).doesNotContain("--exit-on-stdin-eof", "--topics").contains("-Xmx256m");
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            assertThat(detached.get(0)).isEqualTo("/usr/bin/setsid");
        }
    }

    @Test
    void rejectsBadSettings() {
        var b = LocalKafka.builder(Path.of("/tmp/k"));
        assertThatThrownBy(() -> b.topic("a,b", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalKafka.builder(Path.of("/tmp/k")).port(9092).controllerPort(9092).build())
                .hasMessageContaining("differ");
        assertThatThrownBy(() -> LocalKafka.builder(Path.of("/tmp/k")).build().bootstrapServers())
                .hasMessageContaining("not started");
    }
}
