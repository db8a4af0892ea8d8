package io.allywatch.query.api;

import io.allywatch.http.Problem;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * At most {@code allywatch.query.max-stream-clients} clients on the event stream at once: each holds
 * a connection and a subscription for as long as it likes. Beyond the cap, 503 with Retry-After;
 * a place is given back when the client's connection ends, however it ends: when the exchange ends,
 * or when the stream's subscription does ({@link #release}), whichever comes first, once.
 *
 * <p>The exchange's end handlers alone leaked a place when an event-stream write failed ("Broken
 * pipe" after the client reset its connection): RESTEasy cancels the subscription and resets the
 * response, and no end handler ran (StreamLimitIT: places still taken 30 s after every client left).
 */
@ApplicationScoped
public class StreamLimit {
    static final String STREAM_PATH = "/api/events/stream";

    private final Semaphore places;
    private final int max;
    private final Duration retryAfter;

    public StreamLimit(@ConfigProperty(name = "allywatch.query.max-stream-clients") int max,
                       @ConfigProperty(name = "allywatch.query.busy-retry-after") Duration retryAfter) {
        this.places = new Semaphore(max);
        this.max = max;
        this.retryAfter = retryAfter;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> admit(ContainerRequestContext request, RoutingContext exchange) {
        if (!"GET".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith(STREAM_PATH)) {
            return Optional.empty();
        }
        if (!places.tryAcquire()) {
            return Optional.of(Response.fromResponse(Problem.of(503, "Service Unavailable", "The event stream has " + max
                    + " clients already; connect again after " + retryAfter.toSeconds() + " s.").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, retryAfter.toSeconds()).build());
        }
        Place place = new Place();
        exchange.put(Place.KEY, place);
        exchange.addEndHandler(ended -> place.release());
        return Optional.empty();
    }

    /** Gives back the exchange's place, if it holds one not yet given back: for the stream's end of subscription. */
    public void release(RoutingContext exchange) {
        Place place = exchange.get(Place.KEY);
        if (place != null) {
            place.release();
        }
    }

    /** One admitted client's place, given back once whichever end signal comes first. */
    private final class Place {
        static final String KEY = "allywatch.stream-place";
        private final AtomicBoolean held = new AtomicBoolean(true);

        void release() {
            if (held.compareAndSet(true, false)) {
                places.release();
            }
        }
    }

    /** Places free now. */
    public int free() {
        return places.availablePermits();
    }
}
