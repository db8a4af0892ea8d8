package io.allywatch.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Records of a {@code ce_type} a consumer does not know (a newer producer's v2): skipped, not
 * dead-lettered, counted ({@code allywatch_records_skipped_total{reason,type}}) and logged once
 * per type, since a newer producer's records come by the thousand.
 */
@ApplicationScoped
public class SkippedTypes {
    public static final String METER = "allywatch.records.skipped";
    private static final Logger LOG = Logger.getLogger(SkippedTypes.class);

    private final MeterRegistry registry;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    public SkippedTypes(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One record of {@code type} skipped on {@code channel}, which reads {@code known}. */
    public void skipped(String channel, String type, Object known) {
        registry.counter(METER, "reason", "unknown-type", "type", type).increment();
        if (logged.add(type)) {
            LOG.warnf("records of type %s on channel %s are skipped: it reads %s (counted in allywatch_records_skipped_total)",
                    type, channel, known);
        }
    }
}
