package io.allywatch.ingest.api;

import io.allywatch.http.Problem;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * At most {@code allywatch.ingest.max-concurrent-uploads} uploads are read at once: a body is read
 * on a worker thread, and clients that stall after a byte (once 210 of them) would otherwise take
 * every worker, so that a normal request and the health checks waited behind them. Beyond the cap
 * an upload is answered 503 with Retry-After at once. A permit is given back once, when the exchange
 * ends (its end handler), or else when a sweep finds its response ended or its connection closed:
 * a client that resets the connection while a batch's answer streams can leave the end handler
 * unrun (seen in CI: the place still taken 30 s after the client had gone), as query-service's
 * stream places could. Stalled connections themselves are cut by {@link BodyStallTimeout}.
 */
@ApplicationScoped
public class UploadLimit {
    private final Semaphore permits;
    /** The exchanges holding a place, each with whether it still holds it. */
    private final Map<RoutingContext, AtomicBoolean> holders = new ConcurrentHashMap<>();
    private final int max;
    private final Duration retryAfter;

    public UploadLimit(@ConfigProperty(name = "allywatch.ingest.max-concurrent-uploads") int max,
                       @ConfigProperty(name = "allywatch.ingest.busy-retry-after") Duration retryAfter) {
        this.permits = new Semaphore(max);
        this.max = max;
        this.retryAfter = retryAfter;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> admit(ContainerRequestContext request, RoutingContext exchange) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/articles")) {
            return Optional.empty();
        }
        if (!permits.tryAcquire()) {
            return Optional.of(Response.fromResponse(Problem.of(503, "Service Unavailable", "This service is reading "
                    + max + " uploads already; send again after " + retryAfter.toSeconds() + " s.").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, retryAfter.toSeconds()).build());
        }
        AtomicBoolean held = new AtomicBoolean(true);
        holders.put(exchange, held);
        exchange.addEndHandler(ended -> release(exchange, held));
        return Optional.empty();
    }

    private void release(RoutingContext exchange, AtomicBoolean held) {
        if (held.compareAndSet(true, false)) {
            permits.release();
        }
        holders.remove(exchange, held);
    }

    /** Gives back the places of exchanges that are over but whose end handler has not run. */
    @Scheduled(every = "${allywatch.ingest.upload-sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        holders.forEach((exchange, held) -> {
            if (exchange.response().ended() || exchange.response().closed()) {
                release(exchange, held);
            }
        });
    }

    /** Uploads being read now. */
    public int inFlight() {
        return max - permits.availablePermits();
    }
}
