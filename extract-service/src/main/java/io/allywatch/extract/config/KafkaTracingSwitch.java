package io.allywatch.extract.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The Kafka connector traces every record it reads and sends (OpenTelemetry's instrumenter, ~3.5% of
 * extract-service's sampled CPU in a JFR profile of the bench) even when the SDK is off and the spans
 * go nowhere. This makes the connector's {@code tracing-enabled} (every channel of this service: in,
 * out, dead letters) follow the one switch that deploy/ and the end-to-end tests use,
 * {@code quarkus.otel.sdk.disabled} ({@code QUARKUS_OTEL_SDK_DISABLED}): tracing on where a collector
 * is configured, off otherwise. An explicit {@code tracing-enabled} in any configuration source still
 * wins (this source's ordinal is below application.properties). As ingest-service's switch does.
 */
public class KafkaTracingSwitch implements ConfigSourceFactory {
    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final String TRACING_ENABLED = "mp.messaging.connector.smallrye-kafka.tracing-enabled";
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new PropertiesConfigSource(Map.of(TRACING_ENABLED, Boolean.toString(tracing(context.getValue(SDK_DISABLED)))),
                "allywatch extract: Kafka tracing follows " + SDK_DISABLED, ORDINAL));
    }

    /** The SDK is on unless the switch says {@code true}, as Quarkus reads it. */
    static boolean tracing(ConfigValue sdkDisabled) {
        return sdkDisabled == null || sdkDisabled.getValue() == null || !Boolean.parseBoolean(sdkDisabled.getValue().strip());
    }
}
