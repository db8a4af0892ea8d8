package io.allywatch.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.allywatch.contract.Topics;
import io.allywatch.kafka.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/** The test broker creates the contract's topics: kafka-local stands alone, so its copy is checked here. */
class ContractTopicsTest {
    @Test
    void theTestBrokersTopicsAreTheContracts() {
        assertThat(KafkaBrokerTestResource.DEFAULT_TOPICS).isEqualTo(Topics.localBrokerSpec());
        assertThat(Topics.LOCAL_PARTITIONS.keySet()).containsExactlyElementsOf(Topics.ALL);
    }
}
