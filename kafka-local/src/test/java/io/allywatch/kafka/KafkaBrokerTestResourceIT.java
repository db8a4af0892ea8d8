package io.allywatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaBrokerTestResourceIT {

    @Test
    void startsOneSharedBrokerPerJvmWithTheContractTopics() throws Exception {
        KafkaBrokerTestResource first = new KafkaBrokerTestResource();
        first.init(Map.of());
        Map<String, String> config = first.start();
        assertThat(config).containsEntry("quarkus.kafka.devservices.enabled", "false");
        String bootstrap = config.get("kafka.bootstrap.servers");
        assertThat(bootstrap).matches("127\\.0\\.0\\.1:\\d+");

        KafkaBrokerTestResource second = new KafkaBrokerTestResource();
        second.init(Map.of());
        first.stop(); // a test class ending does not stop the shared broker
        assertThat(second.start()).containsEntry("kafka.bootstrap.servers", bootstrap);
        assertThat(KafkaBrokerTestResource.bootstrapServers()).isEqualTo(bootstrap);

        Map<String, Integer> expected = KafkaBrokerMain.parseTopics(KafkaBrokerTestResource.DEFAULT_TOPICS);
        assertThat(Brokers.describe(bootstrap, expected.keySet())).hasSize(expected.size());
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("target/kafka-local/broker.log")))
                .contains("ALLYWATCH-KAFKA-READY " + bootstrap);
    }
}
