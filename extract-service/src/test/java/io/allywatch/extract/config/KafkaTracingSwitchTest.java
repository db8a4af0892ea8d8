package io.allywatch.extract.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaTracingSwitchTest {

    private static boolean tracing(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new KafkaTracingSwitch())
                .build();
        return config.getValue(KafkaTracingSwitch.TRACING_ENABLED, Boolean.class);
    }

    @Test
    void followsTheOpenTelemetrySwitch() {
        assertThat(tracing(Map.of(KafkaTracingSwitch.SDK_DISABLED, "true"))).isFalse();
        assertThat(tracing(Map.of(KafkaTracingSwitch.SDK_DISABLED, "false"))).isTrue();
        assertThat(tracing(Map.of())).as("the SDK is on by default").isTrue();
    }

    @Test
    void anEnvironmentVariableOverApplicationPropertiesCounts() {
        // deploy/ and the end-to-end tests switch tracing on with QUARKUS_OTEL_SDK_DISABLED=false
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(KafkaTracingSwitch.SDK_DISABLED, "true"), "application.properties", 250))
                .withSources(new PropertiesConfigSource(Map.of(KafkaTracingSwitch.SDK_DISABLED, "false"), "environment", 300))
                .withSources(new KafkaTracingSwitch())
                .build();
        assertThat(config.getValue(KafkaTracingSwitch.TRACING_ENABLED, Boolean.class)).isTrue();
    }

    @Test
    void anExplicitChannelSettingWins() {
        Map<String, String> properties = new HashMap<>();
        properties.put(KafkaTracingSwitch.SDK_DISABLED, "true");
        properties.put(KafkaTracingSwitch.TRACING_ENABLED, "true");
        assertThat(tracing(properties)).isTrue();
    }
}
