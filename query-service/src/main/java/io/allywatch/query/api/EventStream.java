package io.allywatch.query.api;

import io.allywatch.query.domain.EventChanged;
import io.allywatch.query.domain.EventSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Committed event changes, broadcast to every connected stream client. Observed after the
 * transaction succeeds, so a client is never told about a change it could not yet query; that
 * moment is also when the projection latency (record on the topic → queryable) is measured.
 */
@ApplicationScoped
public class EventStream {
    private final BroadcastProcessor<EventSummary> broadcast = BroadcastProcessor.create();
    private final Timer latency;
    private final int clientBuffer;

    public EventStream(MeterRegistry registry, @ConfigProperty(name = "allywatch.events.stream.client-buffer") int clientBuffer) {
        this.clientBuffer = clientBuffer;
        this.latency = Timer.builder("allywatch.projection.latency")
                .description("From an event record reaching its topic to the change being committed in the read store")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventChanged change) {
        if (change.recordTimestamp() > 0) {
            latency.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - change.recordTimestamp())));
        }
        broadcast.onNext(change.event());
    }

    /**
     * Changes committed from now on. One commit can announce a whole batch at once, faster than a
     * client takes them one by one, so each client has a buffer; a client that falls further behind
     * than that gets a {@link io.smallrye.mutiny.subscription.BackPressureFailure} rather than stall
     * the projector or silently miss changes.
     */
    public Multi<EventSummary> changes() {
        return broadcast.onOverflow().buffer(clientBuffer);
    }
}
