package io.allywatch.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import io.smallrye.reactive.messaging.observation.DefaultMessageObservation;
import io.smallrye.reactive.messaging.observation.MessageObservation;
import io.smallrye.reactive.messaging.observation.MessageObservationCollector;
import io.smallrye.reactive.messaging.observation.ObservationContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Counts the records each incoming channel hands to its dead-letter topic, by topic and reason
 * ({@code allywatch_dead_letters_total{topic, reason}}). A nacked message of a channel whose failure
 * strategy is {@code dead-letter-queue} is a record sent there (a batch: all its records); the
 * reason is the exception's class (a bounded set), the full message stays in the record's
 * {@code dead-letter-reason} header. It also logs them, one WARN line a record with the reason, but
 * at most {@code allywatch.dead-letters.log-per-minute} a minute per channel: a flood of junk is
 * counted, not written out line by line ({@link LogBudget}; SmallRye's own line a record is
 * dropped by {@link DeadLetterLogFilter}).
 * Hooked in through SmallRye Reactive Messaging's observation SPI, so the processor stays unaware.
 */
// SmallRye finds it only through Instance<MessageObservationCollector<?>>: keep it whatever ArC thinks.
@Unremovable
@ApplicationScoped
public class DeadLetterCounter implements MessageObservationCollector<ObservationContext> {
    public static final String METER = "allywatch.dead.letters";
    static final String LOG_PER_MINUTE = "allywatch.dead-letters.log-per-minute";
    private static final Logger LOG = Logger.getLogger(DeadLetterCounter.class);

    private static final int DEFAULT_LOG_PER_MINUTE = 10;

    private final MeterRegistry registry;
    private final Config config;
    private final Map<String, LogBudget> budgets = new ConcurrentHashMap<>();

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
                deadLettered(channel, topic, reason, ((Observation) observation).records);
            }
        };
    }

    @Override
    public MessageObservation onNewMessage(String channel, Message<?> message, ObservationContext context) {
        // A batch channel's message holds a list of records: nacked whole, every record goes to the DLQ.
        // (A consumer that settles the records of a batch one by one counts them itself.)
        return new Observation(channel, message.getPayload() instanceof List<?> batch ? batch.size() : 1);
    }

    /**
     * Counts and logs records sent to a dead-letter topic. Called for every nacked message of an
     * observed channel; a consumer that settles the records of a batch one by one calls it itself.
     */
    public void deadLettered(String channel, String topic, Throwable reason, int records) {
        registry.counter(METER, "topic", topic, "reason", reason.getClass().getSimpleName()).increment(records);
        LogBudget budget = budgets.computeIfAbsent(channel, c -> new LogBudget(
                config.getOptionalValue(LOG_PER_MINUTE, Integer.class).orElse(DEFAULT_LOG_PER_MINUTE), Duration.ofMinutes(1)));
        log(channel, topic, reason, records, budget.take(Instant.now()), budget);
    }

    private static void log(String channel, String topic, Throwable reason, int records, LogBudget.Decision d, LogBudget budget) {
        if (d.suppressedBefore() > 0) {
            LOG.warnf("%d more record(s) of channel %s went to %s in the last %d minute(s) without a line of their own",
                    d.suppressedBefore(), channel, topic, budget.window().toMinutes());
        }
        if (d.log()) {
            LOG.warnf("%d record(s) of channel %s sent to %s: %s%s", records, channel, topic, reason.getMessage(),
                    d.lastBeforeSilence() ? " (more this minute are counted in " + METER.replace('.', '_')
                            + "_total, not logged one by one)" : "");
        }
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
