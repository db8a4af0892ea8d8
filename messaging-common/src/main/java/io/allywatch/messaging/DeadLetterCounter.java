package io.allywatch.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import io.smallrye.reactive.messaging.observation.DefaultMessageObservation;
import io.smallrye.reactive.messaging.observation.MessageObservation;
import io.smallrye.reactive.messaging.observation.MessageObservationCollector;
import io.smallrye.reactive.messaging.observation.ObservationContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Counts the records each incoming channel hands to its dead-letter topic, by topic and reason
 * ({@code allywatch_dead_letters_total{topic, reason}}). A nacked message of a channel whose failure
 * strategy is {@code dead-letter-queue} is a record sent there (a batch: all its records); the
 * reason is the exception's class (a bounded set), the full message stays in the record's
 * {@code dead-letter-reason} header.
 * Hooked in through SmallRye Reactive Messaging's observation SPI, so the processor stays unaware.
 */
// SmallRye finds it only through Instance<MessageObservationCollector<?>>: keep it whatever ArC thinks.
@Unremovable
@ApplicationScoped
public class DeadLetterCounter implements MessageObservationCollector<ObservationContext> {
    public static final String METER = "allywatch.dead.letters";

    private final MeterRegistry registry;
    private final Config config;

    public DeadLetterCounter(MeterRegistry registry, Config config) {
        this.registry = registry;
        this.config = config;
    }

    @Override
    public ObservationContext initObservation(String channel, boolean incoming, boolean emitter) {
        String prefix = "mp.messaging.incoming." + channel + ".";
        if (!incoming || emitter || !"dead-letter-queue".equals(
                config.getOptionalValue(prefix + "failure-strategy", String.class).orElse(null))) {
            return null; // not observed
        }
        // SmallRye's own default when no topic is named: dead-letter-topic-<channel>.
        String topic = config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class)
                .orElse("dead-letter-topic-" + channel);
        return observation -> {
            Throwable reason = observation.getReason();
            if (reason != null) {
                registry.counter(METER, "topic", topic, "reason", reason.getClass().getSimpleName())
                        .increment(((Observation) observation).records);
            }
        };
    }

    @Override
    public MessageObservation onNewMessage(String channel, Message<?> message, ObservationContext context) {
        // A batch channel's message holds a list of records: nacked whole, every record goes to the DLQ.
        // (A consumer that settles the records of a batch one by one counts them itself.)
        return new Observation(channel, message.getPayload() instanceof List<?> batch ? batch.size() : 1);
    }

    /** One message's observation, with the number of records it stands for. */
    private static final class Observation extends DefaultMessageObservation {
        final int records;

        Observation(String channel, int records) {
            super(channel);
            this.records = records;
        }
    }
}
